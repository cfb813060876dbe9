// Imported key material (issue 13, item 2): openssl wraps the material under the public key
// GetParametersForImport gives, pskms unwraps and uses it; the results are checked against
// openssl and node:crypto holding the same material, never against pskms alone.
import { expect } from 'chai';
import { createDecipheriv, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { invoke, type RequestContext } from '../../src/engine/index.js';
import { parseCiphertextBlob } from '../../src/engine/ciphertext-blob.js';
import { encodeEncryptionContext } from '../../src/engine/encryption-context.js';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const DAY = 86_400_000;
type Wrapping = 'RSAES_OAEP_SHA_1' | 'RSAES_OAEP_SHA_256' | 'RSA_AES_KEY_WRAP_SHA_1' | 'RSA_AES_KEY_WRAP_SHA_256' | 'SM2PKE';

/** What openssl makes of `material` for KMS's wrapping algorithm, under the DER public key given. */
function wrapWithOpenssl(scratch: Scratch, publicKey: Uint8Array, algorithm: Wrapping, material: Uint8Array): Uint8Array {
  const pub = scratch.write('wrapping.der', publicKey);
  if (algorithm === 'SM2PKE') return openssl(['pkeyutl', '-encrypt', '-pubin', '-keyform', 'DER', '-inkey', pub], material);
  const hash = algorithm.endsWith('SHA_1') ? 'sha1' : 'sha256';
  const oaep = (data: Uint8Array) =>
    openssl(['pkeyutl', '-encrypt', '-pubin', '-keyform', 'DER', '-inkey', pub, '-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', `rsa_oaep_md:${hash}`, '-pkeyopt', `rsa_mgf1_md:${hash}`], data);
  if (algorithm.startsWith('RSAES_OAEP')) return oaep(material);
  // RSA_AES_KEY_WRAP: an ephemeral AES-256 key under RSA-OAEP, then the material under AES key wrap with padding
  const aesKey = randomBytes(32);
  const wrapped = openssl(['enc', '-id-aes256-wrap-pad', '-K', aesKey.toString('hex'), '-iv', 'A65959A6'], material);
  return Buffer.concat([oaep(aesKey), wrapped]);
}

describe('imported key material', function () {
  this.timeout(60_000);
  let store: TestStore;
  let scratch: Scratch;
  before(function () {
    requireOpenssl(this);
  });
  beforeEach(() => {
    store = testStore();
    scratch = new Scratch();
  });
  afterEach(() => store.cleanup());

  async function externalKey(request: Record<string, unknown> = {}, s: TestStore = store) {
    return (await s.call('CreateKey', { Origin: 'EXTERNAL', ...request })).KeyMetadata;
  }

  /** GetParametersForImport, openssl's wrap, ImportKeyMaterial; returns the response. */
  async function importMaterial(keyId: string, material: Uint8Array, options: { algorithm?: Wrapping; spec?: string; request?: Record<string, unknown>; s?: TestStore } = {}) {
    const s = options.s ?? store;
    const algorithm = options.algorithm ?? 'RSAES_OAEP_SHA_256';
    const params = await s.call('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: options.spec ?? 'RSA_2048' });
    const wrapped = wrapWithOpenssl(scratch, params.PublicKey, algorithm, material);
    return s.call('ImportKeyMaterial', {
      KeyId: keyId, ImportToken: params.ImportToken, EncryptedKeyMaterial: wrapped, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', ...options.request,
    });
  }

  /** Opens a pskms ciphertext blob with node:crypto and the AES key given: the material really in use. */
  function openWithMaterial(blob: Uint8Array, material: Uint8Array): string {
    const parsed = parseCiphertextBlob(blob)!;
    const decipher = createDecipheriv('aes-256-gcm', material, parsed.iv);
    decipher.setAAD(Buffer.concat([parsed.header, encodeEncryptionContext(undefined)]));
    decipher.setAuthTag(parsed.body.subarray(parsed.body.length - 16));
    return Buffer.concat([decipher.update(parsed.body.subarray(0, parsed.body.length - 16)), decipher.final()]).toString();
  }

  it('an EXTERNAL key waits in PendingImport, and the public key is an RSA SPKI valid 24 hours', async () => {
    const key = await externalKey();
    expect(key).to.include({ KeyState: 'PendingImport', Enabled: false, Origin: 'EXTERNAL' });
    expect(key).to.not.have.any.keys('CurrentKeyMaterialId', 'ExpirationModel', 'ValidTo');
    expect(await store.error('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x') })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${key.Arn} is pending import.` });
    const params = await store.call('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_3072' });
    expect(params.KeyId).to.equal(key.Arn);
    expect(createPublicKey({ key: Buffer.from(params.PublicKey), format: 'der', type: 'spki' }).asymmetricKeyDetails?.modulusLength).to.equal(3072);
    expect(Math.abs(params.ParametersValidTo.getTime() - (Date.now() + DAY))).to.be.below(60_000);
  });

  for (const algorithm of ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256'] as const) {
    it(`imports symmetric material openssl wrapped with ${algorithm}, and encrypts with exactly that material`, async () => {
      const key = await externalKey();
      const material = randomBytes(32);
      const imported = await importMaterial(key.KeyId, material, { algorithm, spec: 'RSA_4096' });
      expect(imported.KeyId).to.equal(key.Arn);
      expect(imported.KeyMaterialId).to.match(/^[0-9a-f]{64}$/);
      const described = (await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata;
      expect(described).to.include({ KeyState: 'Enabled', Enabled: true, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', CurrentKeyMaterialId: imported.KeyMaterialId });
      const blob = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('imported') })).CiphertextBlob;
      expect(openWithMaterial(blob, material)).to.equal('imported');
      expect((await store.call('Decrypt', { CiphertextBlob: blob })).KeyMaterialId).to.equal(imported.KeyMaterialId);
    });
  }

  it("an imported HMAC key's MAC equals openssl mac's", async () => {
    for (const [spec, hash, length] of [['HMAC_256', 'SHA256', 32], ['HMAC_384', 'SHA384', 100], ['HMAC_224', 'SHA224', 28]] as const) {
      const key = await externalKey({ KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' });
      const material = randomBytes(length);
      await importMaterial(key.KeyId, material);
      const message = Buffer.from(`message for ${spec}`);
      const { Mac } = await store.call('GenerateMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: `HMAC_SHA_${spec.slice(5)}` });
      const expected = openssl(['mac', '-digest', hash, '-macopt', `hexkey:${material.toString('hex')}`, '-in', scratch.write('message', message), 'HMAC']).toString().trim();
      expect(Buffer.from(Mac).toString('hex').toUpperCase()).to.equal(expected.toUpperCase());
    }
  });

  it('refuses HMAC material of a length the key spec does not take', async () => {
    const key = await externalKey({ KeySpec: 'HMAC_512', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const error = await importMaterial(key.KeyId, randomBytes(32)).catch((e) => e);
    expect([error.type, error.message]).to.deep.equal(['IncorrectKeyMaterialException', 'The key material for a HMAC_512 key must be 64 to 128 bytes long.']);
  });

  it("an imported EC key's public key and signatures are openssl's", async () => {
    for (const [spec, curve, algorithm] of [['ECC_NIST_P256', 'P-256', 'ECDSA_SHA_256'], ['ECC_NIST_P521', 'P-521', 'ECDSA_SHA_512'], ['ECC_SECG_P256K1', 'secp256k1', 'ECDSA_SHA_256']] as const) {
      scratch.write('ec.pem', openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', `ec_paramgen_curve:${curve}`]));
      const pkcs8 = openssl(['pkcs8', '-topk8', '-nocrypt', '-outform', 'DER', '-in', scratch.path('ec.pem')]);
      const spki = openssl(['pkey', '-pubout', '-outform', 'DER', '-in', scratch.path('ec.pem')]);
      const key = await externalKey({ KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
      await importMaterial(key.KeyId, pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_256', spec: 'RSA_2048' });
      const { PublicKey } = await store.call('GetPublicKey', { KeyId: key.KeyId });
      expect(Buffer.from(PublicKey).equals(spki), `${spec} public key`).to.equal(true);
      const message = scratch.write('message', `signed with ${spec}`);
      const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: Buffer.from(`signed with ${spec}`), SigningAlgorithm: algorithm });
      const sig = scratch.write('sig', Signature);
      const hash = algorithm.endsWith('512') ? 'sha512' : 'sha256';
      expect(openssl(['dgst', `-${hash}`, '-verify', scratch.write('pub.der', spki), '-keyform', 'DER', '-signature', sig, message]).toString()).to.contain('Verified OK');
    }
  });

  it('an imported RSA key (wrapped with RSA_AES, as it must be) decrypts what openssl encrypted', async () => {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs8 = pair.privateKey.export({ format: 'der', type: 'pkcs8' });
    const key = await externalKey({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' });
    await importMaterial(key.KeyId, pkcs8, { algorithm: 'RSA_AES_KEY_WRAP_SHA_1', spec: 'RSA_3072' });
    const pub = scratch.write('rsa.der', pair.publicKey.export({ format: 'der', type: 'spki' }));
    const ciphertext = openssl(['pkeyutl', '-encrypt', '-pubin', '-keyform', 'DER', '-inkey', pub, '-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', 'rsa_oaep_md:sha256'], Buffer.from('for the imported key'));
    const opened = await store.call('Decrypt', { KeyId: key.KeyId, CiphertextBlob: ciphertext, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' });
    expect(Buffer.from(opened.Plaintext).toString()).to.equal('for the imported key');
  });

  it('refuses a private key of another spec, a token of another key, an expired token and a bad wrap', async () => {
    const key = await externalKey({ KeySpec: 'ECC_NIST_P384', KeyUsage: 'SIGN_VERIFY' });
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'der', type: 'pkcs8' });
    expect((await importMaterial(key.KeyId, p256).catch((e) => e)).type).to.equal('IncorrectKeyMaterialException');

    const other = await externalKey();
    const params = await store.call('GetParametersForImport', { KeyId: other.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const wrapped = wrapWithOpenssl(scratch, params.PublicKey, 'RSAES_OAEP_SHA_256', randomBytes(32));
    const request = { ImportToken: params.ImportToken, EncryptedKeyMaterial: wrapped, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    expect(await store.error('ImportKeyMaterial', { KeyId: key.KeyId, ...request })).to.deep.equal({
      type: 'InvalidImportTokenException', message: 'The import token is invalid or is associated with a different KMS key.',
    });
    const later: RequestContext = { ...store.ctx, now: () => new Date(Date.now() + DAY + 60_000) };
    expect((await invoke(later, 'ImportKeyMaterial', { KeyId: other.KeyId, ...request }).catch((e) => e)).type).to.equal('ExpiredImportTokenException');
    const tampered = Uint8Array.from(wrapped, (b, i) => (i === 5 ? b ^ 1 : b));
    expect((await store.error('ImportKeyMaterial', { KeyId: other.KeyId, ...request, EncryptedKeyMaterial: tampered })).type).to.equal('InvalidCiphertextException');
    expect((await store.call('DescribeKey', { KeyId: other.KeyId })).KeyMetadata.KeyState).to.equal('PendingImport');
  });

  it("gives AWS's errors for keys made by KMS, expiration rules and wrapping choices", async () => {
    const kmsKey = (await store.call('CreateKey')).KeyMetadata;
    expect(await store.error('GetParametersForImport', { KeyId: kmsKey.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' })).to.deep.equal({
      type: 'UnsupportedOperationException', message: `${kmsKey.Arn} origin is AWS_KMS which is not valid for this operation.`,
    });
    const key = await externalKey();
    const params = await store.call('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' });
    const request = { KeyId: key.KeyId, ImportToken: params.ImportToken, EncryptedKeyMaterial: wrapWithOpenssl(scratch, params.PublicKey, 'RSAES_OAEP_SHA_256', randomBytes(32)) };
    expect(await store.error('ImportKeyMaterial', request)).to.deep.equal({
      type: 'ValidationException', message: 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES',
    });
    expect((await store.error('ImportKeyMaterial', { ...request, ValidTo: new Date(Date.now() + 400 * DAY) })).type).to.equal('ValidationException');
    expect((await store.error('ImportKeyMaterial', { ...request, ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE', ValidTo: new Date(Date.now() + DAY) })).type).to.equal('ValidationException');
    expect((await store.error('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'RSAES_PKCS1_V1_5', WrappingKeySpec: 'RSA_2048' })).type).to.equal('ValidationException');
    expect((await store.error('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'SM2PKE', WrappingKeySpec: 'SM2' })).type).to.equal('ValidationException');
    expect((await store.error('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_1', WrappingKeySpec: 'RSA_1024' })).message).to.contain("Value 'RSA_1024' at 'wrappingKeySpec' failed to satisfy constraint");
    expect((await store.error('EnableKeyRotation', { KeyId: key.KeyId })).message).to.equal(`${key.Arn} origin is EXTERNAL which is not valid for this operation.`);
  });

  it('SM2PKE wraps under an SM2 wrapping key in the China Regions', async () => {
    const china = testStore({ region: 'cn-north-1' });
    try {
      const key = await externalKey({}, china);
      const material = randomBytes(32);
      await importMaterial(key.KeyId, material, { algorithm: 'SM2PKE', spec: 'SM2', s: china });
      const blob = (await china.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('sm2') })).CiphertextBlob;
      expect(openWithMaterial(blob, material)).to.equal('sm2');
      expect((await china.error('GetParametersForImport', { KeyId: key.KeyId, WrappingAlgorithm: 'RSA_AES_KEY_WRAP_SHA_256', WrappingKeySpec: 'RSA_2048' })).type).to.equal('ValidationException');
    } finally {
      china.cleanup();
    }
  });

  it('expires on a moved clock: the key is PendingImport, the material gone from the store, until it is imported again', async () => {
    const key = await externalKey();
    const material = randomBytes(32);
    const validTo = new Date(Date.now() + 10 * DAY);
    const { KeyMaterialId } = await importMaterial(key.KeyId, material, { request: { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: validTo } });
    const described = (await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata;
    expect(described).to.include({ ExpirationModel: 'KEY_MATERIAL_EXPIRES' });
    expect(described.ValidTo.getTime()).to.equal(validTo.getTime());
    const blob = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('kept') })).CiphertextBlob;

    const later = testStore({ home: store.home, env: { PSKMS_CLOCK_OFFSET: '11d' } });
    expect((await later.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata).to.include({ KeyState: 'PendingImport', CurrentKeyMaterialId: KeyMaterialId });
    expect(await later.error('Decrypt', { CiphertextBlob: blob })).to.deep.equal({ type: 'KMSInvalidStateException', message: `${key.Arn} is pending import.` });
    // the call that found it expired took the material out of the document, and a clock moved back does not bring it back
    expect(JSON.stringify(store.ctx.store.get('keys', key.KeyId))).to.not.contain(material.toString('base64'));
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('PendingImport');

    // the same material comes back with its id; other material is refused
    expect((await importMaterial(key.KeyId, randomBytes(32)).catch((e) => e)).type).to.equal('IncorrectKeyMaterialException');
    expect((await importMaterial(key.KeyId, material)).KeyMaterialId).to.equal(KeyMaterialId);
    expect(Buffer.from((await store.call('Decrypt', { CiphertextBlob: blob })).Plaintext).toString()).to.equal('kept');
  });

  it('DeleteImportedKeyMaterial leaves the key PendingImport, and the same material restores it', async () => {
    const key = await externalKey({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' });
    const material = randomBytes(32);
    const { KeyMaterialId } = await importMaterial(key.KeyId, material);
    expect(await store.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId })).to.deep.equal({ KeyId: key.Arn, KeyMaterialId });
    const described = (await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata;
    expect(described).to.include({ KeyState: 'PendingImport', Enabled: false });
    expect(described).to.not.have.any.keys('ExpirationModel', 'CurrentKeyMaterialId');
    expect((await store.error('GenerateMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' })).message).to.equal(`${key.Arn} is pending import.`);
    expect((await importMaterial(key.KeyId, randomBytes(32)).catch((e) => e)).type).to.equal('IncorrectKeyMaterialException');
    await importMaterial(key.KeyId, material);
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('Enabled');
  });

  it('several materials on one symmetric key: NEW_KEY_MATERIAL waits for RotateKeyOnDemand, and every material keeps decrypting', async () => {
    const key = await externalKey();
    const first = randomBytes(32);
    const second = randomBytes(32);
    const a = (await importMaterial(key.KeyId, first, { request: { KeyMaterialDescription: 'first one' } })).KeyMaterialId;
    const old = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('old') })).CiphertextBlob;
    expect(await store.error('RotateKeyOnDemand', { KeyId: key.KeyId })).to.deep.equal({
      type: 'KMSInvalidStateException', message: `No available key material pending rotation for the key: ${key.Arn}.`,
    });
    const b = (await importMaterial(key.KeyId, second, { request: { ImportType: 'NEW_KEY_MATERIAL' } })).KeyMaterialId;
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.CurrentKeyMaterialId).to.equal(a);
    const third = await importMaterial(key.KeyId, randomBytes(32), { request: { ImportType: 'NEW_KEY_MATERIAL' } }).catch((e) => e);
    expect(third.type).to.equal('KMSInvalidStateException');
    // (LocalStack's AWS-validated recording names the key by its id here, not its ARN)
    expect(third.message).to.match(new RegExp(`^New key material \\(id: [0-9a-f]{64}\\) cannot be imported into KMS key ${key.KeyId}, because another key material \\(id: ${b}\\) is pending rotation\\.$`));

    const pending = (await store.call('ListKeyRotations', { KeyId: key.KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' })).Rotations;
    expect(pending.map((r: Record<string, unknown>) => [r.KeyMaterialId, r.KeyMaterialState, r.ImportState, r.KeyMaterialDescription ?? null])).to.deep.equal([
      [a, 'CURRENT', 'IMPORTED', 'first one'], [b, 'PENDING_ROTATION', 'IMPORTED', null],
    ]);
    await store.call('RotateKeyOnDemand', { KeyId: key.KeyId });
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.CurrentKeyMaterialId).to.equal(b);
    const fresh = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('new') })).CiphertextBlob;
    expect(openWithMaterial(fresh, second)).to.equal('new');
    expect((await store.call('Decrypt', { CiphertextBlob: old })).KeyMaterialId).to.equal(a);
    const rotations = (await store.call('ListKeyRotations', { KeyId: key.KeyId })).Rotations;
    expect(rotations.map((r: Record<string, unknown>) => [r.KeyMaterialId, r.KeyMaterialState, r.RotationType])).to.deep.equal([[b, 'CURRENT', 'ON_DEMAND']]);
    const reencrypted = await store.call('ReEncrypt', { CiphertextBlob: old, DestinationKeyId: key.KeyId });
    expect([reencrypted.SourceKeyMaterialId, reencrypted.DestinationKeyMaterialId]).to.deep.equal([a, b]);

    // EXISTING_KEY_MATERIAL checks the id it is given
    const wrong = await importMaterial(key.KeyId, first, { request: { ImportType: 'EXISTING_KEY_MATERIAL', KeyMaterialId: b } }).catch((e) => e);
    expect(wrong.type).to.equal('IncorrectKeyMaterialException');
    // deleting a non-current material leaves the key PendingImport until it is back
    await store.call('DeleteImportedKeyMaterial', { KeyId: key.KeyId, KeyMaterialId: a });
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('PendingImport');
    await importMaterial(key.KeyId, first, { request: { ImportType: 'EXISTING_KEY_MATERIAL', KeyMaterialId: a } });
    expect((await store.call('DescribeKey', { KeyId: key.KeyId })).KeyMetadata.KeyState).to.equal('Enabled');
  });

  it('the imported material verifies against node:crypto signatures too (Ed25519)', async () => {
    const pair = generateKeyPairSync('ed25519');
    const key = await externalKey({ KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' });
    await importMaterial(key.KeyId, pair.privateKey.export({ format: 'der', type: 'pkcs8' }));
    const { Signature } = await store.call('Sign', { KeyId: key.KeyId, Message: Buffer.from('ed'), SigningAlgorithm: 'ED25519_SHA_512' });
    expect(verify(null, Buffer.from('ed'), pair.publicKey, Signature)).to.equal(true);
  });
});
