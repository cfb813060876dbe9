// ML-DSA keys: the FIPS 204 known-answer vectors (NIST ACVP) for key generation and signing,
// and KMS's ML_DSA_SHAKE_256 over RAW messages and external μ, checked with Python's
// cryptography (OpenSSL's ML-DSA) where it is installed.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mlDsaKeygen, mlDsaSignWithSecretKey, type MlDsaLevel } from '../../src/crypto/ml-dsa.js';
import { testStore, type TestStore } from '../helpers/store.js';

interface Vectors {
  keyGen: { tcId: number; seed: string; pk: string; skSha256: string }[];
  sigGen: { tcId: number; externalMu?: boolean; sk: string; message?: string; mu?: string; context?: string; signature: string }[];
}
const VECTORS: Record<string, Vectors> = JSON.parse(readFileSync(fileURLToPath(new URL('../../../test/fixtures/ml-dsa-acvp.json', import.meta.url)), 'utf8'));
const hex = (s: string) => Buffer.from(s, 'hex');

const PYTHON_MLDSA = spawnSync('python3', ['-c', 'from cryptography.hazmat.primitives.asymmetric import mldsa']).status === 0;

/** Verifies with Python's cryptography: exit 0 when the signature is valid for the SPKI. */
function pythonVerifies(spki: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  const code = 'import sys,base64\nfrom cryptography.hazmat.primitives.serialization import load_der_public_key\nk,m,s=[base64.b64decode(x) for x in sys.stdin.read().split()]\nload_der_public_key(k).verify(s,m)';
  const input = [spki, message, signature].map((b) => Buffer.from(b).toString('base64')).join(' ');
  return spawnSync('python3', ['-c', code], { input }).status === 0;
}

function pythonSigns(level: MlDsaLevel, seed: Uint8Array, message: Uint8Array): Buffer {
  const code = `import sys,base64\nfrom cryptography.hazmat.primitives.asymmetric import mldsa\nseed,m=[base64.b64decode(x) for x in sys.stdin.read().split()]\nsys.stdout.write(base64.b64encode(mldsa.MLDSA${level}PrivateKey.from_seed_bytes(seed).sign(m)).decode())`;
  const res = spawnSync('python3', ['-c', code], { input: `${Buffer.from(seed).toString('base64')} ${Buffer.from(message).toString('base64')}`, encoding: 'utf8' });
  return Buffer.from(res.stdout, 'base64');
}

describe('ML-DSA keys', function () {
  for (const level of [44, 65, 87] as const) {
    const vectors = VECTORS[`ML-DSA-${level}`];
    it(`ML-DSA-${level}: ACVP keyGen vectors (seed → public and secret key)`, async () => {
      for (const v of vectors.keyGen) {
        const { publicKey, secretKey } = await mlDsaKeygen(level, hex(v.seed));
        expect(Buffer.from(publicKey).toString('hex'), `tc ${v.tcId}`).to.equal(v.pk.toLowerCase());
        expect(createHash('sha256').update(secretKey).digest('hex'), `tc ${v.tcId}`).to.equal(v.skSha256);
      }
    });

    it(`ML-DSA-${level}: ACVP sigGen vectors (deterministic; pure with context, and external μ)`, async () => {
      for (const v of vectors.sigGen) {
        const input = v.externalMu ? hex(v.mu!) : hex(v.message!);
        const signature = await mlDsaSignWithSecretKey(level, hex(v.sk), input, v.externalMu === true, { random: false, ...(v.context ? { context: hex(v.context) } : {}) });
        expect(Buffer.from(signature).toString('hex'), `tc ${v.tcId}`).to.equal(v.signature.toLowerCase());
      }
    });
  }

  describe('through the engine', () => {
    let store: TestStore;
    let key: { KeyId: string; Arn: string };
    before(async () => {
      store = testStore();
      key = (await store.call('CreateKey', { KeySpec: 'ML_DSA_65', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    });
    after(() => store.cleanup());

    it('lists ML_DSA_SHAKE_256 and returns the public key as a FIPS 204 SPKI', async () => {
      const pub = await store.call('GetPublicKey', { KeyId: key.KeyId });
      expect(pub.SigningAlgorithms).to.deep.equal(['ML_DSA_SHAKE_256']);
      expect(pub.KeySpec).to.equal('ML_DSA_65');
      expect(pub.PublicKey.length).to.equal(1974);
      expect(Buffer.from(pub.PublicKey).subarray(0, 22).toString('hex')).to.equal('308207b2300b0609608648016503040312038207a100');
    });

    it('RAW: pure ML-DSA with an empty context, which Python\'s cryptography verifies (and whose signatures verify here)', async function () {
      if (!PYTHON_MLDSA) {
        console.warn("    (skipped: Python's cryptography with ML-DSA is not installed)");
        this.skip();
      }
      const message = Buffer.from('a post-quantum message');
      const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: message, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
      expect(Signature.length).to.equal(3309);
      const spki = (await store.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey;
      expect(pythonVerifies(spki, message, Signature)).to.equal(true);
      expect(pythonVerifies(spki, Buffer.from('other'), Signature)).to.equal(false);
      const seed = Buffer.from(JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${key.KeyId}.json`), 'utf8')).Material.seed, 'base64');
      await store.call('Verify', { KeyId: key.KeyId, Message: message, Signature: pythonSigns(65, seed, message), SigningAlgorithm: 'ML_DSA_SHAKE_256' });
    });

    it('EXTERNAL_MU: μ = SHAKE256(SHAKE256(pk) ‖ 00 00 ‖ M) signed gives a signature of M', async function () {
      const message = Buffer.from('signed through its mu');
      const spki = Buffer.from((await store.call('GetPublicKey', { KeyId: key.KeyId })).PublicKey);
      const tr = createHash('shake256', { outputLength: 64 }).update(spki.subarray(22)).digest();
      const mu = createHash('shake256', { outputLength: 64 }).update(tr).update(Buffer.from([0, 0])).update(message).digest();
      const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: mu, MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ML_DSA_SHAKE_256' });
      await store.call('Verify', { KeyId: key.KeyId, Message: message, Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
      await store.call('Verify', { KeyId: key.KeyId, Message: mu, MessageType: 'EXTERNAL_MU', Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' });
      if (PYTHON_MLDSA) expect(pythonVerifies(spki, message, Signature)).to.equal(true);
      expect((await store.error('Verify', { KeyId: key.KeyId, Message: Buffer.from('other'), Signature, SigningAlgorithm: 'ML_DSA_SHAKE_256' })).type).to.equal('KMSInvalidSignatureException');
    });

    it('DIGEST is refused, and μ must be 64 bytes', async () => {
      expect(await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.alloc(32), MessageType: 'DIGEST', SigningAlgorithm: 'ML_DSA_SHAKE_256' })).to.deep.equal({
        type: 'ValidationException', message: 'Message type DIGEST is incompatible with key spec ML_DSA_65.',
      });
      expect((await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.alloc(63), MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ML_DSA_SHAKE_256' })).type).to.equal('ValidationException');
      const ecdsa = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
      expect((await store.error('Sign', { KeyId: ecdsa.KeyId, Message: Buffer.alloc(64), MessageType: 'EXTERNAL_MU', SigningAlgorithm: 'ECDSA_SHA_256' })).message).to.equal('Message type EXTERNAL_MU is incompatible with key spec ECC_NIST_P256.');
    });
  });
});
