// Error texts against what real KMS returned, as recorded in LocalStack's AWS-validated
// snapshots (localstack/localstack, tests/aws/services/kms/test_kms.snapshot.json): the same
// exception and the same words, down to the final period (issue 12, item 13).
import { expect } from 'chai';
import { testStore, type TestStore } from '../helpers/store.js';

describe('error texts as real KMS recorded them', () => {
  let store: TestStore;
  let symmetric: { KeyId: string; Arn: string };
  let other: { KeyId: string };
  let hmac224: { KeyId: string };
  let signing: { KeyId: string; Arn: string };
  let external: { KeyId: string; Arn: string };
  before(async () => {
    store = testStore();
    external = (await store.call('CreateKey', { Origin: 'EXTERNAL' })).KeyMetadata;
    symmetric = (await store.call('CreateKey')).KeyMetadata;
    other = (await store.call('CreateKey')).KeyMetadata;
    hmac224 = (await store.call('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
    signing = (await store.call('CreateKey', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' })).KeyMetadata;
  });
  after(() => store.cleanup());

  type Request = [Parameters<TestStore['call']>[0], Record<string, unknown>];
  const cases: [string, () => Request | Promise<Request>, string, () => string][] = [
    ['test_generate_random_invalid_number_of_bytes[None]', () => ['GenerateRandom', {}], 'ValidationException', () => 'NumberOfBytes is required.'],
    ['test_derive_shared_secret: response-invalid-key-spec', () => ['CreateKey', { KeySpec: 'RSA_2048', KeyUsage: 'KEY_AGREEMENT' }], 'ValidationException', () => 'KeyUsage KEY_AGREEMENT is not compatible with KeySpec RSA_2048'],
    ['test_create_key_with_too_many_tags_raises_error', () => ['CreateKey', { Tags: Array.from({ length: 51 }, (_, i) => ({ TagKey: `k${i}`, TagValue: 'v' })) }], 'TagException', () => 'Too many tags'],
    ['test_tag_key_with_duplicate_tag_keys_raises_error', () => ['TagResource', { KeyId: symmetric.KeyId, Tags: [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'a', TagValue: '2' }] }], 'TagException', () => 'Duplicate tag keys'],
    ['test_tag_existing_key_with_invalid_tag_key', () => ['TagResource', { KeyId: symmetric.KeyId, Tags: [{ TagKey: 'aws:key1', TagValue: 'v' }] }], 'TagException', () => 'Tags beginning with aws: are reserved'],
    ['test_error_messaging_for_invalid_keys: decrypt-invalid-key-id', async (): Promise<Request> => ['Decrypt', { CiphertextBlob: (await store.call('Encrypt', { KeyId: symmetric.KeyId, Plaintext: Buffer.from('x') })).CiphertextBlob, KeyId: other.KeyId }], 'IncorrectKeyException', () => 'The key ID in the request does not identify a CMK that can perform this operation.'],
    ['test_get_key_invalid_uuid', () => ['DescribeKey', { KeyId: 'mrk-fake-key-id' }], 'NotFoundException', () => "Invalid keyId 'mrk-fake-key-id'"],
    ['test_get_key_invalid_uuid-2', () => ['DescribeKey', { KeyId: '134f2428cec14b25a1ae9048164dba47' }], 'NotFoundException', () => "Invalid keyId '134f2428cec14b25a1ae9048164dba47'"],
    ['test_invalid_generate_mac[HMAC_224-HMAC_SHA_256]', () => ['GenerateMac', { KeyId: hmac224.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' }], 'InvalidKeyUsageException', () => 'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.'],
    ['test_hmac_create_key_invalid_operations', () => ['CreateKey', { KeySpec: 'HMAC_256' }], 'ValidationException', () => 'You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.'],
    ['test_create_alias', () => ['CreateAlias', { AliasName: 'no-prefix', TargetKeyId: symmetric.KeyId }], 'ValidationException', () => 'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html'],
    ['test_sign_verify: key usage', () => ['Encrypt', { KeyId: signing.KeyId, Plaintext: Buffer.from('x') }], 'InvalidKeyUsageException', () => `${signing.Arn} key usage is SIGN_VERIFY which is not valid for Encrypt.`],
    ['test_rotate_key_on_demand_raises_error_given_key_is_disabled: a disabled key', async (): Promise<Request> => { await store.call('DisableKey', { KeyId: other.KeyId }); return ['Encrypt', { KeyId: other.KeyId, Plaintext: Buffer.from('x') }]; }, 'DisabledException', () => `arn:aws:kms:us-east-1:111122223333:key/${other.KeyId} is disabled.`],
    ['test_generate_data_key_pair_dry_run', () => ['GenerateDataKeyPair', { KeyId: symmetric.KeyId, KeyPairSpec: 'RSA_2048', DryRun: true }], 'DryRunOperationException', () => 'The request would have succeeded, but the DryRun option is set.'],
    ['test_generate_random_invalid_number_of_bytes[0]', () => ['GenerateRandom', { NumberOfBytes: 0 }], 'ValidationException', () => "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: Member must have value greater than or equal to 1"],
    ['test_encrypt_validate_plaintext_size', () => ['Encrypt', { KeyId: symmetric.KeyId, Plaintext: Buffer.alloc(4097) }], 'ValidationException', () => "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096"],
    ['test_get_parameters_for_import', () => ['GetParametersForImport', { KeyId: symmetric.KeyId, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }], 'UnsupportedOperationException', () => `${symmetric.Arn} origin is AWS_KMS which is not valid for this operation.`],
    ['test_import_key_symmetric: encrypt before import', () => ['Encrypt', { KeyId: external.KeyId, Plaintext: Buffer.from('x') }], 'KMSInvalidStateException', () => `${external.Arn} is pending import.`],
    ['test_import_key_symmetric: no ValidTo', () => ['ImportKeyMaterial', { KeyId: external.KeyId, ImportToken: Buffer.from('t'), EncryptedKeyMaterial: Buffer.from('m') }], 'ValidationException', () => 'A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES'],
    ['test_rotate_key_on_demand_on_external_key_with_no_key_material', () => ['RotateKeyOnDemand', { KeyId: external.KeyId }], 'KMSInvalidStateException', () => `${external.Arn} is pending import.`],
  ];

  for (const [recording, request, type, message] of cases) {
    it(recording, async () => {
      const [operation, body] = await request();
      expect(await store.error(operation, body)).to.deep.equal({ type, message: message() });
    });
  }
});
