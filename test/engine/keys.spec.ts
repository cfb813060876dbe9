// Key management: CreateKey's spec/usage rules, DescribeKey's KeyMetadata, ListKeys' pages,
// the four ways of naming a key, the key state machine, tags.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('key management', () => {
  let store: TestStore;
  beforeEach(() => (store = testStore()));
  afterEach(() => store.cleanup());

  it('CreateKey with no arguments makes a symmetric ENCRYPT_DECRYPT key with AWS\'s full KeyMetadata', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', {});
    expect(m.KeyId).to.match(UUID);
    expect(Object.keys(m)).to.deep.equal([
      'AWSAccountId', 'KeyId', 'Arn', 'CreationDate', 'Enabled', 'Description', 'KeyUsage', 'KeyState', 'Origin',
      'KeyManager', 'CustomerMasterKeySpec', 'KeySpec', 'EncryptionAlgorithms', 'MultiRegion', 'CurrentKeyMaterialId',
    ]);
    expect(m).to.deep.include({
      AWSAccountId: '111122223333', Arn: `arn:aws:kms:us-east-1:111122223333:key/${m.KeyId}`, Enabled: true, Description: '',
      KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER',
      CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', KeySpec: 'SYMMETRIC_DEFAULT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'], MultiRegion: false,
    });
    expect(m.CreationDate).to.be.instanceOf(Date);
    expect(m.CurrentKeyMaterialId).to.match(/^[0-9a-f]{64}$/);
  });

  it('each spec and usage lists exactly the algorithms AWS lists', async () => {
    const cases: [string, string, Record<string, string[]>][] = [
      ['RSA_2048', 'SIGN_VERIFY', { SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512'] }],
      ['RSA_2048', 'ENCRYPT_DECRYPT', { EncryptionAlgorithms: ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256'] }],
      ['ECC_NIST_P256', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
      ['ECC_NIST_P384', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_384'] }],
      ['ECC_NIST_P521', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_512'] }],
      ['ECC_SECG_P256K1', 'SIGN_VERIFY', { SigningAlgorithms: ['ECDSA_SHA_256'] }],
      ['ECC_NIST_P384', 'KEY_AGREEMENT', { KeyAgreementAlgorithms: ['ECDH'] }],
    ];
    for (const [spec, usage, algorithms] of cases) {
      const { KeyMetadata: m } = await store.call('CreateKey', { KeySpec: spec, KeyUsage: usage });
      const lists = Object.fromEntries(['EncryptionAlgorithms', 'SigningAlgorithms', 'KeyAgreementAlgorithms'].filter((k) => k in m).map((k) => [k, m[k]]));
      expect(lists, `${spec} ${usage}`).to.deep.equal(algorithms);
      expect(m).to.not.have.property('CurrentKeyMaterialId');
      const pub = await store.call('GetPublicKey', { KeyId: m.KeyId });
      expect(pub).to.deep.include({ KeyId: m.Arn, KeySpec: spec, CustomerMasterKeySpec: spec, KeyUsage: usage, ...algorithms });
    }
  });

  it('refuses spec/usage pairs AWS refuses, with AWS\'s texts', async () => {
    for (const [spec, usage] of [['SYMMETRIC_DEFAULT', 'SIGN_VERIFY'], ['RSA_2048', 'KEY_AGREEMENT'], ['ECC_NIST_P256', 'ENCRYPT_DECRYPT'], ['ECC_SECG_P256K1', 'KEY_AGREEMENT']]) {
      expect(await store.error('CreateKey', { KeySpec: spec, KeyUsage: usage })).to.deep.equal({
        type: 'ValidationException', message: `KeyUsage ${usage} is not compatible with KeySpec ${spec}`,
      });
    }
    expect(await store.error('CreateKey', { KeySpec: 'ECC_NIST_P256' })).to.deep.equal({
      type: 'ValidationException', message: 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.',
    });
    expect(await store.error('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' })).to.deep.equal({
      type: 'UnsupportedOperationException', message: 'KeySpec SM2 is not supported in this Region',
    });
    const bad = await store.error('CreateKey', { KeySpec: 'RSA_1024' });
    expect(bad.message).to.match(/^1 validation error detected: Value 'RSA_1024' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: \[RSA_2048, /);
    // nothing was written by the failed calls
    expect((await store.call('ListKeys', {})).Keys).to.deep.equal([]);
  });

  it('Description and Tags are kept; CustomerMasterKeySpec is accepted as the deprecated KeySpec', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', { Description: 'héllo ☃', CustomerMasterKeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY', Tags: [{ TagKey: 'team', TagValue: 'a' }] });
    expect(m.Description).to.equal('héllo ☃');
    expect(m.KeySpec).to.equal('ECC_NIST_P256');
    expect((await store.call('ListResourceTags', { KeyId: m.KeyId })).Tags).to.deep.equal([{ TagKey: 'team', TagValue: 'a' }]);
    await store.call('TagResource', { KeyId: m.Arn, Tags: [{ TagKey: 'team', TagValue: 'b' }, { TagKey: 'env', TagValue: 'ci' }] });
    await store.call('UntagResource', { KeyId: m.KeyId, TagKeys: ['env'] });
    expect((await store.call('ListResourceTags', { KeyId: m.KeyId })).Tags).to.deep.equal([{ TagKey: 'team', TagValue: 'b' }]);
    await store.call('UpdateKeyDescription', { KeyId: m.KeyId, Description: 'new' });
    expect((await store.call('DescribeKey', { KeyId: m.KeyId })).KeyMetadata.Description).to.equal('new');
  });

  it('a key is found by key id, key ARN, alias name and alias ARN', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', {});
    await store.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: m.KeyId });
    for (const name of [m.KeyId, m.Arn, 'alias/app', 'arn:aws:kms:us-east-1:111122223333:alias/app']) {
      expect((await store.call('DescribeKey', { KeyId: name })).KeyMetadata.KeyId).to.equal(m.KeyId);
    }
  });

  it('NotFoundException texts match AWS\'s for each way of naming a missing key', async () => {
    const missing = '134f2428-cec1-4b25-a1ae-9048164dba47';
    const cases: [string, string][] = [
      [missing, `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`],
      [`arn:aws:kms:us-east-1:111122223333:key/${missing}`, `Key 'arn:aws:kms:us-east-1:111122223333:key/${missing}' does not exist`],
      ['foo', "Invalid keyId 'foo'"],
      ['134f2428cec14b25a1ae9048164dba47', "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"],
      ['arn:aws:kms:us-east-1:111122223333:key/foo', 'Invalid keyId foo'],
      [`arn:aws:kms:ap-southeast-1:111122223333:key/${missing}`, 'Invalid arn ap-southeast-1'],
      ['alias/none', 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.'],
      ['arn:aws:kms:us-east-1:111122223333:alias/none', 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.'],
    ];
    for (const [keyId, message] of cases) expect(await store.error('DescribeKey', { KeyId: keyId })).to.deep.equal({ type: 'NotFoundException', message });
  });

  it('a key of another region or account is not found from here', async () => {
    const west = testStore({ home: store.home, region: 'eu-west-1' });
    const other = testStore({ home: store.home, accountId: '444455556666' });
    const { KeyMetadata: m } = await west.call('CreateKey', {});
    expect(m.Arn).to.equal(`arn:aws:kms:eu-west-1:111122223333:key/${m.KeyId}`);
    expect((await store.error('DescribeKey', { KeyId: m.KeyId })).type).to.equal('NotFoundException');
    expect((await other.error('DescribeKey', { KeyId: m.KeyId })).type).to.equal('NotFoundException');
    const { KeyMetadata: o } = await other.call('CreateKey', {});
    expect(o.Arn).to.equal(`arn:aws:kms:us-east-1:444455556666:key/${o.KeyId}`);
    expect((await store.call('ListKeys', {})).Keys).to.deep.equal([]);
  });

  it('China regions use the aws-cn partition in ARNs', async () => {
    const cn = testStore({ home: store.home, region: 'cn-north-1' });
    const { KeyMetadata: m } = await cn.call('CreateKey', {});
    expect(m.Arn).to.equal(`arn:aws-cn:kms:cn-north-1:111122223333:key/${m.KeyId}`);
  });

  it('ListKeys pages with Limit and Marker, and Truncated tells when more remain', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await store.call('CreateKey', {})).KeyMetadata.KeyId);
    const first = await store.call('ListKeys', { Limit: 2 });
    expect(first.Keys).to.have.length(2);
    expect(first.Truncated).to.equal(true);
    const second = await store.call('ListKeys', { Limit: 2, Marker: first.NextMarker });
    const third = await store.call('ListKeys', { Limit: 2, Marker: second.NextMarker });
    expect(third).to.not.have.property('NextMarker');
    expect(third.Truncated).to.equal(false);
    const seen = [...first.Keys, ...second.Keys, ...third.Keys].map((k: { KeyId: string; KeyArn: string }) => k.KeyId);
    expect(seen.sort()).to.deep.equal(ids.sort());
    expect(first.Keys[0].KeyArn).to.equal(`arn:aws:kms:us-east-1:111122223333:key/${first.Keys[0].KeyId}`);
  });

  it('EnableKey / DisableKey toggle the state; key-only operations refuse aliases before looking them up', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', {});
    await store.call('DisableKey', { KeyId: m.KeyId });
    expect((await store.call('DescribeKey', { KeyId: m.KeyId })).KeyMetadata).to.include({ KeyState: 'Disabled', Enabled: false });
    await store.call('DisableKey', { KeyId: m.KeyId });
    await store.call('EnableKey', { KeyId: m.Arn });
    expect((await store.call('DescribeKey', { KeyId: m.KeyId })).KeyMetadata).to.include({ KeyState: 'Enabled', Enabled: true });
    for (const op of ['EnableKey', 'DisableKey', 'ScheduleKeyDeletion', 'CancelKeyDeletion'] as const) {
      expect(await store.error(op, { KeyId: 'alias/does-not-matter' })).to.deep.equal({ type: 'InvalidArnException', message: 'Key Aliases are not supported for this operation.' });
    }
  });

  it('ScheduleKeyDeletion (7–30 days) and CancelKeyDeletion follow AWS\'s state machine', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', {});
    expect(await store.error('ScheduleKeyDeletion', { KeyId: m.KeyId, PendingWindowInDays: 6 })).to.deep.equal({ type: 'ValidationException', message: 'PendingWindowInDays must be between 7 and 30' });
    expect(await store.error('CancelKeyDeletion', { KeyId: m.KeyId })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${m.Arn} is not pending deletion.` });
    const before = Date.now();
    const res = await store.call('ScheduleKeyDeletion', { KeyId: m.KeyId, PendingWindowInDays: 7 });
    expect(res).to.include({ KeyId: m.Arn, KeyState: 'PendingDeletion', PendingWindowInDays: 7 });
    expect(res.DeletionDate.getTime() - before).to.be.within(7 * 86_400_000 - 1000, 7 * 86_400_000 + 5000);
    const described = (await store.call('DescribeKey', { KeyId: m.KeyId })).KeyMetadata;
    expect(described).to.include({ KeyState: 'PendingDeletion', Enabled: false });
    expect(described.DeletionDate.getTime()).to.equal(res.DeletionDate.getTime());
    const pending = { type: 'KMSInvalidStateException', message: `${m.Arn} is pending deletion.` };
    expect(await store.error('ScheduleKeyDeletion', { KeyId: m.KeyId })).to.deep.equal(pending);
    expect(await store.error('EnableKey', { KeyId: m.KeyId })).to.deep.equal(pending);
    expect(await store.error('DisableKey', { KeyId: m.KeyId })).to.deep.equal(pending);
    expect(await store.call('CancelKeyDeletion', { KeyId: m.KeyId })).to.deep.equal({ KeyId: m.Arn });
    const cancelled = (await store.call('DescribeKey', { KeyId: m.KeyId })).KeyMetadata;
    expect(cancelled).to.include({ KeyState: 'Disabled', Enabled: false });
    expect(cancelled).to.not.have.property('DeletionDate');
    expect((await store.call('ScheduleKeyDeletion', { KeyId: m.KeyId })).PendingWindowInDays).to.equal(30);
  });

  it('a key whose deletion date has passed is gone', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', {});
    await store.call('ScheduleKeyDeletion', { KeyId: m.KeyId, PendingWindowInDays: 7 });
    const later = testStore({ home: store.home });
    (later.ctx as { now: () => Date }).now = () => new Date(Date.now() + 8 * 86_400_000);
    expect((await later.error('DescribeKey', { KeyId: m.KeyId })).type).to.equal('NotFoundException');
    expect((await later.call('ListKeys', {})).Keys).to.deep.equal([]);
  });

  it('GetPublicKey works on a disabled key, not on a symmetric key or one pending deletion', async () => {
    const { KeyMetadata: m } = await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
    await store.call('DisableKey', { KeyId: m.KeyId });
    expect((await store.call('GetPublicKey', { KeyId: m.KeyId })).PublicKey.length).to.equal(91);
    await store.call('ScheduleKeyDeletion', { KeyId: m.KeyId });
    expect((await store.error('GetPublicKey', { KeyId: m.KeyId })).type).to.equal('KMSInvalidStateException');
    const sym = (await store.call('CreateKey', {})).KeyMetadata;
    expect(await store.error('GetPublicKey', { KeyId: sym.KeyId })).to.deep.equal({ type: 'UnsupportedOperationException', message: '' });
  });
});
