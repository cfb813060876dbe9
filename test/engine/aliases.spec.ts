// CreateAlias, UpdateAlias, DeleteAlias, ListAliases.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

describe('aliases', () => {
  let store: TestStore;
  let a: { KeyId: string; Arn: string };
  let b: { KeyId: string; Arn: string };
  beforeEach(async () => {
    store = testStore();
    a = (await store.call('CreateKey', {})).KeyMetadata;
    b = (await store.call('CreateKey', {})).KeyMetadata;
  });
  afterEach(() => store.cleanup());

  it('CreateAlias, then ListAliases shows it with its ARN, target and dates', async () => {
    await store.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.Arn });
    const { Aliases, Truncated } = await store.call('ListAliases', {});
    expect(Truncated).to.equal(false);
    expect(Aliases).to.have.length(1);
    expect(Object.keys(Aliases[0])).to.deep.equal(['AliasName', 'AliasArn', 'TargetKeyId', 'CreationDate', 'LastUpdatedDate']);
    expect(Aliases[0]).to.include({ AliasName: 'alias/app', AliasArn: 'arn:aws:kms:us-east-1:111122223333:alias/app', TargetKeyId: a.KeyId });
  });

  it('an existing alias name is AlreadyExistsException; a name without alias/ or with alias/aws/ is refused', async () => {
    await store.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.KeyId });
    expect(await store.error('CreateAlias', { AliasName: 'alias/app', TargetKeyId: b.KeyId })).to.deep.equal({
      type: 'AlreadyExistsException', message: 'An alias with the name arn:aws:kms:us-east-1:111122223333:alias/app already exists',
    });
    expect(await store.error('CreateAlias', { AliasName: 'app', TargetKeyId: a.KeyId })).to.deep.equal({
      type: 'ValidationException', message: 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html',
    });
    expect((await store.error('CreateAlias', { AliasName: 'alias/aws/s3', TargetKeyId: a.KeyId })).type).to.equal('NotAuthorizedException');
    expect((await store.error('CreateAlias', { AliasName: 'alias/has space', TargetKeyId: a.KeyId })).message).to.equal(
      "1 validation error detected: Value 'alias/has space' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
    expect((await store.error('CreateAlias', { AliasName: 'alias/x', TargetKeyId: '134f2428-cec1-4b25-a1ae-9048164dba47' })).type).to.equal('NotFoundException');
  });

  it('an alias name too long for a file name works like any other; a longer key identifier is not found', async () => {
    // found by test/reliability/fuzz.spec.ts: the store's file name for the id passed NAME_MAX (ENAMETOOLONG),
    // answered as KMSInternalException
    const long = `alias/${'a/'.repeat(125)}`; // 256 characters, the most AWS allows; each '/' is %2F in a file name
    await store.call('CreateAlias', { AliasName: long, TargetKeyId: a.KeyId });
    expect((await store.call('DescribeKey', { KeyId: long })).KeyMetadata.KeyId).to.equal(a.KeyId);
    await store.call('UpdateAlias', { AliasName: long, TargetKeyId: b.KeyId });
    expect((await store.call('ListAliases', { KeyId: b.KeyId })).Aliases.map((x: { AliasName: string }) => x.AliasName)).to.deep.equal([long]);
    await store.call('DeleteAlias', { AliasName: long });
    expect((await store.call('ListAliases', {})).Aliases).to.deep.equal([]);
    const counterexample = 'alias/:%%%%//a%aaaa%aaa%aaaa//aaaaaaaa:a:aa%%:aaaaa%:aaa:aaa/:aaa%/%aa%aaaa/a%:a//a:aaa%aaa%aa:::/a/:%aaaa/aaaaaaaaa/a:a%a/::%aaaaaaaaaaaaaa%/a/a';
    expect(await store.error('Encrypt', { KeyId: counterexample, Plaintext: Buffer.from([0]) })).to.deep.equal({
      type: 'NotFoundException', message: `Alias arn:aws:kms:us-east-1:111122223333:${counterexample} is not found.`,
    });
    expect((await store.error('DeleteAlias', { AliasName: `alias/${'b'.repeat(250)}` })).type).to.equal('NotFoundException');
  });

  it('UpdateAlias moves the alias to a key of the same type and usage, and refuses another type', async () => {
    await store.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.KeyId });
    await store.call('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: b.KeyId });
    expect((await store.call('DescribeKey', { KeyId: 'alias/app' })).KeyMetadata.KeyId).to.equal(b.KeyId);
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    expect((await store.error('UpdateAlias', { AliasName: 'alias/app', TargetKeyId: signing.KeyId })).type).to.equal('ValidationException');
    expect(await store.error('UpdateAlias', { AliasName: 'alias/none', TargetKeyId: a.KeyId })).to.deep.equal({
      type: 'NotFoundException', message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.',
    });
  });

  it('an alias cannot target a key pending deletion', async () => {
    await store.call('ScheduleKeyDeletion', { KeyId: b.KeyId });
    expect(await store.error('CreateAlias', { AliasName: 'alias/x', TargetKeyId: b.KeyId })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${b.Arn} is pending deletion.` });
  });

  it('DeleteAlias removes it; deleting a missing alias is NotFoundException', async () => {
    await store.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: a.KeyId });
    await store.call('DeleteAlias', { AliasName: 'alias/app' });
    expect((await store.call('ListAliases', {})).Aliases).to.deep.equal([]);
    expect((await store.error('DescribeKey', { KeyId: 'alias/app' })).type).to.equal('NotFoundException');
    expect(await store.error('DeleteAlias', { AliasName: 'alias/app' })).to.deep.equal({
      type: 'NotFoundException', message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/app is not found.',
    });
  });

  it('ListAliases filters by KeyId and pages with Limit and Marker', async () => {
    for (const n of ['x1', 'x2', 'x3']) await store.call('CreateAlias', { AliasName: `alias/${n}`, TargetKeyId: a.KeyId });
    await store.call('CreateAlias', { AliasName: 'alias/y', TargetKeyId: b.KeyId });
    expect((await store.call('ListAliases', { KeyId: b.Arn })).Aliases.map((x: { AliasName: string }) => x.AliasName)).to.deep.equal(['alias/y']);
    const first = await store.call('ListAliases', { KeyId: a.KeyId, Limit: 2 });
    expect(first.Truncated).to.equal(true);
    const rest = await store.call('ListAliases', { KeyId: a.KeyId, Limit: 2, Marker: first.NextMarker });
    expect([...first.Aliases, ...rest.Aliases].map((x: { AliasName: string }) => x.AliasName)).to.deep.equal(['alias/x1', 'alias/x2', 'alias/x3']);
  });
});
