// Key rotation (issue 13, item 1): new material becomes current, every earlier material still
// decrypts what it encrypted, on demand (25 at most) and automatically when the date passes.
import { expect } from 'chai';
import { invoke, type RequestContext } from '../../src/engine/index.js';
import { testStore, type TestStore } from '../helpers/store.js';

const DAY = 86_400_000;

describe('key rotation', () => {
  let store: TestStore;
  beforeEach(() => (store = testStore()));
  afterEach(() => store.cleanup());
  const at = (days: number): RequestContext => ({ ...store.ctx, now: () => new Date(Date.now() + days * DAY) });

  it('enables with a period and a next date, and disables', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    expect(await store.call('GetKeyRotationStatus', { KeyId: key.KeyId })).to.deep.equal({ KeyRotationEnabled: false, KeyId: key.KeyId });
    await store.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 180 });
    const status = await store.call('GetKeyRotationStatus', { KeyId: key.Arn });
    expect(status).to.include({ KeyRotationEnabled: true, KeyId: key.KeyId, RotationPeriodInDays: 180 });
    expect(Math.abs(status.NextRotationDate.getTime() - (Date.now() + 180 * DAY))).to.be.below(60_000);
    await store.call('DisableKeyRotation', { KeyId: key.KeyId });
    expect(await store.call('GetKeyRotationStatus', { KeyId: key.KeyId })).to.deep.equal({ KeyRotationEnabled: false, KeyId: key.KeyId });
    expect((await store.error('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 89 })).message).to.contain('Member must have value greater than or equal to 90');
  });

  it('rotates on demand: new current material, the old ciphertext still decrypts with its own material', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    const first = key.CurrentKeyMaterialId;
    const old = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('before') })).CiphertextBlob;
    expect(await store.call('RotateKeyOnDemand', { KeyId: key.KeyId })).to.deep.equal({ KeyId: key.KeyId });
    const second = (await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.CurrentKeyMaterialId;
    expect(second).to.match(/^[0-9a-f]{64}$/).and.not.equal(first);
    const fresh = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('after') })).CiphertextBlob;
    const oldOpened = await store.call('Decrypt', { CiphertextBlob: old });
    expect([Buffer.from(oldOpened.Plaintext).toString(), oldOpened.KeyMaterialId]).to.deep.equal(['before', first]);
    const freshOpened = await store.call('Decrypt', { CiphertextBlob: fresh });
    expect([Buffer.from(freshOpened.Plaintext).toString(), freshOpened.KeyMaterialId]).to.deep.equal(['after', second]);
    const rotations = (await store.call('ListKeyRotations', { KeyId: key.KeyId })).Rotations;
    expect(rotations.map((r: Record<string, unknown>) => [r.KeyMaterialId, r.RotationType, r.KeyMaterialState])).to.deep.equal([[second, 'ON_DEMAND', 'CURRENT']]);
    const all = (await store.call('ListKeyRotations', { KeyId: key.KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).Rotations;
    expect(all.map((r: Record<string, unknown>) => [r.KeyMaterialId, r.KeyMaterialState])).to.deep.equal([[first, 'NON_CURRENT'], [second, 'CURRENT']]);
  });

  it('allows 25 on-demand rotations, then says so as AWS does', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    for (let i = 0; i < 25; i++) await store.call('RotateKeyOnDemand', { KeyId: key.KeyId });
    expect(await store.error('RotateKeyOnDemand', { KeyId: key.KeyId })).to.deep.equal({
      type: 'LimitExceededException',
      message: `The on-demand rotations limit has been reached for the given keyId. No more on-demand rotations can be performed for this key: ${key.Arn}`,
    });
    const page = await store.call('ListKeyRotations', { KeyId: key.KeyId, Limit: 10 });
    expect([page.Rotations.length, page.Truncated]).to.deep.equal([10, true]);
    expect((await store.call('ListKeyRotations', { KeyId: key.KeyId, Marker: page.NextMarker })).Rotations).to.have.length(15);
  });

  it('rotates automatically once the date has passed: the call that finds it rotates, dated when due', async () => {
    const key = (await store.call('CreateKey')).KeyMetadata;
    await store.call('EnableKeyRotation', { KeyId: key.KeyId, RotationPeriodInDays: 90 });
    const due = (await store.call('GetKeyRotationStatus', { KeyId: key.KeyId })).NextRotationDate.getTime();
    // 200 days on: two periods have passed
    await invoke(at(200), 'DescribeKey', { KeyId: key.KeyId });
    const rotations = (await invoke(at(200), 'ListKeyRotations', { KeyId: key.KeyId })).Rotations as Record<string, any>[];
    expect(rotations.map((r) => [r.RotationType, r.RotationDate.getTime()])).to.deep.equal([['AUTOMATIC', due], ['AUTOMATIC', due + 90 * DAY]]);
    expect((await invoke(at(200), 'GetKeyRotationStatus', { KeyId: key.KeyId })).NextRotationDate).to.deep.equal(new Date(due + 180 * DAY));
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.CurrentKeyMaterialId).to.equal(rotations[1].KeyMaterialId);
  });

  it('is for symmetric encryption keys that are enabled, with AWS\'s errors', async () => {
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    for (const op of ['EnableKeyRotation', 'RotateKeyOnDemand', 'GetKeyRotationStatus'] as const) {
      expect(await store.error(op, { KeyId: signing.KeyId }), op).to.deep.equal({ type: 'UnsupportedOperationException', message: '' });
    }
    const disabled = (await store.call('CreateKey')).KeyMetadata;
    await store.call('DisableKey', { KeyId: disabled.KeyId });
    expect(await store.error('RotateKeyOnDemand', { KeyId: disabled.KeyId })).to.deep.equal({ type: 'DisabledException', message: `${disabled.Arn} is disabled.` });
  });
});
