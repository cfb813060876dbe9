// GenerateDataKeyPair(+WithoutPlaintext): DER SPKI and PKCS#8 that openssl reads, whose halves
// match, and whose encrypted private key decrypts to exactly the plaintext one.
import { expect } from 'chai';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const SPECS: [string, RegExp][] = [
  ['RSA_2048', /Private-Key: \(2048 bit/],
  ['RSA_3072', /Private-Key: \(3072 bit/],
  ['RSA_4096', /Private-Key: \(4096 bit/],
  ['ECC_NIST_P256', /NIST CURVE: P-256|prime256v1/],
  ['ECC_NIST_P384', /NIST CURVE: P-384|secp384r1/],
  ['ECC_NIST_P521', /NIST CURVE: P-521|secp521r1/],
  ['ECC_SECG_P256K1', /secp256k1/],
];

describe('GenerateDataKeyPair', function () {
  let store: TestStore;
  let wrapping: { KeyId: string; Arn: string };
  const scratch = new Scratch();

  before(async function () {
    requireOpenssl(this);
    store = testStore();
    wrapping = (await store.call('CreateKey', { Description: 'wraps data key pairs' })).KeyMetadata;
  });
  after(() => store?.cleanup());

  for (const [spec, curveText] of SPECS) {
    it(`${spec}: PublicKey is DER SPKI and PrivateKeyPlaintext DER PKCS#8 of the same key, per openssl`, async () => {
      const res = await store.call('GenerateDataKeyPair', { KeyId: wrapping.KeyId, KeyPairSpec: spec, EncryptionContext: { app: 'test' } });
      expect(res.KeyId).to.equal(wrapping.Arn);
      expect(res.KeyPairSpec).to.equal(spec);
      const priv = scratch.write(`${spec}.p8`, res.PrivateKeyPlaintext);
      const pub = scratch.write(`${spec}.spki`, res.PublicKey);
      const text = openssl(['pkey', '-inform', 'DER', '-in', priv, '-noout', '-text']).toString();
      expect(text).to.match(curveText);
      // PKCS#8 re-encodes to the same bytes, and the public half derived by openssl is PublicKey
      expect(openssl(['pkcs8', '-topk8', '-nocrypt', '-inform', 'DER', '-outform', 'DER', '-in', priv]).equals(Buffer.from(res.PrivateKeyPlaintext))).to.equal(true);
      expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).equals(Buffer.from(res.PublicKey))).to.equal(true);
      expect(openssl(['pkey', '-pubin', '-inform', 'DER', '-in', pub, '-outform', 'DER']).equals(Buffer.from(res.PublicKey))).to.equal(true);
      // the ciphertext decrypts, under the same context, to exactly the private key
      const dec = await store.call('Decrypt', { CiphertextBlob: res.PrivateKeyCiphertextBlob, EncryptionContext: { app: 'test' } });
      expect(Buffer.from(dec.Plaintext).equals(Buffer.from(res.PrivateKeyPlaintext))).to.equal(true);
      expect((await store.error('Decrypt', { CiphertextBlob: res.PrivateKeyCiphertextBlob })).type).to.equal('InvalidCiphertextException');
    });
  }

  it('WithoutPlaintext returns no private key, and its ciphertext decrypts to a key matching PublicKey', async () => {
    const res = await store.call('GenerateDataKeyPairWithoutPlaintext', { KeyId: wrapping.Arn, KeyPairSpec: 'ECC_NIST_P256' });
    expect(res).to.not.have.property('PrivateKeyPlaintext');
    expect(Object.keys(res)).to.deep.equal(['PrivateKeyCiphertextBlob', 'PublicKey', 'KeyId', 'KeyPairSpec', 'KeyMaterialId']);
    const dec = await store.call('Decrypt', { CiphertextBlob: res.PrivateKeyCiphertextBlob });
    const priv = scratch.write('wp.p8', dec.Plaintext);
    expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).equals(Buffer.from(res.PublicKey))).to.equal(true);
  });

  it('a flipped bit in PrivateKeyCiphertextBlob (or a data key\'s CiphertextBlob) is InvalidCiphertextException', async () => {
    const pair = await store.call('GenerateDataKeyPairWithoutPlaintext', { KeyId: wrapping.KeyId, KeyPairSpec: 'ECC_NIST_P256' });
    const dataKey = await store.call('GenerateDataKeyWithoutPlaintext', { KeyId: wrapping.KeyId, KeySpec: 'AES_256' });
    for (const blob of [pair.PrivateKeyCiphertextBlob, dataKey.CiphertextBlob] as Uint8Array[]) {
      for (const i of [0, 1, 2, 10, blob.length - 60, blob.length - 17, blob.length - 1]) {
        const tampered = Buffer.from(blob);
        tampered[i] ^= 0x10;
        expect((await store.error('Decrypt', { CiphertextBlob: tampered })).type, `byte ${i}`).to.equal('InvalidCiphertextException');
        expect((await store.error('ReEncrypt', { CiphertextBlob: tampered, DestinationKeyId: wrapping.KeyId })).type, `byte ${i}`).to.equal('InvalidCiphertextException');
      }
    }
  });

  it('each call makes a new key pair', async () => {
    const a = await store.call('GenerateDataKeyPair', { KeyId: wrapping.KeyId, KeyPairSpec: 'ECC_NIST_P256' });
    const b = await store.call('GenerateDataKeyPair', { KeyId: wrapping.KeyId, KeyPairSpec: 'ECC_NIST_P256' });
    expect(Buffer.from(a.PublicKey).equals(Buffer.from(b.PublicKey))).to.equal(false);
  });

  it('the wrapping key must be a symmetric encryption key', async () => {
    const rsa = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    for (const key of [rsa, signing]) {
      const err = await store.error('GenerateDataKeyPair', { KeyId: key.KeyId, KeyPairSpec: 'ECC_NIST_P256' });
      expect(err.type).to.equal('InvalidKeyUsageException');
    }
  });
});
