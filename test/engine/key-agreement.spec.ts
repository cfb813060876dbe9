// DeriveSharedSecret: the raw ECDH secret, equal to what openssl derives from the other side.
import { expect } from 'chai';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const CURVES = [['ECC_NIST_P256', 'P-256', 32], ['ECC_NIST_P384', 'P-384', 48], ['ECC_NIST_P521', 'P-521', 66]] as const;

describe('DeriveSharedSecret', function () {
  let store: TestStore;
  const keys = new Map<string, { KeyId: string; Arn: string }>();
  const scratch = new Scratch();

  before(async function () {
    requireOpenssl(this);
    store = testStore();
    for (const [spec] of CURVES) keys.set(spec, (await store.call('CreateKey', { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata);
  });
  after(() => store?.cleanup());

  function peerKey(curve: string): { priv: string; spki: Buffer } {
    const priv = scratch.write(`peer-${curve}.pem`, openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve}`]));
    return { priv, spki: openssl(['pkey', '-in', priv, '-pubout', '-outform', 'DER']) };
  }

  for (const [spec, curve, length] of CURVES) {
    it(`${spec}: the secret equals openssl pkeyutl -derive with the peer's private key`, async () => {
      const peer = peerKey(curve);
      const res = await store.call('DeriveSharedSecret', { KeyId: keys.get(spec)!.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer.spki });
      expect(res.SharedSecret.length).to.equal(length);
      expect(res).to.include({ KeyId: keys.get(spec)!.Arn, KeyAgreementAlgorithm: 'ECDH', KeyOrigin: 'AWS_KMS' });
      const { PublicKey, KeyAgreementAlgorithms } = await store.call('GetPublicKey', { KeyId: keys.get(spec)!.KeyId });
      expect(KeyAgreementAlgorithms).to.deep.equal(['ECDH']);
      const kmsPub = scratch.write(`kms-${spec}.der`, PublicKey);
      const expected = openssl(['pkeyutl', '-derive', '-inkey', peer.priv, '-peerkey', kmsPub, '-peerform', 'DER']);
      expect(Buffer.from(res.SharedSecret).toString('hex')).to.equal(expected.toString('hex'));
    });
  }

  it('a peer key on another curve, an RSA key, a malformed SPKI or a point off the curve is a ValidationException', async () => {
    const key = keys.get('ECC_NIST_P256')!;
    const p384 = peerKey('P-384').spki;
    const rsaPriv = scratch.write('rsa.pem', openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024']));
    const rsaSpki = openssl(['pkey', '-in', rsaPriv, '-pubout', '-outform', 'DER']);
    const offCurve = Buffer.from(peerKey('P-256').spki);
    offCurve[offCurve.length - 1] ^= 0x01; // y no longer matches x
    for (const bad of [p384, rsaSpki, Buffer.from('not DER'), offCurve, p384.subarray(0, 40)]) {
      const err = await store.error('DeriveSharedSecret', { KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: bad });
      expect(err.type).to.equal('ValidationException');
    }
  });

  it('a key whose usage is not KEY_AGREEMENT is InvalidKeyUsageException', async () => {
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    const err = await store.error('DeriveSharedSecret', { KeyId: signing.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerKey('P-256').spki });
    expect(err).to.deep.equal({ type: 'InvalidKeyUsageException', message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret.` });
  });

  it('a peer point at infinity is a ValidationException on every curve, SM2 included, and the process lives on', async () => {
    // the single byte 0x00 as the SPKI's point once aborted node inside OpenSSL (issue 12)
    const infinity: Record<string, string> = {
      ECC_NIST_P256: 'MBkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDAgAA',
      ECC_NIST_P384: 'MBYwEAYHKoZIzj0CAQYFK4EEACIDAgAA',
      ECC_NIST_P521: 'MBYwEAYHKoZIzj0CAQYFK4EEACMDAgAA',
    };
    for (const [spec, base64] of Object.entries(infinity)) {
      const key = keys.get(spec) ?? (await store.call('CreateKey', { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata;
      const err = await store.error('DeriveSharedSecret', { KeyId: key.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: Buffer.from(base64, 'base64') });
      expect(err, spec).to.deep.equal({ type: 'ValidationException', message: '' });
    }
    const china = testStore({ region: 'cn-north-1' });
    try {
      const sm2 = (await china.call('CreateKey', { KeySpec: 'SM2', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata;
      const sm2Infinity = Buffer.from('MBkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DAgAA', 'base64');
      expect(await china.error('DeriveSharedSecret', { KeyId: sm2.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: sm2Infinity })).to.deep.equal({ type: 'ValidationException', message: '' });
    } finally {
      china.cleanup();
    }
    // still alive: a good peer works after the bad ones
    const res = await store.call('DeriveSharedSecret', { KeyId: keys.get('ECC_NIST_P256')!.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerKey('P-256').spki });
    expect(res.SharedSecret.length).to.equal(32);
  });
});
