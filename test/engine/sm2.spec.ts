// SM2 keys (China Regions): SM2DSA signatures and SM2PKE ciphertexts that interoperate with
// OpenSSL (with the default distinguishing ID 1234567812345678), ECDH on the SM2 curve checked
// with @noble/curves' arithmetic, and SM2 data key pairs.
import { expect } from 'chai';
import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { weierstrass } from '@noble/curves/abstract/weierstrass.js';
import { namedCurveOf } from '../../src/crypto/curves.js';
import { sm2Z } from '../../src/crypto/sm2.js';
import { openssl, opensslSucceeds, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const DISTID = 'distid:1234567812345678';

describe('SM2 keys', function () {
  let store: TestStore;
  const scratch = new Scratch();
  const keys: Record<string, { KeyId: string; Arn: string }> = {};

  before(async function () {
    requireOpenssl(this);
    store = testStore({ region: 'cn-north-1' });
    for (const usage of ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'KEY_AGREEMENT']) {
      keys[usage] = (await store.call('CreateKey', { KeySpec: 'SM2', KeyUsage: usage })).KeyMetadata;
    }
  });
  after(() => store?.cleanup());

  const publicKeyFile = async (usage: string) => scratch.write(`sm2-${usage}.der`, (await store.call('GetPublicKey', { KeyId: keys[usage].KeyId })).PublicKey);
  const privateKeyFile = (usage: string) => scratch.write(`sm2-${usage}.p8`, Buffer.from(JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${keys[usage].KeyId}.json`), 'utf8')).Material.privateKey, 'base64'));

  it('only in cn-north-1 and cn-northwest-1; ARNs in the aws-cn partition; the algorithms AWS lists', async () => {
    expect(keys.SIGN_VERIFY.Arn).to.match(/^arn:aws-cn:kms:cn-north-1:/);
    const lists = await Promise.all(['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'KEY_AGREEMENT'].map(async (u) => (await store.call('GetPublicKey', { KeyId: keys[u].KeyId }))));
    expect(lists.map((l) => l.SigningAlgorithms ?? l.EncryptionAlgorithms ?? l.KeyAgreementAlgorithms)).to.deep.equal([['SM2DSA'], ['SM2PKE'], ['ECDH']]);
    expect(lists[0].PublicKey.length).to.equal(91);
    const east = testStore({ home: store.home });
    expect(await east.error('CreateKey', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' })).to.deep.equal({ type: 'UnsupportedOperationException', message: 'KeySpec SM2 is not supported in this Region' });
    const wrap = (await east.call('CreateKey', {})).KeyMetadata;
    expect((await east.error('GenerateDataKeyPair', { KeyId: wrap.KeyId, KeyPairSpec: 'SM2' })).type).to.equal('UnsupportedOperationException');
  });

  it('SM2DSA over a RAW message verifies with openssl (SM3, distinguishing ID 1234567812345678)', async () => {
    const message = Buffer.from('an SM2 message');
    const { Signature } = await store.call('Sign', { KeyId: keys.SIGN_VERIFY.KeyId, Message: message, SigningAlgorithm: 'SM2DSA' });
    const pub = await publicKeyFile('SIGN_VERIFY');
    const msg = scratch.write('sm2.msg', message);
    const sig = scratch.write('sm2.sig', Signature);
    expect(opensslSucceeds(['pkeyutl', '-verify', '-in', msg, '-pubin', '-keyform', 'DER', '-inkey', pub, '-rawin', '-digest', 'sm3', '-pkeyopt', DISTID, '-sigfile', sig])).to.equal(true);
    // an empty distinguishing ID (OpenSSL's default) is a different signature scheme
    expect(opensslSucceeds(['pkeyutl', '-verify', '-in', msg, '-pubin', '-keyform', 'DER', '-inkey', pub, '-rawin', '-digest', 'sm3', '-sigfile', sig])).to.equal(false);
    await store.call('Verify', { KeyId: keys.SIGN_VERIFY.KeyId, Message: message, Signature, SigningAlgorithm: 'SM2DSA' });
    expect((await store.error('Verify', { KeyId: keys.SIGN_VERIFY.KeyId, Message: Buffer.from('other'), Signature, SigningAlgorithm: 'SM2DSA' })).type).to.equal('KMSInvalidSignatureException');
  });

  it('SM2DSA over a DIGEST e = SM3(Z ‖ M) is the same signature scheme as RAW; openssl\'s signatures verify here', async () => {
    const message = Buffer.from('digest me');
    const pubDer = (await store.call('GetPublicKey', { KeyId: keys.SIGN_VERIFY.KeyId })).PublicKey;
    const { createPublicKey } = await import('node:crypto');
    const e = createHash('sm3').update(sm2Z(createPublicKey({ key: Buffer.from(pubDer), format: 'der', type: 'spki' }))).update(message).digest();
    const { Signature } = await store.call('Sign', { KeyId: keys.SIGN_VERIFY.KeyId, Message: e, MessageType: 'DIGEST', SigningAlgorithm: 'SM2DSA' });
    const pub = await publicKeyFile('SIGN_VERIFY');
    const msg = scratch.write('sm2d.msg', message);
    expect(opensslSucceeds(['pkeyutl', '-verify', '-in', msg, '-pubin', '-keyform', 'DER', '-inkey', pub, '-rawin', '-digest', 'sm3', '-pkeyopt', DISTID, '-sigfile', scratch.write('sm2d.sig', Signature)])).to.equal(true);
    const osig = openssl(['pkeyutl', '-sign', '-in', msg, '-keyform', 'DER', '-inkey', privateKeyFile('SIGN_VERIFY'), '-rawin', '-digest', 'sm3', '-pkeyopt', DISTID]);
    await store.call('Verify', { KeyId: keys.SIGN_VERIFY.KeyId, Message: message, Signature: osig, SigningAlgorithm: 'SM2DSA' });
    await store.call('Verify', { KeyId: keys.SIGN_VERIFY.KeyId, Message: e, MessageType: 'DIGEST', Signature: osig, SigningAlgorithm: 'SM2DSA' });
    expect((await store.error('Sign', { KeyId: keys.SIGN_VERIFY.KeyId, Message: Buffer.alloc(20), MessageType: 'DIGEST', SigningAlgorithm: 'SM2DSA' })).message).to.equal('Digest is invalid length for algorithm SM2DSA.');
  });

  it('SM2PKE: ciphertext decrypts with openssl; openssl\'s ciphertext from GetPublicKey decrypts here; tampering is refused', async () => {
    const enc = await store.call('Encrypt', { KeyId: keys.ENCRYPT_DECRYPT.KeyId, Plaintext: Buffer.from('for openssl'), EncryptionAlgorithm: 'SM2PKE' });
    expect(enc.EncryptionAlgorithm).to.equal('SM2PKE');
    const ct = scratch.write('sm2.ct', enc.CiphertextBlob);
    expect(openssl(['pkeyutl', '-decrypt', '-keyform', 'DER', '-inkey', privateKeyFile('ENCRYPT_DECRYPT'), '-in', ct]).toString()).to.equal('for openssl');
    const pt = scratch.write('sm2.pt', 'from openssl');
    const oct = openssl(['pkeyutl', '-encrypt', '-pubin', '-keyform', 'DER', '-inkey', await publicKeyFile('ENCRYPT_DECRYPT'), '-in', pt]);
    const dec = await store.call('Decrypt', { CiphertextBlob: oct, KeyId: keys.ENCRYPT_DECRYPT.KeyId, EncryptionAlgorithm: 'SM2PKE' });
    expect(Buffer.from(dec.Plaintext).toString()).to.equal('from openssl');
    for (const i of [5, 40, oct.length - 1]) {
      const tampered = Buffer.from(oct);
      tampered[i] ^= 0x01;
      expect((await store.error('Decrypt', { CiphertextBlob: tampered, KeyId: keys.ENCRYPT_DECRYPT.KeyId, EncryptionAlgorithm: 'SM2PKE' })).type, `byte ${i}`).to.equal('InvalidCiphertextException');
    }
    await store.call('Encrypt', { KeyId: keys.ENCRYPT_DECRYPT.KeyId, Plaintext: Buffer.alloc(1024), EncryptionAlgorithm: 'SM2PKE' });
    expect(await store.error('Encrypt', { KeyId: keys.ENCRYPT_DECRYPT.KeyId, Plaintext: Buffer.alloc(1025), EncryptionAlgorithm: 'SM2PKE' })).to.deep.equal({
      type: 'ValidationException', message: 'Algorithm SM2PKE and key spec SM2 cannot encrypt data larger than 1024 bytes.',
    });
  });

  it('ECDH on the SM2 curve equals the x-coordinate @noble/curves computes from the peer\'s side', async () => {
    const peer = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const res = await store.call('DeriveSharedSecret', { KeyId: keys.KEY_AGREEMENT.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer.publicKey.export({ format: 'der', type: 'spki' }) });
    const hex = (s: string) => BigInt(`0x${s}`);
    const Point = weierstrass({
      p: hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF'), a: hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC'),
      b: hex('28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93'), n: hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123'), h: 1n,
      Gx: hex('32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7'), Gy: hex('BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0'),
    });
    const peerPkcs8 = peer.privateKey.export({ format: 'der', type: 'pkcs8' });
    const d = BigInt(`0x${peerPkcs8.subarray(36, 68).toString('hex')}`);
    const kmsSpki = Buffer.from((await store.call('GetPublicKey', { KeyId: keys.KEY_AGREEMENT.KeyId })).PublicKey);
    const kmsPoint = Point.fromBytes(kmsSpki.subarray(kmsSpki.length - 65));
    expect(Buffer.from(res.SharedSecret).toString('hex')).to.equal(kmsPoint.multiply(d).toAffine().x.toString(16).padStart(64, '0'));
    // the same peer key with its point compressed gives the same secret
    const point = Buffer.from(peer.publicKey.export({ format: 'der', type: 'spki' })).subarray(-65);
    const compressed = Buffer.concat([Buffer.from('3039301306072a8648ce3d020106082a811ccf5501822d032200', 'hex'), Buffer.of(2 + (point[64] & 1)), point.subarray(1, 33)]);
    const again = await store.call('DeriveSharedSecret', { KeyId: keys.KEY_AGREEMENT.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: compressed });
    expect(Buffer.from(again.SharedSecret).equals(Buffer.from(res.SharedSecret))).to.equal(true);
    const p256 = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
    expect((await store.error('DeriveSharedSecret', { KeyId: keys.KEY_AGREEMENT.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: p256 })).type).to.equal('ValidationException');
  });

  it('SM2 data key pairs parse with openssl and match', async () => {
    const wrap = (await store.call('CreateKey', {})).KeyMetadata;
    const pair = await store.call('GenerateDataKeyPair', { KeyId: wrap.KeyId, KeyPairSpec: 'SM2' });
    const priv = scratch.write('sm2pair.p8', pair.PrivateKeyPlaintext);
    expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-noout', '-text']).toString()).to.contain('SM2');
    expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).equals(Buffer.from(pair.PublicKey))).to.equal(true);
    expect(namedCurveOf(createPrivateKey({ key: Buffer.from(pair.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' }))).to.equal('SM2');
  });
});
