// Encrypt / Decrypt: AES-256-GCM blobs that name their key and authenticate the encryption
// context, and standard RSAES-OAEP that interoperates with openssl.
import { expect } from 'chai';
import { constants, createPrivateKey, privateDecrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

describe('Encrypt and Decrypt', function () {
  let store: TestStore;
  let sym: { KeyId: string; Arn: string };
  let rsa: { KeyId: string; Arn: string };
  const scratch = new Scratch();

  before(async () => {
    store = testStore();
    sym = (await store.call('CreateKey', {})).KeyMetadata;
    rsa = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
  });
  after(() => store.cleanup());

  it('a symmetric ciphertext decrypts without a KeyId, to the plaintext, naming the key and its material', async () => {
    const plaintext = Buffer.from('attack at dawn');
    const enc = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: plaintext, EncryptionContext: { purpose: 'test' } });
    expect(enc.KeyId).to.equal(sym.Arn);
    expect(enc.EncryptionAlgorithm).to.equal('SYMMETRIC_DEFAULT');
    expect(Object.keys(enc)).to.deep.equal(['CiphertextBlob', 'KeyId', 'EncryptionAlgorithm']);
    expect(Buffer.from(enc.CiphertextBlob).includes(plaintext)).to.equal(false);
    const dec = await store.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { purpose: 'test' } });
    expect(Buffer.from(dec.Plaintext).toString()).to.equal('attack at dawn');
    expect(dec.KeyId).to.equal(sym.Arn);
    const { KeyMetadata } = await store.call('DescribeKey', { KeyId: sym.KeyId });
    expect(dec.KeyMaterialId).to.match(/^[0-9a-f]{64}$/).and.to.equal(KeyMetadata.CurrentKeyMaterialId);
  });

  it('two encryptions of the same plaintext differ (fresh IV)', async () => {
    const a = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('same') });
    const b = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('same') });
    expect(Buffer.from(a.CiphertextBlob).equals(Buffer.from(b.CiphertextBlob))).to.equal(false);
  });

  it('a flipped bit anywhere in a symmetric ciphertext blob is InvalidCiphertextException', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('integrity'), EncryptionContext: { a: 'b' } });
    for (let i = 0; i < CiphertextBlob.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const tampered = Buffer.from(CiphertextBlob);
        tampered[i] ^= bit;
        const err = await store.error('Decrypt', { CiphertextBlob: tampered, EncryptionContext: { a: 'b' } });
        expect(err.type, `byte ${i} bit ${bit}`).to.equal('InvalidCiphertextException');
      }
    }
    const truncated = await store.error('Decrypt', { CiphertextBlob: CiphertextBlob.subarray(0, CiphertextBlob.length - 1), EncryptionContext: { a: 'b' } });
    expect(truncated.type).to.equal('InvalidCiphertextException');
  });

  it('the encryption context must match exactly; its order does not matter; {"ab":"c"} is not {"a":"bc"}', async () => {
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x'), EncryptionContext: { ab: 'c' } });
    expect((await store.error('Decrypt', { CiphertextBlob, EncryptionContext: { a: 'bc' } })).type).to.equal('InvalidCiphertextException');
    expect((await store.error('Decrypt', { CiphertextBlob })).type).to.equal('InvalidCiphertextException');
    expect((await store.error('Decrypt', { CiphertextBlob, EncryptionContext: { ab: 'c', x: 'y' } })).type).to.equal('InvalidCiphertextException');
    const two = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('y'), EncryptionContext: { k1: 'v1', k2: 'v2' } });
    const dec = await store.call('Decrypt', { CiphertextBlob: two.CiphertextBlob, EncryptionContext: { k2: 'v2', k1: 'v1' } });
    expect(Buffer.from(dec.Plaintext).toString()).to.equal('y');
    // an empty context is the same as none
    const none = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('z') });
    expect(Buffer.from((await store.call('Decrypt', { CiphertextBlob: none.CiphertextBlob, EncryptionContext: {} })).Plaintext).toString()).to.equal('z');
  });

  it('Decrypt with a KeyId other than the ciphertext\'s key is IncorrectKeyException', async () => {
    const other = (await store.call('CreateKey', {})).KeyMetadata;
    const { CiphertextBlob } = await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x') });
    expect(await store.error('Decrypt', { CiphertextBlob, KeyId: other.KeyId })).to.deep.equal({
      type: 'IncorrectKeyException', message: 'The key ID in the request does not identify a CMK that can perform this operation.',
    });
    // IncorrectKeyException wins even over a KeyId of the wrong usage
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    expect((await store.error('Decrypt', { CiphertextBlob, KeyId: signing.KeyId })).type).to.equal('IncorrectKeyException');
    const ok = await store.call('Decrypt', { CiphertextBlob, KeyId: sym.Arn });
    expect(Buffer.from(ok.Plaintext).toString()).to.equal('x');
  });

  it('a ciphertext made in another region of the same store does not decrypt here', async () => {
    const west = testStore({ region: 'us-west-2', home: store.home });
    const key = (await west.call('CreateKey', {})).KeyMetadata;
    const { CiphertextBlob } = await west.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x') });
    expect((await store.error('Decrypt', { CiphertextBlob })).type).to.equal('InvalidCiphertextException');
    expect(Buffer.from((await west.call('Decrypt', { CiphertextBlob })).Plaintext).toString()).to.equal('x');
  });

  it('symmetric plaintext is limited to 4096 bytes', async () => {
    await store.call('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.alloc(4096) });
    const err = await store.error('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.alloc(4097) });
    expect(err.type).to.equal('ValidationException');
    expect(err.message).to.equal("1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096");
  });

  describe('RSAES_OAEP', function () {
    before(function () {
      requireOpenssl(this);
    });

    for (const [algorithm, md] of [['RSAES_OAEP_SHA_1', 'sha1'], ['RSAES_OAEP_SHA_256', 'sha256']]) {
      it(`${algorithm}: ciphertext openssl makes from GetPublicKey decrypts`, async () => {
        const { PublicKey, EncryptionAlgorithms } = await store.call('GetPublicKey', { KeyId: rsa.KeyId });
        expect(EncryptionAlgorithms).to.deep.equal(['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256']);
        const pub = scratch.write(`rsa-${md}.pub.der`, PublicKey);
        const msg = scratch.write(`rsa-${md}.msg`, `offline secret ${md}`);
        const ct = openssl(['pkeyutl', '-encrypt', '-pubin', '-keyform', 'DER', '-inkey', pub, '-in', msg, '-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', `rsa_oaep_md:${md}`, '-pkeyopt', `rsa_mgf1_md:${md}`]);
        const dec = await store.call('Decrypt', { CiphertextBlob: ct, KeyId: rsa.KeyId, EncryptionAlgorithm: algorithm });
        expect(Buffer.from(dec.Plaintext).toString()).to.equal(`offline secret ${md}`);
        expect(dec.EncryptionAlgorithm).to.equal(algorithm);
        expect(dec).to.not.have.property('KeyMaterialId');
        // the other OAEP hash does not open it
        const otherAlg = algorithm === 'RSAES_OAEP_SHA_1' ? 'RSAES_OAEP_SHA_256' : 'RSAES_OAEP_SHA_1';
        expect((await store.error('Decrypt', { CiphertextBlob: ct, KeyId: rsa.KeyId, EncryptionAlgorithm: otherAlg })).type).to.equal('InvalidCiphertextException');
      });

      it(`${algorithm}: Encrypt's ciphertext is standard OAEP (node:crypto decrypts it with the key)`, async () => {
        const enc = await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('to node'), EncryptionAlgorithm: algorithm });
        expect(enc.CiphertextBlob.length).to.equal(256);
        const record = JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${rsa.KeyId}.json`), 'utf8'));
        const priv = createPrivateKey({ key: Buffer.from(record.Material.privateKey, 'base64'), format: 'der', type: 'pkcs8' });
        const out = privateDecrypt({ key: priv, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: md }, enc.CiphertextBlob);
        expect(out.toString()).to.equal('to node');
      });
    }

    it('a flipped bit in an RSA ciphertext is InvalidCiphertextException', async () => {
      const enc = await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
      for (const i of [0, 1, 100, 255]) {
        const tampered = Buffer.from(enc.CiphertextBlob);
        tampered[i] ^= 0x04;
        expect((await store.error('Decrypt', { CiphertextBlob: tampered, KeyId: rsa.KeyId, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).type).to.equal('InvalidCiphertextException');
      }
    });

    it('plaintext over the OAEP limit is refused with AWS\'s text (190 bytes for SHA-256 on RSA_2048, 214 for SHA-1)', async () => {
      await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.alloc(190), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
      const err = await store.error('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.alloc(191), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
      expect(err).to.deep.equal({ type: 'ValidationException', message: 'Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than 190 bytes.' });
      await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.alloc(214), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' });
      expect((await store.error('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.alloc(215), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' })).message).to.contain('larger than 214 bytes');
    });

    it('an RSA key needs an RSAES algorithm; a symmetric key needs SYMMETRIC_DEFAULT (AWS\'s texts)', async () => {
      expect(await store.error('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('x') })).to.deep.equal({
        type: 'InvalidKeyUsageException', message: 'Algorithm SYMMETRIC_DEFAULT is incompatible with key spec RSA_2048.',
      });
      expect(await store.error('Encrypt', { KeyId: sym.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).to.deep.equal({
        type: 'InvalidKeyUsageException', message: 'Algorithm RSAES_OAEP_SHA_256 is incompatible with key spec SYMMETRIC_DEFAULT.',
      });
      // Decrypt without an algorithm reads the blob as symmetric first, as AWS does
      const enc = await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_1' });
      expect(await store.error('Decrypt', { CiphertextBlob: enc.CiphertextBlob, KeyId: rsa.KeyId })).to.deep.equal({ type: 'InvalidCiphertextException', message: '' });
    });

    it('an encryption context with an RSA key is a ValidationException', async () => {
      const err = await store.error('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256', EncryptionContext: { a: 'b' } });
      expect(err).to.deep.equal({ type: 'ValidationException', message: 'EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.' });
    });

    it('an RSA ciphertext without a KeyId does not decrypt (it names no key)', async () => {
      const enc = await store.call('Encrypt', { KeyId: rsa.KeyId, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
      expect((await store.error('Decrypt', { CiphertextBlob: enc.CiphertextBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).type).to.equal('InvalidCiphertextException');
    });
  });
});
