// Key states are enforced on every call: a disabled key, or one pending deletion, is refused
// by every cryptographic operation with AWS's exception and text.
import { expect } from 'chai';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { testStore, type TestStore } from '../helpers/store.js';

describe('key states on cryptographic operations', () => {
  let store: TestStore;
  let keys: Record<'sym' | 'sym2' | 'rsa' | 'sign' | 'agree', { KeyId: string; Arn: string }>;
  let blobs: { sym: Uint8Array; sym2: Uint8Array; rsa: Uint8Array; signature: Uint8Array };
  const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });

  before(async () => {
    store = testStore();
    const create = async (req: Record<string, unknown>) => (await store.call('CreateKey', req)).KeyMetadata;
    keys = {
      sym: await create({}),
      sym2: await create({}),
      rsa: await create({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }),
      sign: await create({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }),
      agree: await create({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' }),
    };
    blobs = {
      sym: (await store.call('Encrypt', { KeyId: keys.sym.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob,
      sym2: (await store.call('Encrypt', { KeyId: keys.sym2.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob,
      rsa: (await store.call('Encrypt', { KeyId: keys.rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).CiphertextBlob,
      signature: (await store.call('Sign', { KeyId: keys.sign.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).Signature,
    };
  });
  after(() => store.cleanup());

  /** Every cryptographic call, each naming the key in `target` as the one whose state matters. */
  function calls(): [string, string, () => Promise<{ type: string; message: string }>][] {
    const digest = createHash('sha256').update('m').digest();
    return [
      ['Encrypt', 'sym', () => store.error('Encrypt', { KeyId: keys.sym.KeyId, Plaintext: Buffer.from('x') })],
      ['Encrypt (RSA)', 'rsa', () => store.error('Encrypt', { KeyId: keys.rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })],
      ['Decrypt', 'sym', () => store.error('Decrypt', { CiphertextBlob: blobs.sym })],
      ['Decrypt (RSA)', 'rsa', () => store.error('Decrypt', { CiphertextBlob: blobs.rsa, KeyId: keys.rsa.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })],
      ['ReEncrypt (source)', 'sym', () => store.error('ReEncrypt', { CiphertextBlob: blobs.sym, DestinationKeyId: keys.sym2.KeyId })],
      ['ReEncrypt (destination)', 'sym', () => store.error('ReEncrypt', { CiphertextBlob: blobs.sym2, DestinationKeyId: keys.sym.KeyId })],
      ['GenerateDataKey', 'sym', () => store.error('GenerateDataKey', { KeyId: keys.sym.KeyId, KeySpec: 'AES_256' })],
      ['GenerateDataKeyWithoutPlaintext', 'sym', () => store.error('GenerateDataKeyWithoutPlaintext', { KeyId: keys.sym.KeyId, NumberOfBytes: 16 })],
      ['GenerateDataKeyPair', 'sym', () => store.error('GenerateDataKeyPair', { KeyId: keys.sym.KeyId, KeyPairSpec: 'ECC_NIST_P256' })],
      ['GenerateDataKeyPairWithoutPlaintext', 'sym', () => store.error('GenerateDataKeyPairWithoutPlaintext', { KeyId: keys.sym.KeyId, KeyPairSpec: 'ECC_NIST_P256' })],
      ['Sign', 'sign', () => store.error('Sign', { KeyId: keys.sign.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })],
      ['Sign (DIGEST)', 'sign', () => store.error('Sign', { KeyId: keys.sign.KeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' })],
      ['Verify', 'sign', () => store.error('Verify', { KeyId: keys.sign.KeyId, Message: Buffer.from('m'), Signature: blobs.signature, SigningAlgorithm: 'ECDSA_SHA_256' })],
      ['DeriveSharedSecret', 'agree', () => store.error('DeriveSharedSecret', { KeyId: keys.agree.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer })],
    ];
  }

  it('a disabled key is refused by every cryptographic operation with DisabledException', async () => {
    for (const k of ['sym', 'rsa', 'sign', 'agree'] as const) await store.call('DisableKey', { KeyId: keys[k].KeyId });
    for (const [name, target, call] of calls()) {
      expect(await call(), name).to.deep.equal({ type: 'DisabledException', message: `${keys[target as keyof typeof keys].Arn} is disabled.` });
    }
    for (const k of ['sym', 'rsa', 'sign', 'agree'] as const) await store.call('EnableKey', { KeyId: keys[k].KeyId });
    // and enabled again, the same calls succeed
    await store.call('Decrypt', { CiphertextBlob: blobs.sym });
    await store.call('Verify', { KeyId: keys.sign.KeyId, Message: Buffer.from('m'), Signature: blobs.signature, SigningAlgorithm: 'ECDSA_SHA_256' });
  });

  it('a key pending deletion is refused by every cryptographic operation with KMSInvalidStateException', async () => {
    for (const k of ['sym', 'rsa', 'sign', 'agree'] as const) await store.call('ScheduleKeyDeletion', { KeyId: keys[k].KeyId });
    for (const [name, target, call] of calls()) {
      expect(await call(), name).to.deep.equal({ type: 'KMSInvalidStateException', message: `${keys[target as keyof typeof keys].Arn} is pending deletion.` });
    }
    for (const k of ['sym', 'rsa', 'sign', 'agree'] as const) {
      await store.call('CancelKeyDeletion', { KeyId: keys[k].KeyId });
      await store.call('EnableKey', { KeyId: keys[k].KeyId });
    }
  });

  it('key usage is checked before key state, as AWS does', async () => {
    await store.call('DisableKey', { KeyId: keys.sign.KeyId });
    expect(await store.error('Encrypt', { KeyId: keys.sign.KeyId, Plaintext: Buffer.from('x') })).to.deep.equal({
      type: 'InvalidKeyUsageException', message: `${keys.sign.Arn} key usage is SIGN_VERIFY which is not valid for Encrypt.`,
    });
    await store.call('EnableKey', { KeyId: keys.sign.KeyId });
  });
});
