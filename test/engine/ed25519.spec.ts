// ECC_NIST_EDWARDS25519: ED25519_SHA_512 over RAW messages (checked with openssl) and
// ED25519_PH_SHA_512 over SHA-512 digests (checked against RFC 8032's Ed25519ph vector).
import { expect } from 'chai';
import { createHash, createPrivateKey } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ed25519phSignDigest } from '../../src/crypto/ed25519.js';
import { openssl, opensslSucceeds, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

// RFC 8032 §7.3, Ed25519ph, test "abc"
const RFC_SECRET = '833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42';
const RFC_PUBLIC = 'ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf';
const RFC_SIGNATURE = '98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406';

function rfcKey() {
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from(RFC_SECRET, 'hex').toString('base64url'), x: Buffer.from(RFC_PUBLIC, 'hex').toString('base64url') }, format: 'jwk' });
}

describe('Ed25519 keys', function () {
  let store: TestStore;
  let key: { KeyId: string; Arn: string };
  const scratch = new Scratch();

  before(async () => {
    store = testStore();
    key = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
  });
  after(() => store.cleanup());

  it('DescribeKey and GetPublicKey list both Ed25519 algorithms; the public key is a 44-byte SPKI', async () => {
    const { KeyMetadata } = await store.call('DescribeKey', { KeyId: key.KeyId });
    expect(KeyMetadata.SigningAlgorithms).to.deep.equal(['ED25519_SHA_512', 'ED25519_PH_SHA_512']);
    const pub = await store.call('GetPublicKey', { KeyId: key.KeyId });
    expect(pub.PublicKey.length).to.equal(44);
    expect((await store.error('CreateKey', { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'KEY_AGREEMENT' })).message).to.equal('KeyUsage KEY_AGREEMENT is not compatible with KeySpec ECC_NIST_EDWARDS25519');
  });

  it('ED25519_SHA_512 (RAW) signatures verify with openssl pkeyutl', async function () {
    requireOpenssl(this);
    const message = Buffer.from('an Ed25519 message');
    const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ED25519_SHA_512' });
    expect(Signature.length).to.equal(64);
    const pub = scratch.write('ed.der', (await store.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
    const msg = scratch.write('ed.msg', message);
    const sig = scratch.write('ed.sig', Signature);
    expect(opensslSucceeds(['pkeyutl', '-verify', '-pubin', '-keyform', 'DER', '-inkey', pub, '-rawin', '-in', msg, '-sigfile', sig])).to.equal(true);
    await store.call('Verify', { KeyId: key.KeyId, Message: message, Signature, SigningAlgorithm: 'ED25519_SHA_512' });
    expect((await store.error('Verify', { KeyId: key.KeyId, Message: Buffer.from('other'), Signature, SigningAlgorithm: 'ED25519_SHA_512' })).type).to.equal('KMSInvalidSignatureException');
  });

  it('Verify accepts an Ed25519 signature openssl makes with the key', async function () {
    requireOpenssl(this);
    const record = JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${key.KeyId}.json`), 'utf8'));
    const priv = scratch.write('ed.p8', Buffer.from(record.Material.privateKey, 'base64'));
    const msg = scratch.write('ed2.msg', 'signed by openssl');
    const sig = openssl(['pkeyutl', '-sign', '-keyform', 'DER', '-inkey', priv, '-rawin', '-in', msg]);
    await store.call('Verify', { KeyId: key.KeyId, Message: Buffer.from('signed by openssl'), Signature: sig, SigningAlgorithm: 'ED25519_SHA_512' });
  });

  it('ED25519_PH_SHA_512 over a SHA-512 digest reproduces RFC 8032\'s Ed25519ph vector', async () => {
    expect(Buffer.from(await ed25519phSignDigest(rfcKey(), createHash('sha512').update('abc').digest())).toString('hex')).to.equal(RFC_SIGNATURE);
    // and through the engine, with the RFC's key put in place of a new key's material
    const rfcStore = testStore();
    const rfcKeyId = (await rfcStore.call('CreateKey', { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata.KeyId;
    const path = join(rfcStore.ctx.store.dir, 'keys', `${rfcKeyId}.json`);
    const record = JSON.parse(readFileSync(path, 'utf8'));
    record.Material.privateKey = rfcKey().export({ format: 'der', type: 'pkcs8' }).toString('base64');
    record.Material.publicKey = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(RFC_PUBLIC, 'hex')]).toString('base64');
    writeFileSync(path, JSON.stringify(record));
    const digest = createHash('sha512').update('abc').digest();
    const res = await rfcStore.call('Sign', { KeyId: rfcKeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_PH_SHA_512' });
    expect(Buffer.from(res.Signature).toString('hex')).to.equal(RFC_SIGNATURE);
    await rfcStore.call('Verify', { KeyId: rfcKeyId, Message: digest, MessageType: 'DIGEST', Signature: res.Signature, SigningAlgorithm: 'ED25519_PH_SHA_512' });
    const tampered = Buffer.from(res.Signature);
    tampered[0] ^= 1;
    expect((await rfcStore.error('Verify', { KeyId: rfcKeyId, Message: digest, MessageType: 'DIGEST', Signature: tampered, SigningAlgorithm: 'ED25519_PH_SHA_512' })).type).to.equal('KMSInvalidSignatureException');
    rfcStore.cleanup();
  });

  it('each algorithm takes only its message type, with AWS\'s texts', async () => {
    const digest = createHash('sha512').update('m').digest();
    expect(await store.error('Sign', { KeyId: key.KeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_SHA_512' })).to.deep.equal({
      type: 'ValidationException', message: 'Message type DIGEST is incompatible with algorithm ED25519_SHA_512.',
    });
    expect(await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ED25519_PH_SHA_512' })).to.deep.equal({
      type: 'ValidationException', message: 'Message type RAW is incompatible with algorithm ED25519_PH_SHA_512.',
    });
    expect(await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ED25519_PH_SHA_512' })).to.deep.equal({
      type: 'ValidationException', message: 'Digest is invalid length for algorithm ED25519_PH_SHA_512.',
    });
    expect((await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).message).to.equal('Algorithm ECDSA_SHA_256 is incompatible with key spec ECC_NIST_EDWARDS25519.');
  });

  it('ECC_NIST_EDWARDS25519 data key pairs parse with openssl and match', async function () {
    requireOpenssl(this);
    const wrap = (await store.call('CreateKey', {})).KeyMetadata;
    const pair = await store.call('GenerateDataKeyPair', { KeyId: wrap.KeyId, KeyPairSpec: 'ECC_NIST_EDWARDS25519' });
    const priv = scratch.write('edpair.p8', pair.PrivateKeyPlaintext);
    expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-noout', '-text']).toString()).to.contain('ED25519 Private-Key');
    expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).equals(Buffer.from(pair.PublicKey))).to.equal(true);
  });
});
