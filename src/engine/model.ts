// The KMS API model as data: every operation pskms serves, its input members with the
// types and constraints of AWS's service model (KMS API 2014-11-01). One table drives request
// validation (ValidationException texts), the AWS-CLI dialect's option parsing and, later,
// the cmdlet and HTTP front ends. test/engine/model.spec.ts checks it against botocore's model.

export type Shape =
  | {
      type: 'string';
      min?: number;
      max?: number;
      pattern?: RegExp;
      /** the pattern as AWS's messages print it, where that differs from the RegExp's source */
      patternText?: string;
      enum?: readonly string[];
      /** the list AWS's enum error prints, where it is not `enum` itself */
      enumText?: readonly string[];
    }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'timestamp' }
  | { type: 'blob'; min?: number; max?: number; sensitive?: boolean }
  | { type: 'map'; key: Shape; value: Shape }
  | { type: 'list'; member: Shape; min?: number; max?: number }
  | { type: 'structure'; members: Readonly<Record<string, Shape>>; required?: readonly string[] };

export interface OperationModel {
  readonly name: OperationName;
  readonly input: Readonly<Record<string, Shape>>;
  readonly required: readonly string[];
}

// Enum values are listed in the order AWS's ValidationException prints them, which is not
// always the model's order.
export const KEY_SPECS = [
  'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521',
  'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519', 'SYMMETRIC_DEFAULT', 'HMAC_224', 'HMAC_256', 'HMAC_384',
  'HMAC_512', 'SM2', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87',
] as const;
export const CUSTOMER_MASTER_KEY_SPECS = KEY_SPECS.filter((s) => s !== 'ECC_NIST_EDWARDS25519' && !s.startsWith('ML_DSA'));
export const KEY_USAGES = ['ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'] as const;
export const ORIGINS = ['AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const;
export const ENCRYPTION_ALGORITHMS = ['RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT'] as const;
export const SIGNING_ALGORITHMS = [
  'RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256',
  'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'ECDSA_SHA_256', 'ECDSA_SHA_384',
  'ECDSA_SHA_512', 'ED25519_SHA_512', 'ED25519_PH_SHA_512', 'SM2DSA', 'ML_DSA_SHAKE_256',
] as const;
const GRANT_OPERATIONS = [
  'Decrypt', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyWithoutPlaintext', 'ReEncryptFrom', 'ReEncryptTo', 'Sign',
  'Verify', 'GetPublicKey', 'CreateGrant', 'RetireGrant', 'DescribeKey', 'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext', 'GenerateMac', 'VerifyMac', 'DeriveSharedSecret',
] as const;
export type GrantOperation = (typeof GRANT_OPERATIONS)[number];
export const WRAPPING_ALGORITHMS = ['RSAES_PKCS1_V1_5', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'SM2PKE'] as const;
export const WRAPPING_KEY_SPECS = ['RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2'] as const;
export const EXPIRATION_MODELS = ['KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE'] as const;
export const IMPORT_TYPES = ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL'] as const;
export const INCLUDE_KEY_MATERIAL = ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] as const;
export const KEY_ENCRYPTION_MECHANISMS = ['RSAES_OAEP_SHA_256'] as const;
export const CUSTOM_KEY_STORE_TYPES = ['AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE'] as const;
export const XKS_PROXY_CONNECTIVITY = ['PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE'] as const;
export const MESSAGE_TYPES = ['RAW', 'DIGEST', 'EXTERNAL_MU'] as const;
export const DATA_KEY_SPECS = ['AES_256', 'AES_128'] as const;
export const DATA_KEY_PAIR_SPECS = [
  'RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521',
  'ECC_SECG_P256K1', 'SM2', 'ECC_NIST_EDWARDS25519',
] as const;
export const KEY_AGREEMENT_ALGORITHMS = ['ECDH'] as const;
export const MAC_ALGORITHMS = ['HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512'] as const;
/** the order AWS's ValidationException lists them in */
const MAC_ALGORITHMS_TEXT = ['HMAC_SHA_384', 'HMAC_SHA_256', 'HMAC_SHA_224', 'HMAC_SHA_512'];

export type KeySpec = (typeof KEY_SPECS)[number];
export type KeyUsage = (typeof KEY_USAGES)[number];
export type EncryptionAlgorithm = (typeof ENCRYPTION_ALGORITHMS)[number];
export type SigningAlgorithm = (typeof SIGNING_ALGORITHMS)[number];
export type MessageType = (typeof MESSAGE_TYPES)[number];
export type DataKeyPairSpec = (typeof DATA_KEY_PAIR_SPECS)[number];
export type MacAlgorithm = (typeof MAC_ALGORITHMS)[number];

// (the helpers keep their literal types, so that request types can be derived from the model)
const str = <const C extends { min?: number; max?: number; pattern?: RegExp }>(c: C = {} as C) => ({ type: 'string' as const, ...c });
const enumOf = <const T extends readonly string[]>(values: T) => ({ type: 'string' as const, enum: values });
const int = (min: number, max: number) => ({ type: 'integer' as const, min, max });
const bool = { type: 'boolean' } as const;
const blob = (min: number, max: number, sensitive = false) => ({ type: 'blob' as const, min, max, ...(sensitive ? { sensitive } : {}) });

// KMS checks key ids against ^\p{ASCII}+$ on the server, though the published model omits it.
const PrincipalId = { type: 'string', min: 1, max: 256, pattern: /^[\w+=,.@:/-]+$/ } as const satisfies Shape;
const ServicePrincipal = { type: 'string', min: 1, max: 128, pattern: /^([A-Za-z0-9-]+)\.([A-Za-z0-9-]+)(\.[A-Za-z0-9-]+)+$/, patternText: '^([A-Za-z0-9\\-]+)\\.([A-Za-z0-9\\-]+)(\\.[A-Za-z0-9\\-]+)+$' } as const satisfies Shape;
const GrantId = { type: 'string', min: 1, max: 128 } as const satisfies Shape;
const GrantToken = { type: 'string', min: 1, max: 8192 } as const satisfies Shape;
const Region = { type: 'string', min: 1, max: 32, pattern: /^([a-z]+-){2,3}\d+$/ } as const satisfies Shape;
const CustomKeyStoreId = str({ min: 1, max: 64 });
const CustomKeyStoreName = str({ min: 1, max: 256 });
const XksProxyMembers = {
  XksProxyUriEndpoint: str({ min: 10, max: 128, pattern: /^https:\/\/[a-zA-Z0-9.-]+$/ }),
  XksProxyUriPath: { type: 'string', min: 10, max: 128, pattern: /^(\/[a-zA-Z0-9/_-]+\/kms\/xks\/v\d{1,2})$|^(\/kms\/xks\/v\d{1,2})$/, patternText: '^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$' } as const satisfies Shape,
  XksProxyVpcEndpointServiceName: str({ min: 20, max: 64, pattern: /^(com|eu)\.amazonaws\.vpce\.([a-z]+-){2,3}\d+\.vpce-svc-[0-9a-z]+$/ }),
  XksProxyVpcEndpointServiceOwner: { type: 'string', min: 12, max: 12, pattern: /^[0-9]{12}$/, patternText: '[0-9]{12}' } as const satisfies Shape,
  XksProxyAuthenticationCredential: {
    type: 'structure',
    members: {
      AccessKeyId: str({ min: 20, max: 30, pattern: /^[A-Z2-7]+$/ }),
      RawSecretAccessKey: str({ min: 43, max: 64, pattern: /^[a-zA-Z0-9/+=]+$/ }),
    },
    required: ['AccessKeyId', 'RawSecretAccessKey'],
  } as const satisfies Shape,
  XksProxyConnectivity: enumOf(XKS_PROXY_CONNECTIVITY),
};
const CloudHsmClusterId = { type: 'string', min: 19, max: 24, pattern: /^cluster-[2-7a-zA-Z]{11,16}$/, patternText: 'cluster-[2-7a-zA-Z]{11,16}' } as const satisfies Shape;
const KeyStorePassword = { type: 'string', min: 7, max: 32 } as const satisfies Shape;
const KeyMaterialId = { type: 'string', min: 64, max: 64, pattern: /^[a-f0-9]+$/ } as const satisfies Shape;
const KeyId = { type: 'string', min: 1, max: 2048, pattern: /^[\x00-\x7F]+$/, patternText: '^\\p{ASCII}+$' } as const satisfies Shape;
const AliasName = str({ min: 1, max: 256, pattern: /^[a-zA-Z0-9:/_-]+$/ });
const GrantTokens = { type: 'list', member: str({ min: 1, max: 8192 }), min: 0, max: 10 } as const satisfies Shape;
const EncryptionContext = { type: 'map', key: str(), value: str() } as const satisfies Shape;
const DryRun = bool;
const Policy = { type: 'string', min: 1, max: 131072, pattern: /^[\u0009\u000A\u000D\u0020-\u00FF]+$/, patternText: '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+' } as const satisfies Shape;
const PolicyName = { type: 'string', min: 1, max: 128, pattern: /^[\w]+$/, patternText: '[\\w]+' } as const satisfies Shape;
const DryRunModifiers = { type: 'list', member: enumOf(['IGNORE_CIPHERTEXT']) } as const satisfies Shape;
const Limit = int(1, 1000);
const Marker = { type: 'string', min: 1, max: 1024, pattern: /^[\u0020-\u00FF]*$/, patternText: '[\\u0020-\\u00FF]*' } as const satisfies Shape;
const Plaintext = blob(1, 4096, true);
const Ciphertext = blob(1, 6144);
const EncryptionAlgorithm = enumOf(ENCRYPTION_ALGORITHMS);
const Recipient = {
  type: 'structure',
  members: { KeyEncryptionAlgorithm: enumOf(KEY_ENCRYPTION_MECHANISMS), AttestationDocument: blob(1, 262144) },
} as const satisfies Shape;
const Tags = {
  type: 'list',
  member: {
    type: 'structure',
    members: { TagKey: str({ min: 1, max: 128 }), TagValue: str({ min: 0, max: 256 }) },
    required: ['TagKey', 'TagValue'],
  },
} as const satisfies Shape;
const NumberOfBytes = int(1, 1024);
// AWS's error for a bad data key spec lists CreateKey's key specs, not AES_256 / AES_128
const DataKeySpec = { type: 'string', enum: DATA_KEY_SPECS, enumText: KEY_SPECS } as const satisfies Shape;

const definitions = {
  CreateKey: {
    input: {
      Policy,
      Description: str({ min: 0, max: 8192 }),
      KeyUsage: enumOf(KEY_USAGES),
      CustomerMasterKeySpec: enumOf(CUSTOMER_MASTER_KEY_SPECS),
      KeySpec: enumOf(KEY_SPECS),
      Origin: enumOf(ORIGINS),
      CustomKeyStoreId: str({ min: 1, max: 64 }),
      BypassPolicyLockoutSafetyCheck: bool,
      Tags,
      MultiRegion: bool,
      XksKeyId: str({ min: 1, max: 128, pattern: /^[a-zA-Z0-9-_.]+$/ }),
    },
    required: [],
  },
  DescribeKey: { input: { KeyId, GrantTokens }, required: ['KeyId'] },
  ListKeys: { input: { Limit, Marker }, required: [] },
  GetPublicKey: { input: { KeyId, GrantTokens }, required: ['KeyId'] },
  EnableKey: { input: { KeyId }, required: ['KeyId'] },
  DisableKey: { input: { KeyId }, required: ['KeyId'] },
  ScheduleKeyDeletion: { input: { KeyId, PendingWindowInDays: int(1, 365) }, required: ['KeyId'] },
  CancelKeyDeletion: { input: { KeyId }, required: ['KeyId'] },
  UpdateKeyDescription: { input: { KeyId, Description: str({ min: 0, max: 8192 }) }, required: ['KeyId', 'Description'] },
  ListResourceTags: { input: { KeyId, Limit, Marker }, required: ['KeyId'] },
  GetKeyPolicy: { input: { KeyId, PolicyName }, required: ['KeyId'] },
  PutKeyPolicy: { input: { KeyId, PolicyName, Policy, BypassPolicyLockoutSafetyCheck: bool }, required: ['KeyId', 'Policy'] },
  ListKeyPolicies: { input: { KeyId, Limit, Marker }, required: ['KeyId'] },
  EnableKeyRotation: { input: { KeyId, RotationPeriodInDays: int(90, 2560) }, required: ['KeyId'] },
  DisableKeyRotation: { input: { KeyId }, required: ['KeyId'] },
  GetKeyRotationStatus: { input: { KeyId }, required: ['KeyId'] },
  RotateKeyOnDemand: { input: { KeyId }, required: ['KeyId'] },
  ListKeyRotations: { input: { KeyId, IncludeKeyMaterial: enumOf(INCLUDE_KEY_MATERIAL), Limit, Marker }, required: ['KeyId'] },
  GetParametersForImport: {
    input: {
      KeyId,
      WrappingAlgorithm: enumOf(WRAPPING_ALGORITHMS),
      WrappingKeySpec: enumOf(WRAPPING_KEY_SPECS),
    },
    required: ['KeyId', 'WrappingAlgorithm', 'WrappingKeySpec'],
  },
  ImportKeyMaterial: {
    input: {
      KeyId, ImportToken: Ciphertext, EncryptedKeyMaterial: Ciphertext, ValidTo: { type: 'timestamp' },
      ExpirationModel: enumOf(EXPIRATION_MODELS),
      ImportType: enumOf(IMPORT_TYPES),
      KeyMaterialDescription: { type: 'string', min: 0, max: 256, pattern: /^[a-zA-Z0-9:/_\s.-]+$/ },
      KeyMaterialId,
    },
    required: ['KeyId', 'ImportToken', 'EncryptedKeyMaterial'],
  },
  DeleteImportedKeyMaterial: { input: { KeyId, KeyMaterialId }, required: ['KeyId'] },
  CreateGrant: {
    input: {
      KeyId, GranteePrincipal: PrincipalId, RetiringPrincipal: PrincipalId,
      Operations: { type: 'list', member: enumOf(GRANT_OPERATIONS) },
      Constraints: {
        type: 'structure',
        members: {
          EncryptionContextSubset: EncryptionContext, EncryptionContextEquals: EncryptionContext,
          SourceArn: { type: 'string', min: 20, max: 512, pattern: /^arn:aws[a-z0-9-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9]{12}:.+$/ },
        },
      },
      GrantTokens, Name: str({ min: 1, max: 256, pattern: /^[a-zA-Z0-9:/_-]+$/ }), DryRun,
      GranteeServicePrincipal: ServicePrincipal, RetiringServicePrincipal: ServicePrincipal,
    },
    required: ['KeyId', 'Operations'],
  },
  ListGrants: { input: { Limit, Marker, KeyId, GrantId, GranteePrincipal: PrincipalId, GranteeServicePrincipal: ServicePrincipal }, required: ['KeyId'] },
  ListRetirableGrants: { input: { Limit, Marker, RetiringPrincipal: PrincipalId, RetiringServicePrincipal: ServicePrincipal }, required: [] },
  RetireGrant: { input: { GrantToken, KeyId, GrantId, DryRun }, required: [] },
  RevokeGrant: { input: { KeyId, GrantId, DryRun }, required: ['KeyId', 'GrantId'] },
  GetKeyLastUsage: { input: { KeyId }, required: ['KeyId'] },
  ReplicateKey: {
    input: { KeyId, ReplicaRegion: Region, Policy, BypassPolicyLockoutSafetyCheck: bool, Description: str({ min: 0, max: 8192 }), Tags },
    required: ['KeyId', 'ReplicaRegion'],
  },
  UpdatePrimaryRegion: { input: { KeyId, PrimaryRegion: Region }, required: ['KeyId', 'PrimaryRegion'] },
  CreateCustomKeyStore: {
    input: {
      CustomKeyStoreName, CloudHsmClusterId, TrustAnchorCertificate: str({ min: 1, max: 5000 }), KeyStorePassword,
      CustomKeyStoreType: enumOf(CUSTOM_KEY_STORE_TYPES), ...XksProxyMembers,
    },
    required: ['CustomKeyStoreName'],
  },
  DescribeCustomKeyStores: { input: { CustomKeyStoreId, CustomKeyStoreName, Limit, Marker }, required: [] },
  UpdateCustomKeyStore: {
    input: { CustomKeyStoreId, NewCustomKeyStoreName: CustomKeyStoreName, KeyStorePassword, CloudHsmClusterId, ...XksProxyMembers },
    required: ['CustomKeyStoreId'],
  },
  DeleteCustomKeyStore: { input: { CustomKeyStoreId }, required: ['CustomKeyStoreId'] },
  ConnectCustomKeyStore: { input: { CustomKeyStoreId }, required: ['CustomKeyStoreId'] },
  DisconnectCustomKeyStore: { input: { CustomKeyStoreId }, required: ['CustomKeyStoreId'] },
  TagResource: { input: { KeyId, Tags }, required: ['KeyId', 'Tags'] },
  UntagResource: {
    input: { KeyId, TagKeys: { type: 'list', member: str({ min: 1, max: 128 }) } },
    required: ['KeyId', 'TagKeys'],
  },
  CreateAlias: { input: { AliasName, TargetKeyId: KeyId }, required: ['AliasName', 'TargetKeyId'] },
  UpdateAlias: { input: { AliasName, TargetKeyId: KeyId }, required: ['AliasName', 'TargetKeyId'] },
  DeleteAlias: { input: { AliasName }, required: ['AliasName'] },
  ListAliases: { input: { KeyId, Limit, Marker }, required: [] },
  Encrypt: {
    input: { KeyId, Plaintext, EncryptionContext, GrantTokens, EncryptionAlgorithm, DryRun },
    required: ['KeyId', 'Plaintext'],
  },
  Decrypt: {
    input: {
      CiphertextBlob: Ciphertext, EncryptionContext, GrantTokens, KeyId, EncryptionAlgorithm, Recipient,
      DryRun, DryRunModifiers,
    },
    // not required in the model: DryRun with IGNORE_CIPHERTEXT needs none
    required: [],
  },
  ReEncrypt: {
    input: {
      CiphertextBlob: Ciphertext, SourceEncryptionContext: EncryptionContext, SourceKeyId: KeyId,
      DestinationKeyId: KeyId, DestinationEncryptionContext: EncryptionContext,
      SourceEncryptionAlgorithm: EncryptionAlgorithm, DestinationEncryptionAlgorithm: EncryptionAlgorithm,
      GrantTokens, DryRun, DryRunModifiers,
    },
    required: ['DestinationKeyId'],
  },
  GenerateDataKey: {
    input: { KeyId, EncryptionContext, NumberOfBytes, KeySpec: DataKeySpec, GrantTokens, Recipient, DryRun },
    required: ['KeyId'],
  },
  GenerateDataKeyWithoutPlaintext: {
    input: { KeyId, EncryptionContext, KeySpec: DataKeySpec, NumberOfBytes, GrantTokens, DryRun },
    required: ['KeyId'],
  },
  GenerateRandom: { input: { NumberOfBytes, CustomKeyStoreId: str({ min: 1, max: 64 }), Recipient }, required: [] },
  GenerateDataKeyPair: {
    input: { EncryptionContext, KeyId, KeyPairSpec: enumOf(DATA_KEY_PAIR_SPECS), GrantTokens, Recipient, DryRun },
    required: ['KeyId', 'KeyPairSpec'],
  },
  GenerateDataKeyPairWithoutPlaintext: {
    input: { EncryptionContext, KeyId, KeyPairSpec: enumOf(DATA_KEY_PAIR_SPECS), GrantTokens, DryRun },
    required: ['KeyId', 'KeyPairSpec'],
  },
  Sign: {
    input: {
      KeyId, Message: blob(1, 4096, true), MessageType: enumOf(MESSAGE_TYPES), GrantTokens,
      SigningAlgorithm: enumOf(SIGNING_ALGORITHMS), DryRun,
    },
    required: ['KeyId', 'Message', 'SigningAlgorithm'],
  },
  Verify: {
    input: {
      KeyId, Message: blob(1, 4096, true), MessageType: enumOf(MESSAGE_TYPES), Signature: blob(1, 6144),
      SigningAlgorithm: enumOf(SIGNING_ALGORITHMS), GrantTokens, DryRun,
    },
    required: ['KeyId', 'Message', 'Signature', 'SigningAlgorithm'],
  },
  GenerateMac: {
    input: { Message: blob(1, 4096, true), KeyId, MacAlgorithm: { type: 'string', enum: MAC_ALGORITHMS, enumText: MAC_ALGORITHMS_TEXT }, GrantTokens, DryRun },
    required: ['Message', 'KeyId', 'MacAlgorithm'],
  },
  VerifyMac: {
    input: {
      Message: blob(1, 4096, true), KeyId, MacAlgorithm: { type: 'string', enum: MAC_ALGORITHMS, enumText: MAC_ALGORITHMS_TEXT },
      Mac: blob(1, 6144), GrantTokens, DryRun,
    },
    required: ['Message', 'KeyId', 'MacAlgorithm', 'Mac'],
  },
  DeriveSharedSecret: {
    input: {
      KeyId, KeyAgreementAlgorithm: enumOf(KEY_AGREEMENT_ALGORITHMS), PublicKey: blob(1, 8192), GrantTokens,
      DryRun, Recipient,
    },
    required: ['KeyId', 'KeyAgreementAlgorithm', 'PublicKey'],
  },
} as const satisfies Record<string, { input: Record<string, Shape>; required: readonly string[] }>;

export type OperationName = keyof typeof definitions;

/** The value a member of a shape holds in an engine request (blobs as bytes, times as Dates, enums as their values). */
type ValueOf<S> =
  S extends { type: 'string'; enum: readonly (infer E extends string)[] } ? E
  : S extends { type: 'string' } ? string
  : S extends { type: 'integer' } ? number
  : S extends { type: 'boolean' } ? boolean
  : S extends { type: 'blob' } ? Uint8Array
  : S extends { type: 'timestamp' } ? Date
  : S extends { type: 'list'; member: infer M } ? ValueOf<M>[]
  : S extends { type: 'map'; value: infer V } ? Record<string, ValueOf<V>>
  : S extends { type: 'structure'; members: infer Ms } ? StructureOf<Ms, S extends { required: readonly (infer R)[] } ? R : never>
  : never;

type StructureOf<Ms, R> = { [K in keyof Ms & R]: ValueOf<Ms[K]> } & { [K in Exclude<keyof Ms, R>]?: ValueOf<Ms[K]> };

/**
 * An operation's request as its handler receives it, derived from the model: validated, so every
 * required member is there, and members sent as null are gone.
 */
export type RequestOf<Op extends OperationName> = StructureOf<(typeof definitions)[Op]['input'], (typeof definitions)[Op]['required'][number]>;

export const OPERATIONS: Readonly<Record<OperationName, OperationModel>> = Object.fromEntries(
  Object.entries(definitions).map(([name, d]) => [name, { name, input: d.input, required: d.required }]),
) as unknown as Record<OperationName, OperationModel>;

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name);
}
