// Tags as AWS limits them (issue 12, item 9): 50 a key, none of AWS's own (aws:…), no key twice
// in one request; and the list operations' own default and largest page sizes.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

const tags = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => ({ TagKey: `${prefix}${i}`, TagValue: 'v' }));

describe('tags', () => {
  let store: TestStore;
  before(() => (store = testStore()));
  after(() => store.cleanup());

  it('a key holds 50 tags; a 51st is a TagException, at CreateKey or TagResource', async () => {
    const key = (await store.call('CreateKey', { Tags: tags(50) })).KeyMetadata;
    const over = await store.error('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'one-more', TagValue: 'v' }] });
    expect(over.type).to.equal('TagException');
    // replacing a tag's value is not a new tag
    await store.call('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'k0', TagValue: 'new' }] });
    expect((await store.error('CreateKey', { Tags: tags(51) })).type).to.equal('TagException');
    expect((await store.call('ListResourceTags', { KeyId: key.KeyId })).Tags).to.have.length(50);
  });

  it('refuses tag keys beginning with aws:, in any case', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    for (const TagKey of ['aws:cloudformation:stack', 'AWS:x', 'Aws:']) {
      expect(await store.error('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey, TagValue: 'v' }] })).to.deep.equal({ type: 'TagException', message: 'Tags beginning with aws: are reserved' });
      expect((await store.error('CreateKey', { Tags: [{ TagKey, TagValue: 'v' }] })).type).to.equal('TagException');
    }
    await store.call('TagResource', { KeyId: key.KeyId, Tags: [{ TagKey: 'awsome', TagValue: 'v' }] });
  });

  it('refuses the same key twice in one TagResource, as CreateKey does', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const twice = [{ TagKey: 'team', TagValue: 'a' }, { TagKey: 'team', TagValue: 'b' }];
    expect(await store.error('TagResource', { KeyId: key.KeyId, Tags: twice })).to.deep.equal({ type: 'TagException', message: 'Duplicate tag keys' });
    expect(await store.error('CreateKey', { Tags: twice })).to.deep.equal({ type: 'TagException', message: 'Duplicate tag keys' });
    expect((await store.call('ListResourceTags', { KeyId: key.KeyId })).Tags).to.deep.equal([]);
  });

  it('ListAliases pages 50 by default and at most 100; ListResourceTags at most 50', async () => {
    const key = (await store.call('CreateKey', { Tags: tags(50) })).KeyMetadata;
    for (let i = 0; i < 120; i++) await store.call('CreateAlias', { AliasName: `alias/p${String(i).padStart(3, '0')}`, TargetKeyId: key.KeyId });
    const first = await store.call('ListAliases', { KeyId: key.KeyId });
    expect(first.Aliases).to.have.length(50);
    expect(first.Truncated).to.equal(true);
    expect((await store.call('ListAliases', { KeyId: key.KeyId, Limit: 1000 })).Aliases).to.have.length(100);
    const tagPage = await store.call('ListResourceTags', { KeyId: key.KeyId, Limit: 1000 });
    expect(tagPage.Tags).to.have.length(50);
    expect(tagPage.Truncated).to.equal(false);
    expect((await store.call('ListResourceTags', { KeyId: key.KeyId, Limit: 20 })).Tags).to.have.length(20);
  });
});
