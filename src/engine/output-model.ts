// The shapes of KMS responses (KMS API 2014-11-01): each operation's output members in the
// model's order, and the structures they contain. Front ends that need types the engine's
// plain objects do not carry (.NET types for the cmdlets, JSON for the wire) read them here.
import type { OperationName } from './model.js';

export type OutputShape = 'string' | 'blob' | 'boolean' | 'integer' | 'timestamp' | 'map' | StructureName | { list: OutputShape };

export const STRUCTURES = {
  KeyMetadata: {
    AWSAccountId: 'string', KeyId: 'string', Arn: 'string', CreationDate: 'timestamp', Enabled: 'boolean', Description: 'string',
    KeyUsage: 'string', KeyState: 'string', DeletionDate: 'timestamp', ValidTo: 'timestamp', Origin: 'string', CustomKeyStoreId: 'string',
    CloudHsmClusterId: 'string', ExpirationModel: 'string', KeyManager: 'string', CustomerMasterKeySpec: 'string', KeySpec: 'string',
    EncryptionAlgorithms: { list: 'string' }, SigningAlgorithms: { list: 'string' }, KeyAgreementAlgorithms: { list: 'string' },
    MultiRegion: 'boolean', MultiRegionConfiguration: 'MultiRegionConfiguration', PendingDeletionWindowInDays: 'integer',
    MacAlgorithms: { list: 'string' }, XksKeyConfiguration: 'XksKeyConfigurationType', CurrentKeyMaterialId: 'string',
  },
  MultiRegionConfiguration: { MultiRegionKeyType: 'string', PrimaryKey: 'MultiRegionKey', ReplicaKeys: { list: 'MultiRegionKey' } },
  MultiRegionKey: { Arn: 'string', Region: 'string' },
  XksKeyConfigurationType: { Id: 'string' },
  KeyListEntry: { KeyId: 'string', KeyArn: 'string' },
  Tag: { TagKey: 'string', TagValue: 'string' },
  RotationsListEntry: {
    KeyId: 'string', KeyMaterialId: 'string', KeyMaterialDescription: 'string', ImportState: 'string', KeyMaterialState: 'string',
    ExpirationModel: 'string', ValidTo: 'timestamp', RotationDate: 'timestamp', RotationType: 'string',
  },
  GrantListEntry: {
    KeyId: 'string', GrantId: 'string', Name: 'string', CreationDate: 'timestamp', GranteePrincipal: 'string', RetiringPrincipal: 'string',
    IssuingAccount: 'string', Operations: { list: 'string' }, Constraints: 'GrantConstraints', GranteeServicePrincipal: 'string',
    RetiringServicePrincipal: 'string',
  },
  GrantConstraints: { EncryptionContextSubset: 'map', EncryptionContextEquals: 'map', SourceArn: 'string' },
  KeyLastUsageData: { Operation: 'string', Timestamp: 'timestamp', CloudTrailEventId: 'string', KmsRequestId: 'string' },
  CustomKeyStoresListEntry: {
    CustomKeyStoreId: 'string', CustomKeyStoreName: 'string', CloudHsmClusterId: 'string', TrustAnchorCertificate: 'string',
    ConnectionState: 'string', ConnectionErrorCode: 'string', CreationDate: 'timestamp', CustomKeyStoreType: 'string',
    XksProxyConfiguration: 'XksProxyConfigurationType',
  },
  XksProxyConfigurationType: {
    Connectivity: 'string', AccessKeyId: 'string', UriEndpoint: 'string', UriPath: 'string', VpcEndpointServiceName: 'string', VpcEndpointServiceOwner: 'string',
  },
  AliasListEntry: { AliasName: 'string', AliasArn: 'string', TargetKeyId: 'string', CreationDate: 'timestamp', LastUpdatedDate: 'timestamp' },
} as const satisfies Record<string, Record<string, unknown>>;

export type StructureName = keyof typeof STRUCTURES;

export const OUTPUTS: Readonly<Record<OperationName, Readonly<Record<string, OutputShape>>>> = {
  CreateKey: { KeyMetadata: 'KeyMetadata' },
  DescribeKey: { KeyMetadata: 'KeyMetadata' },
  ListKeys: { Keys: { list: 'KeyListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  GetPublicKey: {
    KeyId: 'string', PublicKey: 'blob', CustomerMasterKeySpec: 'string', KeySpec: 'string', KeyUsage: 'string',
    EncryptionAlgorithms: { list: 'string' }, SigningAlgorithms: { list: 'string' }, KeyAgreementAlgorithms: { list: 'string' },
  },
  EnableKey: {},
  DisableKey: {},
  ScheduleKeyDeletion: { KeyId: 'string', DeletionDate: 'timestamp', KeyState: 'string', PendingWindowInDays: 'integer' },
  CancelKeyDeletion: { KeyId: 'string' },
  UpdateKeyDescription: {},
  ListResourceTags: { Tags: { list: 'Tag' }, NextMarker: 'string', Truncated: 'boolean' },
  GetKeyPolicy: { Policy: 'string', PolicyName: 'string' },
  PutKeyPolicy: {},
  ListKeyPolicies: { PolicyNames: { list: 'string' }, NextMarker: 'string', Truncated: 'boolean' },
  EnableKeyRotation: {},
  DisableKeyRotation: {},
  GetKeyRotationStatus: { KeyRotationEnabled: 'boolean', KeyId: 'string', RotationPeriodInDays: 'integer', NextRotationDate: 'timestamp', OnDemandRotationStartDate: 'timestamp' },
  RotateKeyOnDemand: { KeyId: 'string' },
  ListKeyRotations: { Rotations: { list: 'RotationsListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  GetParametersForImport: { KeyId: 'string', ImportToken: 'blob', PublicKey: 'blob', ParametersValidTo: 'timestamp' },
  ImportKeyMaterial: { KeyId: 'string', KeyMaterialId: 'string' },
  DeleteImportedKeyMaterial: { KeyId: 'string', KeyMaterialId: 'string' },
  CreateGrant: { GrantToken: 'string', GrantId: 'string' },
  ListGrants: { Grants: { list: 'GrantListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  ListRetirableGrants: { Grants: { list: 'GrantListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  RetireGrant: {},
  RevokeGrant: {},
  GetKeyLastUsage: { KeyId: 'string', KeyLastUsage: 'KeyLastUsageData', TrackingStartDate: 'timestamp', KeyCreationDate: 'timestamp' },
  ReplicateKey: { ReplicaKeyMetadata: 'KeyMetadata', ReplicaPolicy: 'string', ReplicaTags: { list: 'Tag' } },
  UpdatePrimaryRegion: {},
  CreateCustomKeyStore: { CustomKeyStoreId: 'string' },
  DescribeCustomKeyStores: { CustomKeyStores: { list: 'CustomKeyStoresListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  UpdateCustomKeyStore: {},
  DeleteCustomKeyStore: {},
  ConnectCustomKeyStore: {},
  DisconnectCustomKeyStore: {},
  TagResource: {},
  UntagResource: {},
  CreateAlias: {},
  UpdateAlias: {},
  DeleteAlias: {},
  ListAliases: { Aliases: { list: 'AliasListEntry' }, NextMarker: 'string', Truncated: 'boolean' },
  Encrypt: { CiphertextBlob: 'blob', KeyId: 'string', EncryptionAlgorithm: 'string' },
  Decrypt: { KeyId: 'string', Plaintext: 'blob', EncryptionAlgorithm: 'string', CiphertextForRecipient: 'blob', KeyMaterialId: 'string' },
  ReEncrypt: {
    CiphertextBlob: 'blob', SourceKeyId: 'string', KeyId: 'string', SourceEncryptionAlgorithm: 'string',
    DestinationEncryptionAlgorithm: 'string', SourceKeyMaterialId: 'string', DestinationKeyMaterialId: 'string',
  },
  GenerateDataKey: { CiphertextBlob: 'blob', Plaintext: 'blob', KeyId: 'string', CiphertextForRecipient: 'blob', KeyMaterialId: 'string' },
  GenerateDataKeyWithoutPlaintext: { CiphertextBlob: 'blob', KeyId: 'string', KeyMaterialId: 'string' },
  GenerateRandom: { Plaintext: 'blob', CiphertextForRecipient: 'blob' },
  GenerateDataKeyPair: {
    PrivateKeyCiphertextBlob: 'blob', PrivateKeyPlaintext: 'blob', PublicKey: 'blob', KeyId: 'string', KeyPairSpec: 'string',
    CiphertextForRecipient: 'blob', KeyMaterialId: 'string',
  },
  GenerateDataKeyPairWithoutPlaintext: { PrivateKeyCiphertextBlob: 'blob', PublicKey: 'blob', KeyId: 'string', KeyPairSpec: 'string', KeyMaterialId: 'string' },
  Sign: { KeyId: 'string', Signature: 'blob', SigningAlgorithm: 'string' },
  Verify: { KeyId: 'string', SignatureValid: 'boolean', SigningAlgorithm: 'string' },
  GenerateMac: { Mac: 'blob', MacAlgorithm: 'string', KeyId: 'string' },
  VerifyMac: { KeyId: 'string', MacValid: 'boolean', MacAlgorithm: 'string' },
  DeriveSharedSecret: { KeyId: 'string', SharedSecret: 'blob', CiphertextForRecipient: 'blob', KeyAgreementAlgorithm: 'string', KeyOrigin: 'string' },
};
