// One damaged store document (cut short, wrong field types, not JSON, a bad file-name escape)
// must not take the account and region down (issue 12, item 10): the other keys stay usable and
// listable, and using the damaged one names its file, without quoting it.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testStore, type TestStore } from '../helpers/store.js';

describe('damaged store documents', () => {
  let store: TestStore;
  let good: { KeyId: string };
  let damaged: { KeyId: string };
  let path: string;
  let original: string;
  before(async () => {
    store = testStore();
    good = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    damaged = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    await store.call('CreateAlias', { AliasName: 'alias/good', TargetKeyId: good.KeyId });
    await store.call('CreateAlias', { AliasName: 'alias/damaged', TargetKeyId: damaged.KeyId });
    path = join(store.ctx.store.dir, 'keys', `${damaged.KeyId}.json`);
    original = readFileSync(path, 'utf8');
  });
  after(() => store.cleanup());

  const material = () => JSON.parse(original).Material.privateKey as string;
  const damages: [string, () => string][] = [
    ['cut short', () => original.slice(0, original.length / 2)],
    ['a field of the wrong type', () => JSON.stringify({ ...JSON.parse(original), KeyState: 5 })],
    ['no key material', () => JSON.stringify({ ...JSON.parse(original), Material: undefined })],
    ['another key\'s id', () => JSON.stringify({ ...JSON.parse(original), KeyId: good.KeyId })],
    ['not an object', () => '[1, 2, 3]'],
    ['empty', () => ''],
    ['of a later document version', () => JSON.stringify({ ...JSON.parse(original), Version: 3 })],
  ];

  for (const [how, damage] of damages) {
    it(`a key document ${how}: the other key works and lists; the damaged one names its file and quotes nothing`, async () => {
      writeFileSync(path, damage());
      try {
        const listed = (await store.call('ListKeys')).Keys.map((k: { KeyId: string }) => k.KeyId);
        expect(listed).to.deep.equal([good.KeyId]);
        expect((await store.call('ListAliases')).Aliases.map((a: { AliasName: string }) => a.AliasName)).to.deep.equal(['alias/good']);
        expect((await store.call('Sign', { KeyId: 'alias/good', Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).Signature.length).to.be.above(60);
        for (const keyId of [damaged.KeyId, 'alias/damaged']) {
          const err = await store.error('Sign', { KeyId: keyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' });
          expect(err.type).to.equal('KMSInternalException');
          expect(err.message).to.contain(path);
          expect(err.message).to.not.contain(material().slice(20, 40));
        }
      } finally {
        writeFileSync(path, original);
      }
    });
  }

  it('a damaged alias document: ListAliases leaves it out, and using it names its file', async () => {
    const aliasPath = join(store.ctx.store.dir, 'aliases', `${encodeURIComponent('alias/damaged')}.json`);
    const saved = readFileSync(aliasPath, 'utf8');
    writeFileSync(aliasPath, '{"AliasName":"alias/damaged","TargetKeyId":7');
    try {
      expect((await store.call('ListAliases')).Aliases.map((a: { AliasName: string }) => a.AliasName)).to.deep.equal(['alias/good']);
      const err = await store.error('DescribeKey', { KeyId: 'alias/damaged' });
      expect(err.type).to.equal('KMSInternalException');
      expect(err.message).to.contain(aliasPath);
    } finally {
      writeFileSync(aliasPath, saved);
    }
  });

  it('a version 1 document (no Version, Description or Tags) is read in today\'s shape, and written back so', async () => {
    const { Version: _version, Description: _description, Tags: _tags, ...old } = JSON.parse(original);
    writeFileSync(path, JSON.stringify(old));
    try {
      expect((await store.call('DescribeKey', { KeyId: damaged.KeyId })).KeyMetadata.Description).to.equal('');
      await store.call('TagResource', { KeyId: damaged.KeyId, Tags: [{ TagKey: 'k', TagValue: 'v' }] });
      expect(JSON.parse(readFileSync(path, 'utf8'))).to.include({ Version: 2, Description: '' });
    } finally {
      writeFileSync(path, original);
    }
  });

  it('a file name with a bad %-escape is not a key: ListKeys lists the others', async () => {
    writeFileSync(join(store.ctx.store.dir, 'keys', '%E0%A4%A.json'), original);
    expect((await store.call('ListKeys')).Keys.map((k: { KeyId: string }) => k.KeyId).sort()).to.deep.equal([good.KeyId, damaged.KeyId].sort());
  });
});
