// The AWS SDK for .NET's ConstantClass types for KMS (Amazon.KeyManagementService.KeySpec, …):
// string-valued "enums" that compare equal to their strings and carry a .Value. The PowerShell
// module defines them where the SDK itself is not loaded, and the cmdlets emit them for the
// enum-valued members of responses, as the SDK does.
import { KEY_STATES } from '../engine/key-states.js';
import {
  CUSTOM_KEY_STORE_TYPES, CUSTOMER_MASTER_KEY_SPECS, DATA_KEY_PAIR_SPECS, DATA_KEY_SPECS, ENCRYPTION_ALGORITHMS, EXPIRATION_MODELS,
  IMPORT_TYPES, INCLUDE_KEY_MATERIAL, KEY_AGREEMENT_ALGORITHMS, KEY_ENCRYPTION_MECHANISMS, KEY_SPECS, KEY_USAGES, MAC_ALGORITHMS,
  MESSAGE_TYPES, ORIGINS, SIGNING_ALGORITHMS, WRAPPING_ALGORITHMS, WRAPPING_KEY_SPECS, XKS_PROXY_CONNECTIVITY,
} from '../engine/model.js';

export const CONSTANT_CLASSES = {
  CustomerMasterKeySpec: CUSTOMER_MASTER_KEY_SPECS,
  DataKeyPairSpec: DATA_KEY_PAIR_SPECS,
  DataKeySpec: DATA_KEY_SPECS,
  EncryptionAlgorithmSpec: ENCRYPTION_ALGORITHMS,
  ExpirationModelType: EXPIRATION_MODELS,
  KeyAgreementAlgorithmSpec: KEY_AGREEMENT_ALGORITHMS,
  KeyEncryptionMechanism: KEY_ENCRYPTION_MECHANISMS,
  KeyManagerType: ['AWS', 'CUSTOMER'],
  KeyMaterialState: ['NON_CURRENT', 'CURRENT', 'PENDING_ROTATION', 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION'],
  KeySpec: KEY_SPECS,
  KeyState: KEY_STATES,
  KeyUsageType: KEY_USAGES,
  MacAlgorithmSpec: MAC_ALGORITHMS,
  MessageType: MESSAGE_TYPES,
  MultiRegionKeyType: ['PRIMARY', 'REPLICA'],
  OriginType: ORIGINS,
  RotationType: ['AUTOMATIC', 'ON_DEMAND'],
  ImportState: ['IMPORTED', 'PENDING_IMPORT'],
  ImportType: IMPORT_TYPES,
  AlgorithmSpec: WRAPPING_ALGORITHMS,
  WrappingKeySpec: WRAPPING_KEY_SPECS,
  CustomKeyStoreType: CUSTOM_KEY_STORE_TYPES,
  XksProxyConnectivityType: XKS_PROXY_CONNECTIVITY,
  ConnectionStateType: ['CONNECTED', 'CONNECTING', 'DISCONNECTED', 'DISCONNECTING', 'FAILED'],
  ConnectionErrorCodeType: [
    'CLUSTER_NOT_FOUND', 'INSUFFICIENT_CLOUDHSM_HSMS', 'INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET', 'INTERNAL_ERROR', 'INVALID_CREDENTIALS',
    'NETWORK_ERRORS', 'SUBNET_NOT_FOUND', 'USER_LOCKED_OUT', 'USER_LOGGED_IN', 'USER_NOT_FOUND', 'XKS_PROXY_ACCESS_DENIED',
    'XKS_PROXY_INVALID_CONFIGURATION', 'XKS_PROXY_INVALID_RESPONSE', 'XKS_PROXY_INVALID_TLS_CONFIGURATION', 'XKS_PROXY_NOT_REACHABLE',
    'XKS_PROXY_TIMED_OUT', 'XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION', 'XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND',
  ],
  KeyLastUsageTrackingOperation: [
    'Decrypt', 'DeriveSharedSecret', 'Encrypt', 'GenerateDataKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext',
    'GenerateDataKeyWithoutPlaintext', 'GenerateMac', 'ReEncrypt', 'Sign', 'Verify', 'VerifyMac',
  ],
  IncludeKeyMaterial: INCLUDE_KEY_MATERIAL,
  SigningAlgorithmSpec: SIGNING_ALGORITHMS,
} as const satisfies Record<string, readonly string[]>;

export type ConstantClassName = keyof typeof CONSTANT_CLASSES;

/** Response members whose .NET type is a ConstantClass; in KMS's model a member name has one type everywhere. */
export const CONSTANT_MEMBERS: Readonly<Record<string, ConstantClassName>> = {
  CustomerMasterKeySpec: 'CustomerMasterKeySpec',
  DestinationEncryptionAlgorithm: 'EncryptionAlgorithmSpec',
  EncryptionAlgorithm: 'EncryptionAlgorithmSpec',
  ExpirationModel: 'ExpirationModelType',
  KeyAgreementAlgorithm: 'KeyAgreementAlgorithmSpec',
  KeyManager: 'KeyManagerType',
  KeyOrigin: 'OriginType',
  KeyMaterialState: 'KeyMaterialState',
  ImportState: 'ImportState',
  RotationType: 'RotationType',
  KeyPairSpec: 'DataKeyPairSpec',
  KeySpec: 'KeySpec',
  KeyState: 'KeyState',
  KeyUsage: 'KeyUsageType',
  MacAlgorithm: 'MacAlgorithmSpec',
  MultiRegionKeyType: 'MultiRegionKeyType',
  ConnectionState: 'ConnectionStateType',
  ConnectionErrorCode: 'ConnectionErrorCodeType',
  CustomKeyStoreType: 'CustomKeyStoreType',
  Connectivity: 'XksProxyConnectivityType',
  Operation: 'KeyLastUsageTrackingOperation',
  Origin: 'OriginType',
  SigningAlgorithm: 'SigningAlgorithmSpec',
  SourceEncryptionAlgorithm: 'EncryptionAlgorithmSpec',
};

export const CONSTANT_NAMESPACE = 'Amazon.KeyManagementService';
