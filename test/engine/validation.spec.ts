// ValidationException in AWS's words, raised before any key is looked up.
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

const MISSING_KEY = '00000000-0000-0000-0000-000000000000';

describe('request validation', () => {
  let store: TestStore;
  before(() => (store = testStore()));
  after(() => store.cleanup());

  const cases: [string, Parameters<TestStore['call']>[0], Record<string, unknown>, string][] = [
    ['a missing required member', 'DescribeKey', {}, "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null"],
    ['a missing sensitive blob drops the word null', 'Encrypt', { KeyId: MISSING_KEY }, "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must not be null"],
    ['an empty key id breaks two constraints', 'GetPublicKey', { KeyId: '' }, "2 validation errors detected: Value '' at 'keyId' failed to satisfy constraint: Member must have length greater than or equal to 1; Value '' at 'keyId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\p{ASCII}+$"],
    ['a non-ASCII key id', 'DescribeKey', { KeyId: 'キー' }, "1 validation error detected: Value 'キー' at 'keyId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\p{ASCII}+$"],
    ['an unknown enum value, listed in AWS\'s order', 'Sign', { KeyId: MISSING_KEY, Message: Buffer.from('m'), SigningAlgorithm: 'FOO' }, "1 validation error detected: Value 'FOO' at 'signingAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, ED25519_SHA_512, ED25519_PH_SHA_512, SM2DSA, ML_DSA_SHAKE_256]"],
    ['an unknown encryption algorithm', 'Encrypt', { KeyId: MISSING_KEY, Plaintext: Buffer.from('x'), EncryptionAlgorithm: 'AES' }, "1 validation error detected: Value 'AES' at 'encryptionAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE, SYMMETRIC_DEFAULT]"],
    ['a bad data key spec lists the key specs, as AWS does', 'GenerateDataKey', { KeyId: MISSING_KEY, KeySpec: 'RSA_2048' }, "1 validation error detected: Value 'RSA_2048' at 'keySpec' failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, SYMMETRIC_DEFAULT, HMAC_224, HMAC_256, HMAC_384, HMAC_512, SM2, ML_DSA_44, ML_DSA_65, ML_DSA_87]"],
    ['a number out of range is quoted', 'GenerateRandom', { NumberOfBytes: 1025 }, "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024"],
    ['a blob is never echoed', 'Verify', { KeyId: MISSING_KEY, Message: Buffer.from('m'), Signature: Buffer.alloc(6145), SigningAlgorithm: 'ECDSA_SHA_256' }, "1 validation error detected: Value at 'signature' failed to satisfy constraint: Member must have length less than or equal to 6144"],
    ['a tag key too long, by its list path', 'CreateKey', { Tags: [{ TagKey: 'k'.repeat(129), TagValue: 'v' }] }, `1 validation error detected: Value '${'k'.repeat(129)}' at 'tags.1.member.tagKey' failed to satisfy constraint: Member must have length less than or equal to 128`],
    ['too many grant tokens', 'DescribeKey', { KeyId: MISSING_KEY, GrantTokens: Array(11).fill('t') }, `1 validation error detected: Value '${JSON.stringify(Array(11).fill('t'))}' at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10`],
  ];

  for (const [what, op, request, message] of cases) {
    it(`${what} (${op})`, async () => {
      expect(await store.error(op, request)).to.deep.equal({ type: 'ValidationException', message });
    });
  }

  it('GenerateRandom without NumberOfBytes and GenerateDataKey with both or neither size', async () => {
    expect(await store.error('GenerateRandom', {})).to.deep.equal({ type: 'ValidationException', message: 'NumberOfBytes is required.' });
    // checked after the key is found, before its usage or state
    expect((await store.error('GenerateDataKey', { KeyId: 'alias/none' })).type).to.equal('NotFoundException');
    const signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
    expect(await store.error('GenerateDataKey', { KeyId: signing.KeyId })).to.deep.equal({ type: 'ValidationException', message: 'Please specify either number of bytes or key spec.' });
    expect(await store.error('GenerateDataKey', { KeyId: signing.KeyId, KeySpec: 'AES_128' })).to.deep.equal({
      type: 'InvalidKeyUsageException', message: `${signing.Arn} key usage is SIGN_VERIFY which is not valid for GenerateDataKey.`,
    });
    const rsa = (await store.call('CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' })).KeyMetadata;
    expect(await store.error('GenerateDataKey', { KeyId: rsa.KeyId, KeySpec: 'AES_128' })).to.deep.equal({
      type: 'InvalidKeyUsageException', message: 'You cannot generate a data key with an asymmetric CMK',
    });
  });

  it('a member set to null is a member not given, in structures too', async () => {
    // found by test/reliability/fuzz.spec.ts: handlers test members against undefined, so a null
    // KeyId reached findKey (a TypeError, answered as KMSInternalException)
    const key = (await store.call('CreateKey', {})).KeyMetadata;
    const blob = (await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob;
    expect(await store.error('Decrypt', { CiphertextBlob: Buffer.alloc(256, 0x7e), KeyId: null, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).to.deep.equal({ type: 'InvalidCiphertextException', message: '' });
    expect((await store.call('Decrypt', { CiphertextBlob: blob, KeyId: null, Recipient: null })).Plaintext).to.deep.equal(Buffer.from('x'));
    expect((await store.call('ReEncrypt', { CiphertextBlob: blob, SourceKeyId: null, DestinationKeyId: key.KeyId })).KeyId).to.equal(key.Arn);
    expect((await store.call('ListAliases', { KeyId: null })).Aliases).to.be.an('array');
    expect((await store.call('GenerateRandom', { NumberOfBytes: 4, Recipient: null })).Plaintext).to.have.length(4);
    expect(await store.error('GenerateDataKey', { KeyId: key.KeyId, KeySpec: 'AES_256', Recipient: { AttestationDocument: null } })).to.deep.equal({
      type: 'ValidationException', message: "1 validation error detected: Value null at 'recipient.attestationDocument' failed to satisfy constraint: Member must not be null",
    });
  });

  it('a wrong-typed value that String() cannot convert is still a ValidationException', async () => {
    // found by test/reliability/fuzz.spec.ts: String({ toString: 0 }) threw a TypeError out of validateRequest
    expect(await store.error('Encrypt', { KeyId: MISSING_KEY, Plaintext: Buffer.from('x'), DryRun: { toString: 0 } })).to.deep.equal({
      type: 'ValidationException', message: "1 validation error detected: Value '[object Object]' at 'dryRun' failed to satisfy constraint: Member must be a boolean",
    });
    expect((await store.error('GenerateRandom', { NumberOfBytes: { toString: [] } })).message).to.equal(
      "1 validation error detected: Value '[object Object]' at 'numberOfBytes' failed to satisfy constraint: Member must be an integer",
    );
  });

  it('grant tokens are accepted where AWS accepts them', async () => {
    const key = (await store.call('CreateKey', {})).KeyMetadata;
    await store.call('Encrypt', { KeyId: key.KeyId, Plaintext: Buffer.from('x'), GrantTokens: ['token-1', 'token-2'] });
  });

  it('counts every problem but lists only the first ten, and never quotes a value of more than 1 KiB (issue 12)', async () => {
    // 100,000 context values that are not strings
    const context = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const err = await store.error('Encrypt', { KeyId: MISSING_KEY, Plaintext: Buffer.from('x'), EncryptionContext: context });
    expect(err.type).to.equal('ValidationException');
    expect(err.message).to.match(/^100000 validation errors detected: Value '0' at 'encryptionContext.k0' failed to satisfy constraint: Member must be a string; /);
    expect(err.message.split('; ')).to.have.length(10);
    expect(err.message.length).to.be.below(2000);
    // a grant-token list far over its limit is quoted up to 1 KiB
    const long = await store.error('DescribeKey', { KeyId: MISSING_KEY, GrantTokens: Array(50_000).fill('token') });
    expect(long.message).to.match(/^1 validation error detected: Value '\["token","token",.*\.\.\.' at 'grantTokens' failed to satisfy constraint: Member must have length less than or equal to 10$/);
    expect(long.message.length).to.be.below(1300);
  });
});
