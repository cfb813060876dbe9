// Recipient (Nitro Enclaves): CiphertextForRecipient decrypts with `openssl cms -decrypt` and
// the enclave's private key to exactly the secret the call would otherwise return; every way
// of breaking the attestation document is refused.
import { expect } from 'chai';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { makeAttestationDocument, makeTestRoot } from '../../src/crypto/nitro-test-document.js';
import { issueCertificate, type IssuedCertificate } from '../../src/crypto/test-pki.js';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

describe('Recipient (Nitro Enclaves attestation)', function () {
  const scratch = new Scratch();
  const enclave = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const enclaveSpki = enclave.publicKey.export({ format: 'der', type: 'spki' });
  const enclaveKey = scratch.write('enclave.pem', enclave.privateKey.export({ format: 'pem', type: 'pkcs8' }));
  let root: IssuedCertificate;
  let store: TestStore;
  let document: Uint8Array;
  let sym: { KeyId: string; Arn: string };

  before(async function () {
    requireOpenssl(this);
    root = await makeTestRoot();
    const rootPem = scratch.write('root.pem', new X509Certificate(Buffer.from(root.der)).toString());
    store = testStore({ env: { PSKMS_NITRO_ROOT: rootPem } });
    document = await makeAttestationDocument(root, { publicKey: enclaveSpki });
    sym = (await store.call('CreateKey', {})).KeyMetadata;
  });
  after(() => store?.cleanup());

  const recipient = (doc: Uint8Array = document) => ({ KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256', AttestationDocument: doc });
  const openCms = (cms: Uint8Array): Buffer => openssl(['cms', '-decrypt', '-inform', 'DER', '-in', scratch.write(`cms-${Math.random()}.ber`, cms), '-inkey', enclaveKey, '-binary']);

  it('Decrypt: the plaintext comes only inside CiphertextForRecipient', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('for the enclave') });
    const res = await store.call('Decrypt', { CiphertextBlob, Recipient: recipient() });
    expect(Object.keys(res)).to.deep.equal(['KeyId', 'EncryptionAlgorithm', 'CiphertextForRecipient']);
    expect(openCms(res.CiphertextForRecipient).toString()).to.equal('for the enclave');
    // the BER layout KMS uses: indefinite-length ContentInfo with envelopedData
    expect(Buffer.from(res.CiphertextForRecipient).subarray(0, 15).toString('hex')).to.equal('308006092a864886f70d010703a080');
  });

  it('GenerateDataKey: CiphertextBlob as usual, the data key only for the recipient', async () => {
    const res = await store.call('GenerateDataKey', { KeyId: sym.KeyId, KeySpec: 'AES_256', Recipient: recipient() });
    expect(res).to.not.have.property('Plaintext');
    const dataKey = openCms(res.CiphertextForRecipient);
    expect(dataKey.length).to.equal(32);
    expect(Buffer.from((await store.call('Decrypt', { CiphertextBlob: res.CiphertextBlob })).Plaintext).equals(dataKey)).to.equal(true);
  });

  it('GenerateDataKeyPair: the private key only for the recipient, matching PublicKey', async () => {
    const res = await store.call('GenerateDataKeyPair', { KeyId: sym.KeyId, KeyPairSpec: 'ECC_NIST_P256', Recipient: recipient() });
    expect(res).to.not.have.property('PrivateKeyPlaintext');
    const pkcs8 = scratch.write('pair.p8', openCms(res.CiphertextForRecipient));
    expect(openssl(['pkey', '-inform', 'DER', '-in', pkcs8, '-pubout', '-outform', 'DER']).equals(Buffer.from(res.PublicKey))).to.equal(true);
    expect(openCms(res.CiphertextForRecipient).equals(Buffer.from((await store.call('Decrypt', { CiphertextBlob: res.PrivateKeyCiphertextBlob })).Plaintext))).to.equal(true);
  });

  it('GenerateRandom and DeriveSharedSecret', async () => {
    const random = await store.call('GenerateRandom', { NumberOfBytes: 48, Recipient: recipient() });
    expect(Object.keys(random)).to.deep.equal(['CiphertextForRecipient']);
    expect(openCms(random.CiphertextForRecipient).length).to.equal(48);
    const agree = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' })).KeyMetadata;
    const peer = scratch.write('peer.pem', openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']));
    const peerSpki = openssl(['pkey', '-in', peer, '-pubout', '-outform', 'DER']);
    const res = await store.call('DeriveSharedSecret', { KeyId: agree.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerSpki, Recipient: recipient() });
    expect(res).to.not.have.property('SharedSecret');
    const kmsPub = scratch.write('kms.der', (await store.call('GetPublicKey', { KeyId: agree.KeyId })).PublicKey);
    expect(openCms(res.CiphertextForRecipient).equals(openssl(['pkeyutl', '-derive', '-inkey', peer, '-peerkey', kmsPub, '-peerform', 'DER']))).to.equal(true);
  });

  describe('a broken attestation document is refused', () => {
    const refused = async (doc: Uint8Array, reason: RegExp, target: TestStore = store) => {
      const err = await target.error('GenerateRandom', { NumberOfBytes: 16, Recipient: recipient(doc) });
      expect(err.type).to.equal('ValidationException');
      expect(err.message).to.match(reason);
    };

    it('a forged signature, a changed payload, a truncated or garbage document', async () => {
      const forged = Buffer.from(document);
      forged[forged.length - 10] ^= 0x01;
      await refused(forged, /signature does not verify/);
      const changed = Buffer.from(document);
      changed[changed.indexOf(Buffer.from('module_id')) + 12] ^= 0x01;
      await refused(changed, /not valid/);
      await refused(document.subarray(0, 100), /not valid: it is not CBOR|not a COSE_Sign1/);
      await refused(Buffer.from('not an attestation document'), /not valid/);
      const { encode } = await import('cborg');
      await refused(encode([Uint8Array.of(0xa1, 0x01), new Map(), Uint8Array.of(0xff), new Uint8Array(96)]), /the protected header is not CBOR/);
    });

    it('a document from another root (the default trust is AWS\'s Nitro root)', async () => {
      const otherRoot = await makeTestRoot();
      await refused(await makeAttestationDocument(otherRoot, { publicKey: enclaveSpki }), /does not end at the trusted root/);
      await refused(document, /does not end at the trusted root/, testStore());
    });

    it('an expired leaf certificate', async () => {
      const later = testStore({ home: store.home, env: { PSKMS_NITRO_ROOT: join(scratch.dir, 'root.pem') } });
      (later.ctx as { now: () => Date }).now = () => new Date(Date.now() + 4 * 3600_000);
      await refused(document, /not valid now/, later);
    });

    it('no public key, or one that is not RSA; no document at all', async () => {
      const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'der', type: 'spki' });
      await refused(await makeAttestationDocument(root, { publicKey: ec }), /not an RSA key/);
      await refused(await makeAttestationDocument(root, { publicKey: Buffer.from('junk') }), /not a DER SubjectPublicKeyInfo/);
      const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'der', type: 'spki' });
      await refused(await makeAttestationDocument(root, { publicKey: small }), /fewer than 2048 bits/);
      const err = await store.error('GenerateRandom', { NumberOfBytes: 16, Recipient: { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' } });
      expect(err.message).to.equal("1 validation error detected: Value null at 'recipient.attestationDocument' failed to satisfy constraint: Member must not be null");
      const alg = await store.error('GenerateRandom', { NumberOfBytes: 16, Recipient: { KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_1', AttestationDocument: document } });
      expect(alg.message).to.match(/at 'recipient.keyEncryptionAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: \[RSAES_OAEP_SHA_256\]/);
    });
  });
});

describe('the test certificate authority', () => {
  it('issues certificates OpenSSL parses, whatever their random serial numbers', async function () {
    this.timeout(60_000);
    // a serial whose first random byte was 0x00 was padding OpenSSL refuses: 1 certificate in 256
    for (let i = 0; i < 512; i++) {
      const cert = await issueCertificate({ commonName: `t${i}`, ca: false, validForMs: 60_000 });
      expect(() => new X509Certificate(Buffer.from(cert.der)), `certificate ${i}`).to.not.throw();
    }
  });
});
