// Generated from the KMS model by psmodule/generate.ts (npm run generate:psmodule); do not edit.
// The AWS SDK for .NET's KMS types PsKms emits and throws, for sessions where AWSSDK.KeyManagementService is not loaded.
namespace Amazon.KeyManagementService {
    public class AmazonKeyManagementServiceException : Amazon.Runtime.AmazonServiceException {
        public AmazonKeyManagementServiceException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CustomerMasterKeySpec : Amazon.Runtime.ConstantClass {
        public static readonly CustomerMasterKeySpec RSA_2048 = new CustomerMasterKeySpec("RSA_2048");
        public static readonly CustomerMasterKeySpec RSA_3072 = new CustomerMasterKeySpec("RSA_3072");
        public static readonly CustomerMasterKeySpec RSA_4096 = new CustomerMasterKeySpec("RSA_4096");
        public static readonly CustomerMasterKeySpec ECC_NIST_P256 = new CustomerMasterKeySpec("ECC_NIST_P256");
        public static readonly CustomerMasterKeySpec ECC_NIST_P384 = new CustomerMasterKeySpec("ECC_NIST_P384");
        public static readonly CustomerMasterKeySpec ECC_NIST_P521 = new CustomerMasterKeySpec("ECC_NIST_P521");
        public static readonly CustomerMasterKeySpec ECC_SECG_P256K1 = new CustomerMasterKeySpec("ECC_SECG_P256K1");
        public static readonly CustomerMasterKeySpec SYMMETRIC_DEFAULT = new CustomerMasterKeySpec("SYMMETRIC_DEFAULT");
        public static readonly CustomerMasterKeySpec HMAC_224 = new CustomerMasterKeySpec("HMAC_224");
        public static readonly CustomerMasterKeySpec HMAC_256 = new CustomerMasterKeySpec("HMAC_256");
        public static readonly CustomerMasterKeySpec HMAC_384 = new CustomerMasterKeySpec("HMAC_384");
        public static readonly CustomerMasterKeySpec HMAC_512 = new CustomerMasterKeySpec("HMAC_512");
        public static readonly CustomerMasterKeySpec SM2 = new CustomerMasterKeySpec("SM2");
        public CustomerMasterKeySpec(string value) : base(value) {}
        public static CustomerMasterKeySpec FindValue(string value) { return FindValue<CustomerMasterKeySpec>(value); }
        public static implicit operator CustomerMasterKeySpec(string value) { return FindValue(value); }
    }
    public class DataKeyPairSpec : Amazon.Runtime.ConstantClass {
        public static readonly DataKeyPairSpec RSA_2048 = new DataKeyPairSpec("RSA_2048");
        public static readonly DataKeyPairSpec RSA_3072 = new DataKeyPairSpec("RSA_3072");
        public static readonly DataKeyPairSpec RSA_4096 = new DataKeyPairSpec("RSA_4096");
        public static readonly DataKeyPairSpec ECC_NIST_P256 = new DataKeyPairSpec("ECC_NIST_P256");
        public static readonly DataKeyPairSpec ECC_NIST_P384 = new DataKeyPairSpec("ECC_NIST_P384");
        public static readonly DataKeyPairSpec ECC_NIST_P521 = new DataKeyPairSpec("ECC_NIST_P521");
        public static readonly DataKeyPairSpec ECC_SECG_P256K1 = new DataKeyPairSpec("ECC_SECG_P256K1");
        public static readonly DataKeyPairSpec SM2 = new DataKeyPairSpec("SM2");
        public static readonly DataKeyPairSpec ECC_NIST_EDWARDS25519 = new DataKeyPairSpec("ECC_NIST_EDWARDS25519");
        public DataKeyPairSpec(string value) : base(value) {}
        public static DataKeyPairSpec FindValue(string value) { return FindValue<DataKeyPairSpec>(value); }
        public static implicit operator DataKeyPairSpec(string value) { return FindValue(value); }
    }
    public class DataKeySpec : Amazon.Runtime.ConstantClass {
        public static readonly DataKeySpec AES_256 = new DataKeySpec("AES_256");
        public static readonly DataKeySpec AES_128 = new DataKeySpec("AES_128");
        public DataKeySpec(string value) : base(value) {}
        public static DataKeySpec FindValue(string value) { return FindValue<DataKeySpec>(value); }
        public static implicit operator DataKeySpec(string value) { return FindValue(value); }
    }
    public class EncryptionAlgorithmSpec : Amazon.Runtime.ConstantClass {
        public static readonly EncryptionAlgorithmSpec RSAES_OAEP_SHA_1 = new EncryptionAlgorithmSpec("RSAES_OAEP_SHA_1");
        public static readonly EncryptionAlgorithmSpec RSAES_OAEP_SHA_256 = new EncryptionAlgorithmSpec("RSAES_OAEP_SHA_256");
        public static readonly EncryptionAlgorithmSpec SM2PKE = new EncryptionAlgorithmSpec("SM2PKE");
        public static readonly EncryptionAlgorithmSpec SYMMETRIC_DEFAULT = new EncryptionAlgorithmSpec("SYMMETRIC_DEFAULT");
        public EncryptionAlgorithmSpec(string value) : base(value) {}
        public static EncryptionAlgorithmSpec FindValue(string value) { return FindValue<EncryptionAlgorithmSpec>(value); }
        public static implicit operator EncryptionAlgorithmSpec(string value) { return FindValue(value); }
    }
    public class ExpirationModelType : Amazon.Runtime.ConstantClass {
        public static readonly ExpirationModelType KEY_MATERIAL_EXPIRES = new ExpirationModelType("KEY_MATERIAL_EXPIRES");
        public static readonly ExpirationModelType KEY_MATERIAL_DOES_NOT_EXPIRE = new ExpirationModelType("KEY_MATERIAL_DOES_NOT_EXPIRE");
        public ExpirationModelType(string value) : base(value) {}
        public static ExpirationModelType FindValue(string value) { return FindValue<ExpirationModelType>(value); }
        public static implicit operator ExpirationModelType(string value) { return FindValue(value); }
    }
    public class KeyAgreementAlgorithmSpec : Amazon.Runtime.ConstantClass {
        public static readonly KeyAgreementAlgorithmSpec ECDH = new KeyAgreementAlgorithmSpec("ECDH");
        public KeyAgreementAlgorithmSpec(string value) : base(value) {}
        public static KeyAgreementAlgorithmSpec FindValue(string value) { return FindValue<KeyAgreementAlgorithmSpec>(value); }
        public static implicit operator KeyAgreementAlgorithmSpec(string value) { return FindValue(value); }
    }
    public class KeyEncryptionMechanism : Amazon.Runtime.ConstantClass {
        public static readonly KeyEncryptionMechanism RSAES_OAEP_SHA_256 = new KeyEncryptionMechanism("RSAES_OAEP_SHA_256");
        public KeyEncryptionMechanism(string value) : base(value) {}
        public static KeyEncryptionMechanism FindValue(string value) { return FindValue<KeyEncryptionMechanism>(value); }
        public static implicit operator KeyEncryptionMechanism(string value) { return FindValue(value); }
    }
    public class KeyManagerType : Amazon.Runtime.ConstantClass {
        public static readonly KeyManagerType AWS = new KeyManagerType("AWS");
        public static readonly KeyManagerType CUSTOMER = new KeyManagerType("CUSTOMER");
        public KeyManagerType(string value) : base(value) {}
        public static KeyManagerType FindValue(string value) { return FindValue<KeyManagerType>(value); }
        public static implicit operator KeyManagerType(string value) { return FindValue(value); }
    }
    public class KeyMaterialState : Amazon.Runtime.ConstantClass {
        public static readonly KeyMaterialState NON_CURRENT = new KeyMaterialState("NON_CURRENT");
        public static readonly KeyMaterialState CURRENT = new KeyMaterialState("CURRENT");
        public static readonly KeyMaterialState PENDING_ROTATION = new KeyMaterialState("PENDING_ROTATION");
        public static readonly KeyMaterialState PENDING_MULTI_REGION_IMPORT_AND_ROTATION = new KeyMaterialState("PENDING_MULTI_REGION_IMPORT_AND_ROTATION");
        public KeyMaterialState(string value) : base(value) {}
        public static KeyMaterialState FindValue(string value) { return FindValue<KeyMaterialState>(value); }
        public static implicit operator KeyMaterialState(string value) { return FindValue(value); }
    }
    public class KeySpec : Amazon.Runtime.ConstantClass {
        public static readonly KeySpec RSA_2048 = new KeySpec("RSA_2048");
        public static readonly KeySpec RSA_3072 = new KeySpec("RSA_3072");
        public static readonly KeySpec RSA_4096 = new KeySpec("RSA_4096");
        public static readonly KeySpec ECC_NIST_P256 = new KeySpec("ECC_NIST_P256");
        public static readonly KeySpec ECC_NIST_P384 = new KeySpec("ECC_NIST_P384");
        public static readonly KeySpec ECC_NIST_P521 = new KeySpec("ECC_NIST_P521");
        public static readonly KeySpec ECC_SECG_P256K1 = new KeySpec("ECC_SECG_P256K1");
        public static readonly KeySpec ECC_NIST_EDWARDS25519 = new KeySpec("ECC_NIST_EDWARDS25519");
        public static readonly KeySpec SYMMETRIC_DEFAULT = new KeySpec("SYMMETRIC_DEFAULT");
        public static readonly KeySpec HMAC_224 = new KeySpec("HMAC_224");
        public static readonly KeySpec HMAC_256 = new KeySpec("HMAC_256");
        public static readonly KeySpec HMAC_384 = new KeySpec("HMAC_384");
        public static readonly KeySpec HMAC_512 = new KeySpec("HMAC_512");
        public static readonly KeySpec SM2 = new KeySpec("SM2");
        public static readonly KeySpec ML_DSA_44 = new KeySpec("ML_DSA_44");
        public static readonly KeySpec ML_DSA_65 = new KeySpec("ML_DSA_65");
        public static readonly KeySpec ML_DSA_87 = new KeySpec("ML_DSA_87");
        public KeySpec(string value) : base(value) {}
        public static KeySpec FindValue(string value) { return FindValue<KeySpec>(value); }
        public static implicit operator KeySpec(string value) { return FindValue(value); }
    }
    public class KeyState : Amazon.Runtime.ConstantClass {
        public static readonly KeyState Creating = new KeyState("Creating");
        public static readonly KeyState Enabled = new KeyState("Enabled");
        public static readonly KeyState Disabled = new KeyState("Disabled");
        public static readonly KeyState PendingDeletion = new KeyState("PendingDeletion");
        public static readonly KeyState PendingImport = new KeyState("PendingImport");
        public static readonly KeyState PendingReplicaDeletion = new KeyState("PendingReplicaDeletion");
        public static readonly KeyState Unavailable = new KeyState("Unavailable");
        public static readonly KeyState Updating = new KeyState("Updating");
        public KeyState(string value) : base(value) {}
        public static KeyState FindValue(string value) { return FindValue<KeyState>(value); }
        public static implicit operator KeyState(string value) { return FindValue(value); }
    }
    public class KeyUsageType : Amazon.Runtime.ConstantClass {
        public static readonly KeyUsageType ENCRYPT_DECRYPT = new KeyUsageType("ENCRYPT_DECRYPT");
        public static readonly KeyUsageType SIGN_VERIFY = new KeyUsageType("SIGN_VERIFY");
        public static readonly KeyUsageType GENERATE_VERIFY_MAC = new KeyUsageType("GENERATE_VERIFY_MAC");
        public static readonly KeyUsageType KEY_AGREEMENT = new KeyUsageType("KEY_AGREEMENT");
        public KeyUsageType(string value) : base(value) {}
        public static KeyUsageType FindValue(string value) { return FindValue<KeyUsageType>(value); }
        public static implicit operator KeyUsageType(string value) { return FindValue(value); }
    }
    public class MacAlgorithmSpec : Amazon.Runtime.ConstantClass {
        public static readonly MacAlgorithmSpec HMAC_SHA_224 = new MacAlgorithmSpec("HMAC_SHA_224");
        public static readonly MacAlgorithmSpec HMAC_SHA_256 = new MacAlgorithmSpec("HMAC_SHA_256");
        public static readonly MacAlgorithmSpec HMAC_SHA_384 = new MacAlgorithmSpec("HMAC_SHA_384");
        public static readonly MacAlgorithmSpec HMAC_SHA_512 = new MacAlgorithmSpec("HMAC_SHA_512");
        public MacAlgorithmSpec(string value) : base(value) {}
        public static MacAlgorithmSpec FindValue(string value) { return FindValue<MacAlgorithmSpec>(value); }
        public static implicit operator MacAlgorithmSpec(string value) { return FindValue(value); }
    }
    public class MessageType : Amazon.Runtime.ConstantClass {
        public static readonly MessageType RAW = new MessageType("RAW");
        public static readonly MessageType DIGEST = new MessageType("DIGEST");
        public static readonly MessageType EXTERNAL_MU = new MessageType("EXTERNAL_MU");
        public MessageType(string value) : base(value) {}
        public static MessageType FindValue(string value) { return FindValue<MessageType>(value); }
        public static implicit operator MessageType(string value) { return FindValue(value); }
    }
    public class MultiRegionKeyType : Amazon.Runtime.ConstantClass {
        public static readonly MultiRegionKeyType PRIMARY = new MultiRegionKeyType("PRIMARY");
        public static readonly MultiRegionKeyType REPLICA = new MultiRegionKeyType("REPLICA");
        public MultiRegionKeyType(string value) : base(value) {}
        public static MultiRegionKeyType FindValue(string value) { return FindValue<MultiRegionKeyType>(value); }
        public static implicit operator MultiRegionKeyType(string value) { return FindValue(value); }
    }
    public class OriginType : Amazon.Runtime.ConstantClass {
        public static readonly OriginType AWS_KMS = new OriginType("AWS_KMS");
        public static readonly OriginType EXTERNAL = new OriginType("EXTERNAL");
        public static readonly OriginType AWS_CLOUDHSM = new OriginType("AWS_CLOUDHSM");
        public static readonly OriginType EXTERNAL_KEY_STORE = new OriginType("EXTERNAL_KEY_STORE");
        public OriginType(string value) : base(value) {}
        public static OriginType FindValue(string value) { return FindValue<OriginType>(value); }
        public static implicit operator OriginType(string value) { return FindValue(value); }
    }
    public class RotationType : Amazon.Runtime.ConstantClass {
        public static readonly RotationType AUTOMATIC = new RotationType("AUTOMATIC");
        public static readonly RotationType ON_DEMAND = new RotationType("ON_DEMAND");
        public RotationType(string value) : base(value) {}
        public static RotationType FindValue(string value) { return FindValue<RotationType>(value); }
        public static implicit operator RotationType(string value) { return FindValue(value); }
    }
    public class ImportState : Amazon.Runtime.ConstantClass {
        public static readonly ImportState IMPORTED = new ImportState("IMPORTED");
        public static readonly ImportState PENDING_IMPORT = new ImportState("PENDING_IMPORT");
        public ImportState(string value) : base(value) {}
        public static ImportState FindValue(string value) { return FindValue<ImportState>(value); }
        public static implicit operator ImportState(string value) { return FindValue(value); }
    }
    public class ImportType : Amazon.Runtime.ConstantClass {
        public static readonly ImportType NEW_KEY_MATERIAL = new ImportType("NEW_KEY_MATERIAL");
        public static readonly ImportType EXISTING_KEY_MATERIAL = new ImportType("EXISTING_KEY_MATERIAL");
        public ImportType(string value) : base(value) {}
        public static ImportType FindValue(string value) { return FindValue<ImportType>(value); }
        public static implicit operator ImportType(string value) { return FindValue(value); }
    }
    public class AlgorithmSpec : Amazon.Runtime.ConstantClass {
        public static readonly AlgorithmSpec RSAES_PKCS1_V1_5 = new AlgorithmSpec("RSAES_PKCS1_V1_5");
        public static readonly AlgorithmSpec RSAES_OAEP_SHA_1 = new AlgorithmSpec("RSAES_OAEP_SHA_1");
        public static readonly AlgorithmSpec RSAES_OAEP_SHA_256 = new AlgorithmSpec("RSAES_OAEP_SHA_256");
        public static readonly AlgorithmSpec RSA_AES_KEY_WRAP_SHA_1 = new AlgorithmSpec("RSA_AES_KEY_WRAP_SHA_1");
        public static readonly AlgorithmSpec RSA_AES_KEY_WRAP_SHA_256 = new AlgorithmSpec("RSA_AES_KEY_WRAP_SHA_256");
        public static readonly AlgorithmSpec SM2PKE = new AlgorithmSpec("SM2PKE");
        public AlgorithmSpec(string value) : base(value) {}
        public static AlgorithmSpec FindValue(string value) { return FindValue<AlgorithmSpec>(value); }
        public static implicit operator AlgorithmSpec(string value) { return FindValue(value); }
    }
    public class WrappingKeySpec : Amazon.Runtime.ConstantClass {
        public static readonly WrappingKeySpec RSA_2048 = new WrappingKeySpec("RSA_2048");
        public static readonly WrappingKeySpec RSA_3072 = new WrappingKeySpec("RSA_3072");
        public static readonly WrappingKeySpec RSA_4096 = new WrappingKeySpec("RSA_4096");
        public static readonly WrappingKeySpec SM2 = new WrappingKeySpec("SM2");
        public WrappingKeySpec(string value) : base(value) {}
        public static WrappingKeySpec FindValue(string value) { return FindValue<WrappingKeySpec>(value); }
        public static implicit operator WrappingKeySpec(string value) { return FindValue(value); }
    }
    public class CustomKeyStoreType : Amazon.Runtime.ConstantClass {
        public static readonly CustomKeyStoreType AWS_CLOUDHSM = new CustomKeyStoreType("AWS_CLOUDHSM");
        public static readonly CustomKeyStoreType EXTERNAL_KEY_STORE = new CustomKeyStoreType("EXTERNAL_KEY_STORE");
        public CustomKeyStoreType(string value) : base(value) {}
        public static CustomKeyStoreType FindValue(string value) { return FindValue<CustomKeyStoreType>(value); }
        public static implicit operator CustomKeyStoreType(string value) { return FindValue(value); }
    }
    public class XksProxyConnectivityType : Amazon.Runtime.ConstantClass {
        public static readonly XksProxyConnectivityType PUBLIC_ENDPOINT = new XksProxyConnectivityType("PUBLIC_ENDPOINT");
        public static readonly XksProxyConnectivityType VPC_ENDPOINT_SERVICE = new XksProxyConnectivityType("VPC_ENDPOINT_SERVICE");
        public XksProxyConnectivityType(string value) : base(value) {}
        public static XksProxyConnectivityType FindValue(string value) { return FindValue<XksProxyConnectivityType>(value); }
        public static implicit operator XksProxyConnectivityType(string value) { return FindValue(value); }
    }
    public class ConnectionStateType : Amazon.Runtime.ConstantClass {
        public static readonly ConnectionStateType CONNECTED = new ConnectionStateType("CONNECTED");
        public static readonly ConnectionStateType CONNECTING = new ConnectionStateType("CONNECTING");
        public static readonly ConnectionStateType DISCONNECTED = new ConnectionStateType("DISCONNECTED");
        public static readonly ConnectionStateType DISCONNECTING = new ConnectionStateType("DISCONNECTING");
        public static readonly ConnectionStateType FAILED = new ConnectionStateType("FAILED");
        public ConnectionStateType(string value) : base(value) {}
        public static ConnectionStateType FindValue(string value) { return FindValue<ConnectionStateType>(value); }
        public static implicit operator ConnectionStateType(string value) { return FindValue(value); }
    }
    public class ConnectionErrorCodeType : Amazon.Runtime.ConstantClass {
        public static readonly ConnectionErrorCodeType CLUSTER_NOT_FOUND = new ConnectionErrorCodeType("CLUSTER_NOT_FOUND");
        public static readonly ConnectionErrorCodeType INSUFFICIENT_CLOUDHSM_HSMS = new ConnectionErrorCodeType("INSUFFICIENT_CLOUDHSM_HSMS");
        public static readonly ConnectionErrorCodeType INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET = new ConnectionErrorCodeType("INSUFFICIENT_FREE_ADDRESSES_IN_SUBNET");
        public static readonly ConnectionErrorCodeType INTERNAL_ERROR = new ConnectionErrorCodeType("INTERNAL_ERROR");
        public static readonly ConnectionErrorCodeType INVALID_CREDENTIALS = new ConnectionErrorCodeType("INVALID_CREDENTIALS");
        public static readonly ConnectionErrorCodeType NETWORK_ERRORS = new ConnectionErrorCodeType("NETWORK_ERRORS");
        public static readonly ConnectionErrorCodeType SUBNET_NOT_FOUND = new ConnectionErrorCodeType("SUBNET_NOT_FOUND");
        public static readonly ConnectionErrorCodeType USER_LOCKED_OUT = new ConnectionErrorCodeType("USER_LOCKED_OUT");
        public static readonly ConnectionErrorCodeType USER_LOGGED_IN = new ConnectionErrorCodeType("USER_LOGGED_IN");
        public static readonly ConnectionErrorCodeType USER_NOT_FOUND = new ConnectionErrorCodeType("USER_NOT_FOUND");
        public static readonly ConnectionErrorCodeType XKS_PROXY_ACCESS_DENIED = new ConnectionErrorCodeType("XKS_PROXY_ACCESS_DENIED");
        public static readonly ConnectionErrorCodeType XKS_PROXY_INVALID_CONFIGURATION = new ConnectionErrorCodeType("XKS_PROXY_INVALID_CONFIGURATION");
        public static readonly ConnectionErrorCodeType XKS_PROXY_INVALID_RESPONSE = new ConnectionErrorCodeType("XKS_PROXY_INVALID_RESPONSE");
        public static readonly ConnectionErrorCodeType XKS_PROXY_INVALID_TLS_CONFIGURATION = new ConnectionErrorCodeType("XKS_PROXY_INVALID_TLS_CONFIGURATION");
        public static readonly ConnectionErrorCodeType XKS_PROXY_NOT_REACHABLE = new ConnectionErrorCodeType("XKS_PROXY_NOT_REACHABLE");
        public static readonly ConnectionErrorCodeType XKS_PROXY_TIMED_OUT = new ConnectionErrorCodeType("XKS_PROXY_TIMED_OUT");
        public static readonly ConnectionErrorCodeType XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION = new ConnectionErrorCodeType("XKS_VPC_ENDPOINT_SERVICE_INVALID_CONFIGURATION");
        public static readonly ConnectionErrorCodeType XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND = new ConnectionErrorCodeType("XKS_VPC_ENDPOINT_SERVICE_NOT_FOUND");
        public ConnectionErrorCodeType(string value) : base(value) {}
        public static ConnectionErrorCodeType FindValue(string value) { return FindValue<ConnectionErrorCodeType>(value); }
        public static implicit operator ConnectionErrorCodeType(string value) { return FindValue(value); }
    }
    public class KeyLastUsageTrackingOperation : Amazon.Runtime.ConstantClass {
        public static readonly KeyLastUsageTrackingOperation Decrypt = new KeyLastUsageTrackingOperation("Decrypt");
        public static readonly KeyLastUsageTrackingOperation DeriveSharedSecret = new KeyLastUsageTrackingOperation("DeriveSharedSecret");
        public static readonly KeyLastUsageTrackingOperation Encrypt = new KeyLastUsageTrackingOperation("Encrypt");
        public static readonly KeyLastUsageTrackingOperation GenerateDataKey = new KeyLastUsageTrackingOperation("GenerateDataKey");
        public static readonly KeyLastUsageTrackingOperation GenerateDataKeyPair = new KeyLastUsageTrackingOperation("GenerateDataKeyPair");
        public static readonly KeyLastUsageTrackingOperation GenerateDataKeyPairWithoutPlaintext = new KeyLastUsageTrackingOperation("GenerateDataKeyPairWithoutPlaintext");
        public static readonly KeyLastUsageTrackingOperation GenerateDataKeyWithoutPlaintext = new KeyLastUsageTrackingOperation("GenerateDataKeyWithoutPlaintext");
        public static readonly KeyLastUsageTrackingOperation GenerateMac = new KeyLastUsageTrackingOperation("GenerateMac");
        public static readonly KeyLastUsageTrackingOperation ReEncrypt = new KeyLastUsageTrackingOperation("ReEncrypt");
        public static readonly KeyLastUsageTrackingOperation Sign = new KeyLastUsageTrackingOperation("Sign");
        public static readonly KeyLastUsageTrackingOperation Verify = new KeyLastUsageTrackingOperation("Verify");
        public static readonly KeyLastUsageTrackingOperation VerifyMac = new KeyLastUsageTrackingOperation("VerifyMac");
        public KeyLastUsageTrackingOperation(string value) : base(value) {}
        public static KeyLastUsageTrackingOperation FindValue(string value) { return FindValue<KeyLastUsageTrackingOperation>(value); }
        public static implicit operator KeyLastUsageTrackingOperation(string value) { return FindValue(value); }
    }
    public class IncludeKeyMaterial : Amazon.Runtime.ConstantClass {
        public static readonly IncludeKeyMaterial ALL_KEY_MATERIAL = new IncludeKeyMaterial("ALL_KEY_MATERIAL");
        public static readonly IncludeKeyMaterial ROTATIONS_ONLY = new IncludeKeyMaterial("ROTATIONS_ONLY");
        public IncludeKeyMaterial(string value) : base(value) {}
        public static IncludeKeyMaterial FindValue(string value) { return FindValue<IncludeKeyMaterial>(value); }
        public static implicit operator IncludeKeyMaterial(string value) { return FindValue(value); }
    }
    public class SigningAlgorithmSpec : Amazon.Runtime.ConstantClass {
        public static readonly SigningAlgorithmSpec RSASSA_PSS_SHA_256 = new SigningAlgorithmSpec("RSASSA_PSS_SHA_256");
        public static readonly SigningAlgorithmSpec RSASSA_PSS_SHA_384 = new SigningAlgorithmSpec("RSASSA_PSS_SHA_384");
        public static readonly SigningAlgorithmSpec RSASSA_PSS_SHA_512 = new SigningAlgorithmSpec("RSASSA_PSS_SHA_512");
        public static readonly SigningAlgorithmSpec RSASSA_PKCS1_V1_5_SHA_256 = new SigningAlgorithmSpec("RSASSA_PKCS1_V1_5_SHA_256");
        public static readonly SigningAlgorithmSpec RSASSA_PKCS1_V1_5_SHA_384 = new SigningAlgorithmSpec("RSASSA_PKCS1_V1_5_SHA_384");
        public static readonly SigningAlgorithmSpec RSASSA_PKCS1_V1_5_SHA_512 = new SigningAlgorithmSpec("RSASSA_PKCS1_V1_5_SHA_512");
        public static readonly SigningAlgorithmSpec ECDSA_SHA_256 = new SigningAlgorithmSpec("ECDSA_SHA_256");
        public static readonly SigningAlgorithmSpec ECDSA_SHA_384 = new SigningAlgorithmSpec("ECDSA_SHA_384");
        public static readonly SigningAlgorithmSpec ECDSA_SHA_512 = new SigningAlgorithmSpec("ECDSA_SHA_512");
        public static readonly SigningAlgorithmSpec ED25519_SHA_512 = new SigningAlgorithmSpec("ED25519_SHA_512");
        public static readonly SigningAlgorithmSpec ED25519_PH_SHA_512 = new SigningAlgorithmSpec("ED25519_PH_SHA_512");
        public static readonly SigningAlgorithmSpec SM2DSA = new SigningAlgorithmSpec("SM2DSA");
        public static readonly SigningAlgorithmSpec ML_DSA_SHAKE_256 = new SigningAlgorithmSpec("ML_DSA_SHAKE_256");
        public SigningAlgorithmSpec(string value) : base(value) {}
        public static SigningAlgorithmSpec FindValue(string value) { return FindValue<SigningAlgorithmSpec>(value); }
        public static implicit operator SigningAlgorithmSpec(string value) { return FindValue(value); }
    }
}
namespace Amazon.KeyManagementService.Model {
    public class AlreadyExistsException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public AlreadyExistsException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CloudHsmClusterInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CloudHsmClusterInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CloudHsmClusterInvalidConfigurationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CloudHsmClusterInvalidConfigurationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CloudHsmClusterNotActiveException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CloudHsmClusterNotActiveException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CloudHsmClusterNotFoundException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CloudHsmClusterNotFoundException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CloudHsmClusterNotRelatedException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CloudHsmClusterNotRelatedException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class ConflictException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public ConflictException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CustomKeyStoreHasCMKsException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CustomKeyStoreHasCMKsException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CustomKeyStoreInvalidStateException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CustomKeyStoreInvalidStateException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CustomKeyStoreNameInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CustomKeyStoreNameInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class CustomKeyStoreNotFoundException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public CustomKeyStoreNotFoundException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class DependencyTimeoutException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public DependencyTimeoutException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class DisabledException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public DisabledException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class DryRunOperationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public DryRunOperationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class ExpiredImportTokenException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public ExpiredImportTokenException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class IncorrectKeyException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public IncorrectKeyException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class IncorrectKeyMaterialException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public IncorrectKeyMaterialException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class IncorrectTrustAnchorException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public IncorrectTrustAnchorException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidAliasNameException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidAliasNameException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidArnException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidArnException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidCiphertextException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidCiphertextException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidGrantIdException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidGrantIdException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidGrantTokenException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidGrantTokenException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidImportTokenException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidImportTokenException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidKeyUsageException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidKeyUsageException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class InvalidMarkerException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public InvalidMarkerException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class KMSInternalException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public KMSInternalException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class KMSInvalidMacException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public KMSInvalidMacException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class KMSInvalidSignatureException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public KMSInvalidSignatureException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class KMSInvalidStateException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public KMSInvalidStateException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class KeyUnavailableException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public KeyUnavailableException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class LimitExceededException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public LimitExceededException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class MalformedPolicyDocumentException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public MalformedPolicyDocumentException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class NotFoundException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public NotFoundException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class TagException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public TagException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class UnsupportedOperationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public UnsupportedOperationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksKeyAlreadyInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksKeyAlreadyInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksKeyInvalidConfigurationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksKeyInvalidConfigurationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksKeyNotFoundException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksKeyNotFoundException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyIncorrectAuthenticationCredentialException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyIncorrectAuthenticationCredentialException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyInvalidConfigurationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyInvalidConfigurationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyInvalidResponseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyInvalidResponseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyUriEndpointInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyUriEndpointInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyUriInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyUriInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyUriUnreachableException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyUriUnreachableException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyVpcEndpointServiceInUseException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyVpcEndpointServiceInUseException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyVpcEndpointServiceInvalidConfigurationException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyVpcEndpointServiceInvalidConfigurationException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
    public class XksProxyVpcEndpointServiceNotFoundException : Amazon.KeyManagementService.AmazonKeyManagementServiceException {
        public XksProxyVpcEndpointServiceNotFoundException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}
    }
}
