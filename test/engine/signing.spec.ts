// Sign / Verify: every algorithm on the key specs AWS pairs it with, RAW and DIGEST, checked
// by openssl (signatures pskms makes verify there; signatures openssl makes verify here).
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openssl, opensslSucceeds, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const HASH = { 256: 'sha256', 384: 'sha384', 512: 'sha512' } as const;

const CASES: { spec: string; algorithm: string; bits: 256 | 384 | 512; pss?: boolean }[] = [
  { spec: 'RSA_2048', algorithm: 'RSASSA_PSS_SHA_256', bits: 256, pss: true },
  { spec: 'RSA_2048', algorithm: 'RSASSA_PSS_SHA_384', bits: 384, pss: true },
  { spec: 'RSA_2048', algorithm: 'RSASSA_PSS_SHA_512', bits: 512, pss: true },
  { spec: 'RSA_2048', algorithm: 'RSASSA_PKCS1_V1_5_SHA_256', bits: 256 },
  { spec: 'RSA_2048', algorithm: 'RSASSA_PKCS1_V1_5_SHA_384', bits: 384 },
  { spec: 'RSA_2048', algorithm: 'RSASSA_PKCS1_V1_5_SHA_512', bits: 512 },
  { spec: 'RSA_3072', algorithm: 'RSASSA_PSS_SHA_384', bits: 384, pss: true },
  { spec: 'RSA_4096', algorithm: 'RSASSA_PKCS1_V1_5_SHA_512', bits: 512 },
  { spec: 'ECC_NIST_P256', algorithm: 'ECDSA_SHA_256', bits: 256 },
  { spec: 'ECC_NIST_P384', algorithm: 'ECDSA_SHA_384', bits: 384 },
  { spec: 'ECC_NIST_P521', algorithm: 'ECDSA_SHA_512', bits: 512 },
  { spec: 'ECC_SECG_P256K1', algorithm: 'ECDSA_SHA_256', bits: 256 },
];

/** openssl options that pin PSS to AWS's parameters: salt length = digest length, MGF1 = digest. */
function paddingOptions(c: (typeof CASES)[number], flag: '-sigopt' | '-pkeyopt'): string[] {
  return c.pss ? [flag, 'rsa_padding_mode:pss', flag, `rsa_pss_saltlen:${c.bits / 8}`, flag, `rsa_mgf1_md:${HASH[c.bits]}`] : [];
}

describe('Sign and Verify', function () {
  let store: TestStore;
  const keys = new Map<string, { KeyId: string; Arn: string }>();
  const scratch = new Scratch();

  before(async function () {
    requireOpenssl(this);
    store = testStore();
    for (const spec of new Set(CASES.map((c) => c.spec))) {
      keys.set(spec, (await store.call('CreateKey', { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' })).KeyMetadata);
    }
  });
  after(() => store?.cleanup());

  async function publicKeyFile(spec: string): Promise<string> {
    const { PublicKey } = await store.call('GetPublicKey', { KeyId: keys.get(spec)!.KeyId });
    return scratch.write(`${spec}.pub.der`, PublicKey);
  }

  for (const c of CASES) {
    it(`${c.algorithm} on ${c.spec}, RAW: the signature verifies with openssl dgst`, async () => {
      const message = new TextEncoder().encode(`message for ${c.algorithm} ${c.spec}`);
      const res = await store.call('Sign', { KeyId: keys.get(c.spec)!.Arn, Message: message, MessageType: 'RAW', SigningAlgorithm: c.algorithm });
      expect(res.KeyId).to.equal(keys.get(c.spec)!.Arn);
      expect(res.SigningAlgorithm).to.equal(c.algorithm);
      const pub = await publicKeyFile(c.spec);
      const msgFile = scratch.write(`${c.algorithm}-${c.spec}.msg`, message);
      const sigFile = scratch.write(`${c.algorithm}-${c.spec}.sig`, res.Signature);
      expect(opensslSucceeds(['dgst', `-${HASH[c.bits]}`, '-verify', pub, '-keyform', 'DER', ...paddingOptions(c, '-sigopt'), '-signature', sigFile, msgFile])).to.equal(true);
      // and a different message does not
      const other = scratch.write(`${c.algorithm}-${c.spec}.other`, 'another message');
      expect(opensslSucceeds(['dgst', `-${HASH[c.bits]}`, '-verify', pub, '-keyform', 'DER', ...paddingOptions(c, '-sigopt'), '-signature', sigFile, other])).to.equal(false);
      await store.call('Verify', { KeyId: keys.get(c.spec)!.KeyId, Message: message, Signature: res.Signature, SigningAlgorithm: c.algorithm });
    });

    it(`${c.algorithm} on ${c.spec}, DIGEST: the signature of a precomputed digest verifies with openssl pkeyutl`, async () => {
      const digest = createHash(HASH[c.bits]).update(`digest input ${c.algorithm}`).digest();
      const res = await store.call('Sign', { KeyId: keys.get(c.spec)!.KeyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: c.algorithm });
      const pub = await publicKeyFile(c.spec);
      const dFile = scratch.write(`${c.algorithm}-${c.spec}.digest`, digest);
      const sigFile = scratch.write(`${c.algorithm}-${c.spec}.dsig`, res.Signature);
      const args = ['pkeyutl', '-verify', '-pubin', '-inkey', pub, '-keyform', 'DER', '-in', dFile, '-sigfile', sigFile, '-pkeyopt', `digest:${HASH[c.bits]}`, ...paddingOptions(c, '-pkeyopt')];
      expect(opensslSucceeds(args)).to.equal(true);
      // a DIGEST signature is the signature of the message that hashes to it
      await store.call('Verify', { KeyId: keys.get(c.spec)!.KeyId, Message: digest, MessageType: 'DIGEST', Signature: res.Signature, SigningAlgorithm: c.algorithm });
    });
  }

  it('Verify accepts signatures openssl makes with the key (RAW and DIGEST, ECDSA and PSS)', async () => {
    for (const c of [CASES[0], CASES[8], CASES[11]]) {
      const record = JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${keys.get(c.spec)!.KeyId}.json`), 'utf8'));
      const priv = scratch.write(`${c.spec}.p8`, Buffer.from(record.Material.privateKey, 'base64'));
      const msg = scratch.write(`${c.spec}.m`, 'signed by openssl');
      const sig = openssl(['dgst', `-${HASH[c.bits]}`, '-sign', priv, '-keyform', 'DER', ...paddingOptions(c, '-sigopt'), msg]);
      await store.call('Verify', { KeyId: keys.get(c.spec)!.KeyId, Message: Buffer.from('signed by openssl'), Signature: sig, SigningAlgorithm: c.algorithm });
      const digest = createHash(HASH[c.bits]).update('signed by openssl').digest();
      await store.call('Verify', { KeyId: keys.get(c.spec)!.KeyId, Message: digest, MessageType: 'DIGEST', Signature: sig, SigningAlgorithm: c.algorithm });
    }
  });

  it('Verify of a wrong signature raises KMSInvalidSignatureException, never SignatureValid false', async () => {
    for (const c of [CASES[0], CASES[3], CASES[8]]) {
      const key = keys.get(c.spec)!;
      const message = Buffer.from('original');
      const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: c.algorithm });
      const tampered = Buffer.from(Signature);
      tampered[tampered.length - 5] ^= 0x01;
      for (const [msg, sig] of [[Buffer.from('changed'), Signature], [message, tampered], [message, Buffer.from('not a signature')]]) {
        const err = await store.error('Verify', { KeyId: key.KeyId, Message: msg, Signature: sig, SigningAlgorithm: c.algorithm });
        expect(err.type).to.equal('KMSInvalidSignatureException');
      }
      const digest = createHash(HASH[c.bits]).update('changed').digest();
      const err = await store.error('Verify', { KeyId: key.KeyId, Message: digest, MessageType: 'DIGEST', Signature: Signature, SigningAlgorithm: c.algorithm });
      expect(err.type).to.equal('KMSInvalidSignatureException');
    }
  });

  it('a DIGEST of the wrong length is refused with AWS\'s text', async () => {
    const err = await store.error('Sign', { KeyId: keys.get('ECC_NIST_P256')!.KeyId, Message: Buffer.alloc(48), MessageType: 'DIGEST', SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(err).to.deep.equal({ type: 'ValidationException', message: 'Digest is invalid length for algorithm ECDSA_SHA_256.' });
    const err2 = await store.error('Verify', { KeyId: keys.get('RSA_2048')!.KeyId, Message: Buffer.alloc(32), Signature: Buffer.alloc(256), MessageType: 'DIGEST', SigningAlgorithm: 'RSASSA_PSS_SHA_512' });
    expect(err2).to.deep.equal({ type: 'ValidationException', message: 'Digest is invalid length for algorithm RSASSA_PSS_SHA_512.' });
  });

  it('an algorithm the key spec does not offer is refused (ECDSA_SHA_512 on P-256, RSA on ECC, ECDSA on RSA)', async () => {
    for (const [spec, algorithm] of [['ECC_NIST_P256', 'ECDSA_SHA_512'], ['ECC_NIST_P256', 'RSASSA_PSS_SHA_256'], ['RSA_2048', 'ECDSA_SHA_256'], ['ECC_SECG_P256K1', 'ECDSA_SHA_384']]) {
      const err = await store.error('Sign', { KeyId: keys.get(spec)!.KeyId, Message: Buffer.from('m'), SigningAlgorithm: algorithm });
      expect(err.type).to.equal('InvalidKeyUsageException');
      expect(err.message).to.contain(algorithm);
    }
  });

  it('a RAW message over 4096 bytes is a ValidationException that does not echo the message', async () => {
    const err = await store.error('Sign', { KeyId: keys.get('ECC_NIST_P256')!.KeyId, Message: Buffer.alloc(4097, 0x41), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(err.type).to.equal('ValidationException');
    expect(err.message).to.match(/^1 validation error detected: Value at 'message' failed to satisfy constraint: Member must have length less than or equal to 4096$/);
  });

  it('Sign with an encryption key is InvalidKeyUsageException', async () => {
    const sym = (await store.call('CreateKey', {})).KeyMetadata;
    const err = await store.error('Sign', { KeyId: sym.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' });
    expect(err).to.deep.equal({ type: 'InvalidKeyUsageException', message: `${sym.Arn} key usage is ENCRYPT_DECRYPT which is not valid for Sign.` });
  });
});
