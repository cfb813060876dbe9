// DryRun: after every check, DryRunOperationException, and nothing happens.
import { expect } from 'chai';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { testStore, type TestStore } from '../helpers/store.js';

const DRY_RUN = { type: 'DryRunOperationException', message: 'The request would have succeeded, but the DryRun option is set.' };

describe('DryRun', () => {
  let store: TestStore;
  let sym: { KeyId: string }, rsa: { KeyId: string }, sign: { KeyId: string }, agree: { KeyId: string };
  let blob: Uint8Array;
  before(async () => {
    store = testStore();
    sym = (await store.call('CreateKey', {})).KeyMetadata;
    rsa = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    sign = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    agree = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata;
    blob = (await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob;
  });
  after(() => store.cleanup());

  it('every operation that has DryRun answers DryRunOperationException when the call would succeed', async () => {
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
    const requests: [Parameters<TestStore['call']>[0], Record<string, unknown>][] = [
      ['Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x') }],
      ['Decrypt', { CiphertextBlob: blob }],
      ['ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: rsa.KeyId, DestinationEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }],
      ['GenerateDataKey', { KeyId: sym.KeyId, KeySpec: 'AES_256' }],
      ['GenerateDataKeyWithoutPlaintext', { KeyId: sym.KeyId, KeySpec: 'AES_256' }],
      ['GenerateDataKeyPair', { KeyId: sym.KeyId, KeyPairSpec: 'RSA_2048' }],
      ['GenerateDataKeyPairWithoutPlaintext', { KeyId: sym.KeyId, KeyPairSpec: 'ECC_NIST_P384' }],
      ['Sign', { KeyId: sign.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' }],
      ['Verify', { KeyId: sign.KeyId, Message: createHash('sha256').digest(), MessageType: 'DIGEST', Signature: Buffer.from('any'), SigningAlgorithm: 'ECDSA_SHA_256' }],
      ['DeriveSharedSecret', { KeyId: agree.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer }],
    ];
    for (const [op, req] of requests) expect(await store.error(op, { ...req, DryRun: true }), op).to.deep.equal(DRY_RUN);
  });

  it('DryRun still reports what would fail: validation, key state, a bad ciphertext', async () => {
    expect((await store.error('Sign', { KeyId: sign.KeyId, Message: Buffer.alloc(31), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256', DryRun: true })).type).to.equal('ValidationException');
    expect((await store.error('Decrypt', { CiphertextBlob: Buffer.from('garbage'), DryRun: true })).type).to.equal('InvalidCiphertextException');
    await store.call('DisableKey', { KeyId: sym.KeyId });
    expect((await store.error('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x'), DryRun: true })).type).to.equal('DisabledException');
    await store.call('EnableKey', { KeyId: sym.KeyId });
  });

  it('IGNORE_CIPHERTEXT skips the ciphertext but needs the key named', async () => {
    expect(await store.error('Decrypt', { CiphertextBlob: Buffer.from('garbage'), KeyId: sym.KeyId, DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] })).to.deep.equal(DRY_RUN);
    expect(await store.error('Decrypt', { DryRun: true, DryRunModifiers: ['IGNORE_CIPHERTEXT'] })).to.deep.equal({
      type: 'ValidationException', message: "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    });
    expect(await store.error('Decrypt', {})).to.deep.equal({
      type: 'ValidationException', message: "1 validation error detected: Value null at 'ciphertextBlob' failed to satisfy constraint: Member must not be null",
    });
  });
});
