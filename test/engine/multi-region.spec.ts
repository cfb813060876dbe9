// Multi-Region keys (issue 13, item 3): a replica in another Region shares the primary's id,
// material and rotation, decrypts what its primary (or a sibling) encrypted, and
// UpdatePrimaryRegion swaps the roles; a primary with replicas waits for their deletion.
import { expect } from 'chai';
import { createPublicKey, verify } from 'node:crypto';
import { createContext, invoke, type RequestContext } from '../../src/engine/index.js';
import { tempHome } from '../helpers/store.js';

const DAY = 86_400_000;

describe('multi-Region keys', () => {
  let home: string;
  let east: RequestContext;
  let west: RequestContext;
  let asia: RequestContext;
  const call = (ctx: RequestContext, op: Parameters<typeof invoke>[1], req: Record<string, unknown> = {}): Promise<any> => invoke(ctx, op, req);
  const error = async (ctx: RequestContext, op: Parameters<typeof invoke>[1], req: Record<string, unknown>) => {
    const e = await invoke(ctx, op, req).then(() => undefined, (x) => x);
    if (!e?.type) throw new Error(`${op} did not fail with a KMS error`);
    return { type: e.type, message: e.message };
  };
  beforeEach(() => {
    home = tempHome();
    east = createContext({ region: 'us-east-1', env: { PSKMS_HOME: home } });
    west = createContext({ region: 'eu-west-1', env: { PSKMS_HOME: home } });
    asia = createContext({ region: 'ap-southeast-1', env: { PSKMS_HOME: home } });
  });

  it('a primary has an mrk- id and its configuration; a replica is its related key in another Region', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true, Description: 'primary' })).KeyMetadata;
    expect(primary.KeyId).to.match(/^mrk-[0-9a-f]{32}$/);
    expect(primary.MultiRegion).to.equal(true);
    expect(primary.MultiRegionConfiguration).to.deep.equal({ MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: primary.Arn, Region: 'us-east-1' }, ReplicaKeys: [] });
    const replicated = await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1', Tags: [{ TagKey: 'r', TagValue: 'w' }] });
    const westArn = primary.Arn.replace('us-east-1', 'eu-west-1');
    expect(replicated.ReplicaKeyMetadata).to.include({ KeyId: primary.KeyId, Arn: westArn, KeyState: 'Creating', Enabled: false, Description: '' });
    expect(replicated.ReplicaTags).to.deep.equal([{ TagKey: 'r', TagValue: 'w' }]);
    expect(JSON.parse(replicated.ReplicaPolicy).Id).to.equal('key-default-1');
    const replica = (await call(west, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata;
    expect(replica).to.include({ KeyState: 'Enabled', CurrentKeyMaterialId: primary.CurrentKeyMaterialId });
    expect(replica.MultiRegionConfiguration).to.deep.equal({
      MultiRegionKeyType: 'REPLICA', PrimaryKey: { Arn: primary.Arn, Region: 'us-east-1' }, ReplicaKeys: [{ Arn: westArn, Region: 'eu-west-1' }],
    });
    expect((await call(east, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.MultiRegionConfiguration.ReplicaKeys).to.deep.equal([{ Arn: westArn, Region: 'eu-west-1' }]);
    // properties of their own
    expect((await call(west, 'ListResourceTags', { KeyId: primary.KeyId })).Tags).to.deep.equal([{ TagKey: 'r', TagValue: 'w' }]);
    expect((await call(east, 'ListResourceTags', { KeyId: primary.KeyId })).Tags).to.deep.equal([]);
  });

  it('a replica decrypts what its primary or a sibling encrypted, across Regions, with the context checked', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.Arn, ReplicaRegion: 'eu-west-1' });
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'ap-southeast-1' });
    const blob = (await call(east, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('from east'), EncryptionContext: { a: 'b' } })).CiphertextBlob;
    const opened = await call(west, 'Decrypt', { CiphertextBlob: blob, EncryptionContext: { a: 'b' } });
    expect([Buffer.from(opened.Plaintext).toString(), opened.KeyId]).to.deep.equal(['from east', primary.Arn.replace('us-east-1', 'eu-west-1')]);
    expect((await error(west, 'Decrypt', { CiphertextBlob: blob })).type).to.equal('InvalidCiphertextException');
    const fromWest = (await call(west, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('from west') })).CiphertextBlob;
    expect(Buffer.from((await call(asia, 'Decrypt', { CiphertextBlob: fromWest, KeyId: primary.KeyId })).Plaintext).toString()).to.equal('from west');
    expect(Buffer.from((await call(east, 'Decrypt', { CiphertextBlob: fromWest })).Plaintext).toString()).to.equal('from west');
    // a single-Region key's ciphertext does not open in another Region
    const single = (await call(east, 'CreateKey')).KeyMetadata;
    const singleBlob = (await call(east, 'Encrypt', { KeyId: single.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob;
    expect((await error(west, 'Decrypt', { CiphertextBlob: singleBlob })).type).to.equal('InvalidCiphertextException');
  });

  it('rotation is the primary\'s: the replica follows it, refuses to rotate itself, and keeps decrypting', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    const before = (await call(west, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('before') })).CiphertextBlob;
    await call(east, 'RotateKeyOnDemand', { KeyId: primary.KeyId });
    const current = (await call(east, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.CurrentKeyMaterialId;
    expect((await call(west, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.CurrentKeyMaterialId).to.equal(current);
    expect(await error(west, 'RotateKeyOnDemand', { KeyId: primary.KeyId })).to.deep.equal({
      type: 'UnsupportedOperationException', message: `${primary.Arn.replace('us-east-1', 'eu-west-1')} is not a multi-region primary key.`,
    });
    expect((await error(west, 'EnableKeyRotation', { KeyId: primary.KeyId })).type).to.equal('UnsupportedOperationException');
    await call(east, 'EnableKeyRotation', { KeyId: primary.KeyId, RotationPeriodInDays: 90 });
    expect(await call(west, 'GetKeyRotationStatus', { KeyId: primary.KeyId })).to.include({ KeyRotationEnabled: true, RotationPeriodInDays: 90 });
    // automatic rotation on a moved clock: found through the replica, made on the primary as that call ends
    const later = createContext({ region: 'eu-west-1', env: { PSKMS_HOME: home, PSKMS_CLOCK_OFFSET: '91d' } });
    await call(later, 'DescribeKey', { KeyId: primary.KeyId });
    const rotated = (await call(later, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.CurrentKeyMaterialId;
    expect(rotated).to.not.equal(current);
    expect((await call(east, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.CurrentKeyMaterialId).to.equal(rotated);
    expect(Buffer.from((await call(east, 'Decrypt', { CiphertextBlob: before })).Plaintext).toString()).to.equal('before');
  });

  it('UpdatePrimaryRegion swaps the roles; the new primary rotates, the old one now refuses', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true, KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'ap-southeast-1' });
    const publicKey = (await call(east, 'GetPublicKey', { KeyId: primary.KeyId })).PublicKey;
    expect(Buffer.from((await call(asia, 'GetPublicKey', { KeyId: primary.KeyId })).PublicKey)).to.deep.equal(Buffer.from(publicKey));
    expect(await call(east, 'UpdatePrimaryRegion', { KeyId: primary.KeyId, PrimaryRegion: 'eu-west-1' })).to.deep.equal({});
    const config = (ctx: RequestContext) => call(ctx, 'DescribeKey', { KeyId: primary.KeyId }).then((r) => r.KeyMetadata.MultiRegionConfiguration);
    const westArn = primary.Arn.replace('us-east-1', 'eu-west-1');
    expect(await config(west)).to.deep.include({ MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: westArn, Region: 'eu-west-1' } });
    expect((await config(east)).MultiRegionKeyType).to.equal('REPLICA');
    expect((await config(asia)).PrimaryKey).to.deep.equal({ Arn: westArn, Region: 'eu-west-1' });
    expect((await config(asia)).ReplicaKeys.map((k: { Region: string }) => k.Region).sort()).to.deep.equal(['ap-southeast-1', 'us-east-1']);
    const { Signature } = await call(asia, 'Sign', { KeyId: primary.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(verify('sha256', Buffer.from('m'), createPublicKey({ key: Buffer.from(publicKey), format: 'der', type: 'spki' }), Signature)).to.equal(true);
    expect((await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'us-west-2' })).message).to.equal(`${primary.Arn} is not a multi-region primary key.`);
    expect(await error(west, 'UpdatePrimaryRegion', { KeyId: primary.KeyId, PrimaryRegion: 'us-west-2' })).to.deep.equal({ type: 'NotFoundException', message: `Key '${primary.Arn.replace('us-east-1', 'us-west-2')}' does not exist` });
  });

  it("AWS's errors: no second replica in a Region, not a single-Region key, not a replica's replica, nor another partition", async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    const already = { type: 'AlreadyExistsException', message: 'You can create only one replica of each primary key in each AWS Region.' };
    expect(await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' })).to.deep.equal(already);
    expect(await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'us-east-1' })).to.deep.equal(already);
    expect((await error(west, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'ap-southeast-1' })).message).to.equal(`${primary.Arn.replace('us-east-1', 'eu-west-1')} is not a multi-region primary key.`);
    const single = (await call(east, 'CreateKey')).KeyMetadata;
    expect(await error(east, 'ReplicateKey', { KeyId: single.KeyId, ReplicaRegion: 'eu-west-1' })).to.deep.equal({ type: 'UnsupportedOperationException', message: `${single.Arn} is not a multi-region primary key.` });
    expect((await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'cn-north-1' })).type).to.equal('UnsupportedOperationException');
    expect((await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'Nowhere' })).message).to.contain("at 'replicaRegion' failed to satisfy constraint: Member must satisfy regular expression pattern");
    await call(east, 'DisableKey', { KeyId: primary.KeyId });
    expect(await error(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'ap-southeast-1' })).to.deep.equal({ type: 'DisabledException', message: `${primary.Arn} is disabled.` });
  });

  it('a primary with replicas is PendingReplicaDeletion until they are deleted, then waits its own period', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    const scheduled = await call(east, 'ScheduleKeyDeletion', { KeyId: primary.KeyId, PendingWindowInDays: 7 });
    expect(scheduled).to.deep.equal({ KeyId: primary.Arn, KeyState: 'PendingReplicaDeletion', PendingWindowInDays: 7 });
    const described = (await call(east, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata;
    expect(described).to.include({ KeyState: 'PendingReplicaDeletion', PendingDeletionWindowInDays: 7 });
    expect(described).to.not.have.property('DeletionDate');
    expect(await error(east, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('x') })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${primary.Arn} is pending replica deletion.` });
    // the replica works on, and is deleted on its own schedule
    await call(west, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('x') });
    await call(west, 'ScheduleKeyDeletion', { KeyId: primary.KeyId, PendingWindowInDays: 7 });
    const later = (region: string) => createContext({ region, env: { PSKMS_HOME: home, PSKMS_CLOCK_OFFSET: '8d' } });
    expect((await error(later('eu-west-1'), 'DescribeKey', { KeyId: primary.KeyId })).type).to.equal('NotFoundException');
    const after = (await call(later('us-east-1'), 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata;
    expect(after.KeyState).to.equal('PendingDeletion');
    expect(after.MultiRegionConfiguration.ReplicaKeys).to.deep.equal([]);
    // its waiting period began when the replica was deleted: 7 + 7 days, the least AWS allows
    expect(Math.abs(after.DeletionDate.getTime() - (Date.now() + 14 * DAY))).to.be.below(60_000);
    expect(await call(later('us-east-1'), 'CancelKeyDeletion', { KeyId: primary.KeyId })).to.deep.equal({ KeyId: primary.Arn });
  });

  it("the primary's Region alone notices that its last replica is deleted, dating its own wait from that deletion", async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    await call(east, 'ScheduleKeyDeletion', { KeyId: primary.KeyId, PendingWindowInDays: 7 });
    await call(west, 'ScheduleKeyDeletion', { KeyId: primary.KeyId, PendingWindowInDays: 7 });
    const at = (offset: string) => createContext({ region: 'us-east-1', env: { PSKMS_HOME: home, PSKMS_CLOCK_OFFSET: offset } });
    // the call that finds the replica past its date purges it as it ends; the next sees the primary waiting
    await call(at('10d'), 'DescribeKey', { KeyId: primary.KeyId });
    const waiting = (await call(at('10d'), 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata;
    expect(waiting.KeyState).to.equal('PendingDeletion');
    expect(Math.abs(waiting.DeletionDate.getTime() - (Date.now() + 14 * DAY))).to.be.below(60_000);
    // and past both dates, nothing is left in either Region
    await call(at('15d'), 'ListKeys');
    expect((await error(at('15d'), 'DescribeKey', { KeyId: primary.KeyId })).type).to.equal('NotFoundException');
    expect((await error(west, 'DescribeKey', { KeyId: primary.KeyId })).type).to.equal('NotFoundException');
  });

  it('a related key read while UpdatePrimaryRegion is half written loads, never loops', async () => {
    const primary = (await call(east, 'CreateKey', { MultiRegion: true })).KeyMetadata;
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    // as if a crash came between the two writes: each Region's key names the other as its primary
    const doc = east.store.get<Record<string, any>>('keys', primary.KeyId)!;
    doc.MultiRegion = { Type: 'REPLICA', PrimaryRegion: 'eu-west-1', ReplicaRegions: ['us-east-1'] };
    await east.store.transact(() => east.store.put('keys', primary.KeyId, doc));
    expect((await call(east, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.KeyId).to.equal(primary.KeyId);
    expect((await call(west, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('x') })).KeyId).to.contain('eu-west-1');
  });

  it('an EXTERNAL multi-Region key: each related key imports the same material', async () => {
    const { randomBytes, publicEncrypt, constants } = await import('node:crypto');
    const primary = (await call(east, 'CreateKey', { MultiRegion: true, Origin: 'EXTERNAL' })).KeyMetadata;
    const material = randomBytes(32);
    const importInto = async (ctx: RequestContext, bytes: Buffer) => {
      const params = await call(ctx, 'GetParametersForImport', { KeyId: primary.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
      const wrapped = publicEncrypt({ key: createPublicKey({ key: Buffer.from(params.PublicKey), format: 'der', type: 'spki' }), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, bytes);
      return invoke(ctx, 'ImportKeyMaterial', { KeyId: primary.KeyId, ImportToken: params.ImportToken, EncryptedKeyMaterial: wrapped, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' });
    };
    await importInto(east, material);
    await call(east, 'ReplicateKey', { KeyId: primary.KeyId, ReplicaRegion: 'eu-west-1' });
    expect((await call(west, 'DescribeKey', { KeyId: primary.KeyId })).KeyMetadata.KeyState).to.equal('PendingImport');
    expect(((await importInto(west, randomBytes(32)).catch((e) => e)) as { type: string }).type).to.equal('IncorrectKeyMaterialException');
    await importInto(west, material);
    const blob = (await call(east, 'Encrypt', { KeyId: primary.KeyId, Plaintext: Buffer.from('imported') })).CiphertextBlob;
    expect(Buffer.from((await call(west, 'Decrypt', { CiphertextBlob: blob })).Plaintext).toString()).to.equal('imported');
  });
});
