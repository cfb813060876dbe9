// ReEncrypt between symmetric and RSA keys, and under a changed encryption context.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

describe('ReEncrypt', () => {
  let store: TestStore;
  let symA: { KeyId: string; Arn: string }, symB: { KeyId: string; Arn: string };
  let rsaA: { KeyId: string; Arn: string }, rsaB: { KeyId: string; Arn: string };
  const plaintext = Buffer.from('re-encrypt me');

  before(async () => {
    store = testStore();
    symA = (await store.call('CreateKey', {})).KeyMetadata;
    symB = (await store.call('CreateKey', {})).KeyMetadata;
    rsaA = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    rsaB = (await store.call('CreateKey', { KeySpec: 'RSA_3072', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
  });
  after(() => store.cleanup());

  async function decrypts(blob: Uint8Array, key: { KeyId: string }, algorithm: string, context?: Record<string, string>) {
    const req = algorithm === 'SYMMETRIC_DEFAULT' ? { CiphertextBlob: blob, EncryptionContext: context } : { CiphertextBlob: blob, KeyId: key.KeyId, EncryptionAlgorithm: algorithm };
    expect(Buffer.from((await store.call('Decrypt', req)).Plaintext).equals(plaintext)).to.equal(true);
  }

  it('symmetric → symmetric without SourceKeyId; the response names both keys as ARNs', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: symA.KeyId, Plaintext: plaintext });
    const res = await store.call('ReEncrypt', { CiphertextBlob, DestinationKeyId: 'alias/none'.replace('alias/none', symB.KeyId) });
    expect(res).to.include({ SourceKeyId: symA.Arn, KeyId: symB.Arn, SourceEncryptionAlgorithm: 'SYMMETRIC_DEFAULT', DestinationEncryptionAlgorithm: 'SYMMETRIC_DEFAULT' });
    expect(res.SourceKeyMaterialId).to.match(/^[0-9a-f]{64}$/);
    expect(res.DestinationKeyMaterialId).to.match(/^[0-9a-f]{64}$/);
    await decrypts(res.CiphertextBlob, symB, 'SYMMETRIC_DEFAULT');
    expect((await store.error('Decrypt', { CiphertextBlob: res.CiphertextBlob, KeyId: symA.KeyId })).type).to.equal('IncorrectKeyException');
  });

  it('symmetric under a changed encryption context', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: symA.KeyId, Plaintext: plaintext, EncryptionContext: { stage: 'old' } });
    const res = await store.call('ReEncrypt', { CiphertextBlob, SourceEncryptionContext: { stage: 'old' }, DestinationKeyId: symA.KeyId, DestinationEncryptionContext: { stage: 'new' } });
    await decrypts(res.CiphertextBlob, symA, 'SYMMETRIC_DEFAULT', { stage: 'new' });
    expect((await store.error('Decrypt', { CiphertextBlob: res.CiphertextBlob, EncryptionContext: { stage: 'old' } })).type).to.equal('InvalidCiphertextException');
    expect((await store.error('ReEncrypt', { CiphertextBlob, DestinationKeyId: symB.KeyId })).type).to.equal('InvalidCiphertextException');
  });

  it('symmetric → RSA, RSA → symmetric, RSA → RSA', async () => {
    const sym = (await store.call('Encrypt', { KeyId: symA.KeyId, Plaintext: plaintext })).CiphertextBlob;
    const toRsa = await store.call('ReEncrypt', { CiphertextBlob: sym, DestinationKeyId: rsaA.KeyId, DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(toRsa).to.include({ SourceKeyId: symA.Arn, KeyId: rsaA.Arn, DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(toRsa).to.not.have.property('DestinationKeyMaterialId');
    await decrypts(toRsa.CiphertextBlob, rsaA, 'RSAES_OAEP_SHA_256');

    const toRsaB = await store.call('ReEncrypt', { CiphertextBlob: toRsa.CiphertextBlob, SourceKeyId: rsaA.Arn, SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', DestinationKeyId: rsaB.KeyId, DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_1' });
    expect(toRsaB).to.include({ SourceKeyId: rsaA.Arn, KeyId: rsaB.Arn, SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_1' });
    expect(toRsaB.CiphertextBlob.length).to.equal(384);
    await decrypts(toRsaB.CiphertextBlob, rsaB, 'RSAES_OAEP_SHA_1');

    const back = await store.call('ReEncrypt', { CiphertextBlob: toRsaB.CiphertextBlob, SourceKeyId: rsaB.KeyId, SourceEncryptionAlgorithm: 'RSAES_OAEP_SHA_1', DestinationKeyId: symB.KeyId });
    expect(back).to.include({ SourceKeyId: rsaB.Arn, KeyId: symB.Arn });
    await decrypts(back.CiphertextBlob, symB, 'SYMMETRIC_DEFAULT');
  });

  it('a SourceKeyId that is not the ciphertext\'s key is IncorrectKeyException', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: symA.KeyId, Plaintext: plaintext });
    expect((await store.error('ReEncrypt', { CiphertextBlob, SourceKeyId: symB.KeyId, DestinationKeyId: symB.KeyId })).type).to.equal('IncorrectKeyException');
  });

  it('a plaintext too large for the destination RSA key is refused', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: symA.KeyId, Plaintext: Buffer.alloc(300) });
    expect(await store.error('ReEncrypt', { CiphertextBlob, DestinationKeyId: rsaA.KeyId, DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).to.deep.equal({
      type: 'ValidationException', message: 'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.',
    });
  });
});
