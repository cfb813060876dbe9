# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).
# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.

. ([System.IO.Path]::Combine($PSScriptRoot, 'PsKms.Runtime.ps1'))
Import-PsKmsTypes -BindingHash '4C96EC9D9032A4A5' -RuntimeHash '43B32073AE00A17D' -KmsHash '92E74D944A9F50A1'
$ExecutionContext.SessionState.Module.OnRemove = { Stop-PsKmsHost }

function Get-KMSSharedSecret {
    <#
    .SYNOPSIS
    Derives a shared secret using a key agreement algorithm: your private key in an asymmetric KEY_AGREEMENT KMS key and another party's public key.
    .DESCRIPTION
    Calls the AWS Key Management Service DeriveSharedSecret API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSSharedSecret does.
    .PARAMETER KeyId
    The KeyId of the DeriveSharedSecret request. Required.
    .PARAMETER KeyAgreementAlgorithm
    The KeyAgreementAlgorithm of the DeriveSharedSecret request. Required. Valid values: ECDH.
    .PARAMETER PublicKey
    The PublicKey of the DeriveSharedSecret request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER Recipient_AttestationDocument
    The Recipient.AttestationDocument of the DeriveSharedSecret request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo.
    .PARAMETER Recipient_KeyEncryptionAlgorithm
    The Recipient.KeyEncryptionAlgorithm of the DeriveSharedSecret request. Valid values: RSAES_OAEP_SHA_256.
    .PARAMETER DryRun
    The DryRun of the DeriveSharedSecret request.
    .PARAMETER GrantToken
    The GrantTokens of the DeriveSharedSecret request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DeriveSharedSecretResponse). Specifying the name of a property of type DeriveSharedSecretResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $peer = [System.IO.File]::ReadAllBytes('peer-public.der')
    (Get-KMSSharedSecret -KeyId alias/ecdh -KeyAgreementAlgorithm ECDH -PublicKey $peer).SharedSecret.ToArray()
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DeriveSharedSecret.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('ECDH')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeyAgreementAlgorithm,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $PublicKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSSharedSecret' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSSigning {
    <#
    .SYNOPSIS
    Creates a digital signature for a message or message digest by using the private key in an asymmetric signing KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service Sign API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Invoke-KMSSigning does.
    .PARAMETER Message
    The Message of the Sign request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER KeyId
    The KeyId of the Sign request. Required.
    .PARAMETER SigningAlgorithm
    The SigningAlgorithm of the Sign request. Required. Valid values: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, ED25519_SHA_512, ED25519_PH_SHA_512, SM2DSA, ML_DSA_SHAKE_256.
    .PARAMETER MessageType
    The MessageType of the Sign request. Valid values: RAW, DIGEST, EXTERNAL_MU.
    .PARAMETER DryRun
    The DryRun of the Sign request.
    .PARAMETER GrantToken
    The GrantTokens of the Sign request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Signature'. Specifying -Select '*' will result in the cmdlet returning the whole service response (SignResponse). Specifying the name of a property of type SignResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $signature = Invoke-KMSSigning -KeyId alias/signer -Message 'hello' -SigningAlgorithm ECDSA_SHA_256 -MessageType RAW
    [System.IO.File]::WriteAllBytes('hello.sig', $signature.ToArray())
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512', 'ED25519_SHA_512', 'ED25519_PH_SHA_512', 'SM2DSA', 'ML_DSA_SHAKE_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RAW', 'DIGEST', 'EXTERNAL_MU')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSSigning' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Test-KMSSignature {
    <#
    .SYNOPSIS
    Verifies a digital signature that was generated by Sign, using the same asymmetric KMS key, message and signing algorithm.
    .DESCRIPTION
    Calls the AWS Key Management Service Verify API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Test-KMSSignature does.
    .PARAMETER Message
    The Message of the Verify request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER KeyId
    The KeyId of the Verify request. Required.
    .PARAMETER Signature
    The Signature of the Verify request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER SigningAlgorithm
    The SigningAlgorithm of the Verify request. Required. Valid values: RSASSA_PSS_SHA_256, RSASSA_PSS_SHA_384, RSASSA_PSS_SHA_512, RSASSA_PKCS1_V1_5_SHA_256, RSASSA_PKCS1_V1_5_SHA_384, RSASSA_PKCS1_V1_5_SHA_512, ECDSA_SHA_256, ECDSA_SHA_384, ECDSA_SHA_512, ED25519_SHA_512, ED25519_PH_SHA_512, SM2DSA, ML_DSA_SHAKE_256.
    .PARAMETER MessageType
    The MessageType of the Verify request. Valid values: RAW, DIGEST, EXTERNAL_MU.
    .PARAMETER DryRun
    The DryRun of the Verify request.
    .PARAMETER GrantToken
    The GrantTokens of the Verify request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'SignatureValid'. Specifying -Select '*' will result in the cmdlet returning the whole service response (VerifyResponse). Specifying the name of a property of type VerifyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER PassThru
    Changes the cmdlet behavior to return the value passed to the Message parameter. The -PassThru parameter is deprecated, use -Select '^Message' instead. This parameter will be removed in a future version.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Test-KMSSignature -KeyId alias/signer -Message 'hello' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 -MessageType RAW
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_Verify.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Signature,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512', 'ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512', 'ED25519_SHA_512', 'ED25519_PH_SHA_512', 'SM2DSA', 'ML_DSA_SHAKE_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RAW', 'DIGEST', 'EXTERNAL_MU')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Test-KMSSignature' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSReEncrypt {
    <#
    .SYNOPSIS
    Decrypts ciphertext and then re-encrypts it under another KMS key, without exposing the plaintext.
    .DESCRIPTION
    Calls the AWS Key Management Service ReEncrypt API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Invoke-KMSReEncrypt does.
    .PARAMETER CiphertextBlob
    The CiphertextBlob of the ReEncrypt request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER DestinationKeyId
    The DestinationKeyId of the ReEncrypt request. Required.
    .PARAMETER DestinationEncryptionAlgorithm
    The DestinationEncryptionAlgorithm of the ReEncrypt request. Valid values: RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE, SYMMETRIC_DEFAULT.
    .PARAMETER DestinationEncryptionContext
    The DestinationEncryptionContext of the ReEncrypt request.
    .PARAMETER SourceKeyId
    The SourceKeyId of the ReEncrypt request.
    .PARAMETER SourceEncryptionAlgorithm
    The SourceEncryptionAlgorithm of the ReEncrypt request. Valid values: RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE, SYMMETRIC_DEFAULT.
    .PARAMETER SourceEncryptionContext
    The SourceEncryptionContext of the ReEncrypt request.
    .PARAMETER DryRun
    The DryRun of the ReEncrypt request.
    .PARAMETER DryRunModifier
    The DryRunModifiers of the ReEncrypt request.
    .PARAMETER GrantToken
    The GrantTokens of the ReEncrypt request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ReEncryptResponse). Specifying the name of a property of type ReEncryptResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $moved = Invoke-KMSReEncrypt -CiphertextBlob $blob -DestinationKeyId alias/new -SourceEncryptionContext @{ app = 'billing' } -DestinationEncryptionContext @{ app = 'billing' }
    $moved.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ReEncrypt.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $DestinationKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $DestinationEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $DestinationEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $SourceKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $SourceEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $SourceEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('DryRunModifiers')]
        [string[]] $DryRunModifier,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSReEncrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyPair {
    <#
    .SYNOPSIS
    Returns a unique asymmetric data key pair: a plaintext public key, a plaintext private key, and a copy of the private key encrypted under a symmetric KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateDataKeyPair API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSDataKeyPair does.
    .PARAMETER KeyId
    The KeyId of the GenerateDataKeyPair request. Required.
    .PARAMETER KeyPairSpec
    The KeyPairSpec of the GenerateDataKeyPair request. Required. Valid values: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519.
    .PARAMETER EncryptionContext
    The EncryptionContext of the GenerateDataKeyPair request.
    .PARAMETER Recipient_AttestationDocument
    The Recipient.AttestationDocument of the GenerateDataKeyPair request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo.
    .PARAMETER Recipient_KeyEncryptionAlgorithm
    The Recipient.KeyEncryptionAlgorithm of the GenerateDataKeyPair request. Valid values: RSAES_OAEP_SHA_256.
    .PARAMETER DryRun
    The DryRun of the GenerateDataKeyPair request.
    .PARAMETER GrantToken
    The GrantTokens of the GenerateDataKeyPair request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateDataKeyPairResponse). Specifying the name of a property of type GenerateDataKeyPairResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER PassThru
    Changes the cmdlet behavior to return the value passed to the KeyId parameter. The -PassThru parameter is deprecated, use -Select '^KeyId' instead. This parameter will be removed in a future version.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $pair = New-KMSDataKeyPair -KeyId alias/app -KeyPairSpec ECC_NIST_P256
    [System.IO.File]::WriteAllBytes('public.der', $pair.PublicKey.ToArray())
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPair.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SM2', 'ECC_NIST_EDWARDS25519')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyPair' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyPairWithoutPlaintext {
    <#
    .SYNOPSIS
    Returns a unique asymmetric data key pair whose private key is encrypted under a symmetric KMS key and not returned in plaintext.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateDataKeyPairWithoutPlaintext API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSDataKeyPairWithoutPlaintext does.
    .PARAMETER KeyId
    The KeyId of the GenerateDataKeyPairWithoutPlaintext request. Required.
    .PARAMETER KeyPairSpec
    The KeyPairSpec of the GenerateDataKeyPairWithoutPlaintext request. Required. Valid values: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SM2, ECC_NIST_EDWARDS25519.
    .PARAMETER EncryptionContext
    The EncryptionContext of the GenerateDataKeyPairWithoutPlaintext request.
    .PARAMETER DryRun
    The DryRun of the GenerateDataKeyPairWithoutPlaintext request.
    .PARAMETER GrantToken
    The GrantTokens of the GenerateDataKeyPairWithoutPlaintext request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateDataKeyPairWithoutPlaintextResponse). Specifying the name of a property of type GenerateDataKeyPairWithoutPlaintextResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $pair = New-KMSDataKeyPairWithoutPlaintext -KeyId alias/app -KeyPairSpec RSA_2048
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyPairWithoutPlaintext.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SM2', 'ECC_NIST_EDWARDS25519')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyPairWithoutPlaintext' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSEncrypt {
    <#
    .SYNOPSIS
    Encrypts plaintext of up to 4,096 bytes using a KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service Encrypt API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Invoke-KMSEncrypt does.
    .PARAMETER KeyId
    The KeyId of the Encrypt request. Required.
    .PARAMETER Plaintext
    The Plaintext of the Encrypt request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER EncryptionAlgorithm
    The EncryptionAlgorithm of the Encrypt request. Valid values: RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE, SYMMETRIC_DEFAULT.
    .PARAMETER EncryptionContext
    The EncryptionContext of the Encrypt request.
    .PARAMETER DryRun
    The DryRun of the Encrypt request.
    .PARAMETER GrantToken
    The GrantTokens of the Encrypt request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (EncryptResponse). Specifying the name of a property of type EncryptResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $encrypted = Invoke-KMSEncrypt -KeyId alias/app -Plaintext 'secret' -EncryptionContext @{ app = 'billing' }
    $encrypted.CiphertextBlob.ToArray()
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Plaintext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSEncrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Invoke-KMSDecrypt {
    <#
    .SYNOPSIS
    Decrypts ciphertext that was encrypted by a KMS key using Encrypt, GenerateDataKey or GenerateDataKeyPair.
    .DESCRIPTION
    Calls the AWS Key Management Service Decrypt API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Invoke-KMSDecrypt does.
    .PARAMETER CiphertextBlob
    The CiphertextBlob of the Decrypt request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER KeyId
    The KeyId of the Decrypt request.
    .PARAMETER EncryptionAlgorithm
    The EncryptionAlgorithm of the Decrypt request. Valid values: RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE, SYMMETRIC_DEFAULT.
    .PARAMETER EncryptionContext
    The EncryptionContext of the Decrypt request.
    .PARAMETER Recipient_AttestationDocument
    The Recipient.AttestationDocument of the Decrypt request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo.
    .PARAMETER Recipient_KeyEncryptionAlgorithm
    The Recipient.KeyEncryptionAlgorithm of the Decrypt request. Valid values: RSAES_OAEP_SHA_256.
    .PARAMETER DryRun
    The DryRun of the Decrypt request.
    .PARAMETER DryRunModifier
    The DryRunModifiers of the Decrypt request.
    .PARAMETER GrantToken
    The GrantTokens of the Decrypt request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DecryptResponse). Specifying the name of a property of type DecryptResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $plain = Invoke-KMSDecrypt -CiphertextBlob $encrypted.CiphertextBlob -EncryptionContext @{ app = 'billing' }
    [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray())
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'SM2PKE', 'SYMMETRIC_DEFAULT')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('DryRunModifiers')]
        [string[]] $DryRunModifier,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Invoke-KMSDecrypt' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKey {
    <#
    .SYNOPSIS
    Returns a unique symmetric data key for use outside of KMS: a plaintext copy and a copy encrypted under a symmetric KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateDataKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSDataKey does.
    .PARAMETER KeyId
    The KeyId of the GenerateDataKey request. Required.
    .PARAMETER KeySpec
    The KeySpec of the GenerateDataKey request. Valid values: AES_256, AES_128.
    .PARAMETER NumberOfBytes
    The NumberOfBytes of the GenerateDataKey request.
    .PARAMETER EncryptionContext
    The EncryptionContext of the GenerateDataKey request.
    .PARAMETER Recipient_AttestationDocument
    The Recipient.AttestationDocument of the GenerateDataKey request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo.
    .PARAMETER Recipient_KeyEncryptionAlgorithm
    The Recipient.KeyEncryptionAlgorithm of the GenerateDataKey request. Valid values: RSAES_OAEP_SHA_256.
    .PARAMETER DryRun
    The DryRun of the GenerateDataKey request.
    .PARAMETER GrantToken
    The GrantTokens of the GenerateDataKey request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateDataKeyResponse). Specifying the name of a property of type GenerateDataKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $dataKey = New-KMSDataKey -KeyId alias/app -KeySpec AES_256
    $dataKey.Plaintext.ToArray().Length
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('AES_256', 'AES_128')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSDataKeyWithoutPlaintext {
    <#
    .SYNOPSIS
    Returns a unique symmetric data key encrypted under a symmetric KMS key, without its plaintext.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateDataKeyWithoutPlaintext API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSDataKeyWithoutPlaintext does.
    .PARAMETER KeyId
    The KeyId of the GenerateDataKeyWithoutPlaintext request. Required.
    .PARAMETER KeySpec
    The KeySpec of the GenerateDataKeyWithoutPlaintext request. Valid values: AES_256, AES_128.
    .PARAMETER NumberOfBytes
    The NumberOfBytes of the GenerateDataKeyWithoutPlaintext request.
    .PARAMETER EncryptionContext
    The EncryptionContext of the GenerateDataKeyWithoutPlaintext request.
    .PARAMETER DryRun
    The DryRun of the GenerateDataKeyWithoutPlaintext request.
    .PARAMETER GrantToken
    The GrantTokens of the GenerateDataKeyWithoutPlaintext request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateDataKeyWithoutPlaintextResponse). Specifying the name of a property of type GenerateDataKeyWithoutPlaintextResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $dataKey = New-KMSDataKeyWithoutPlaintext -KeyId alias/app -KeySpec AES_256
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKeyWithoutPlaintext.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('AES_256', 'AES_128')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSDataKeyWithoutPlaintext' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSRandom {
    <#
    .SYNOPSIS
    Returns a random byte string that is cryptographically secure.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateRandom API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSRandom does.
    .PARAMETER NumberOfBytes
    The NumberOfBytes of the GenerateRandom request.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the GenerateRandom request.
    .PARAMETER Recipient_AttestationDocument
    The Recipient.AttestationDocument of the GenerateRandom request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo.
    .PARAMETER Recipient_KeyEncryptionAlgorithm
    The Recipient.KeyEncryptionAlgorithm of the GenerateRandom request. Valid values: RSAES_OAEP_SHA_256.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Plaintext'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateRandomResponse). Specifying the name of a property of type GenerateRandomResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $bytes = (New-KMSRandom -NumberOfBytes 32).ToArray()
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateRandom.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_OAEP_SHA_256')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSRandom' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSKey {
    <#
    .SYNOPSIS
    Creates a unique customer managed KMS key: symmetric or asymmetric, for encryption, signing, MACs or key agreement.
    .DESCRIPTION
    Calls the AWS Key Management Service CreateKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSKey does.
    .PARAMETER BypassPolicyLockoutSafetyCheck
    The BypassPolicyLockoutSafetyCheck of the CreateKey request.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the CreateKey request.
    .PARAMETER Description
    The Description of the CreateKey request.
    .PARAMETER KeySpec
    The KeySpec of the CreateKey request. Valid values: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, SYMMETRIC_DEFAULT, HMAC_224, HMAC_256, HMAC_384, HMAC_512, SM2, ML_DSA_44, ML_DSA_65, ML_DSA_87.
    .PARAMETER KeyUsage
    The KeyUsage of the CreateKey request. Valid values: ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT.
    .PARAMETER MultiRegion
    The MultiRegion of the CreateKey request.
    .PARAMETER Origin
    The Origin of the CreateKey request. Valid values: AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE.
    .PARAMETER Policy
    The Policy of the CreateKey request.
    .PARAMETER Tag
    The Tags of the CreateKey request.
    .PARAMETER XksKeyId
    The XksKeyId of the CreateKey request.
    .PARAMETER CustomerMasterKeySpec
    The CustomerMasterKeySpec of the CreateKey request. Valid values: RSA_2048, RSA_3072, RSA_4096, ECC_NIST_P256, ECC_NIST_P384, ECC_NIST_P521, ECC_SECG_P256K1, SYMMETRIC_DEFAULT, HMAC_224, HMAC_256, HMAC_384, HMAC_512, SM2. This parameter has been deprecated. Instead, use the KeySpec parameter.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'KeyMetadata'. Specifying -Select '*' will result in the cmdlet returning the whole service response (CreateKeyResponse). Specifying the name of a property of type CreateKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY -Description 'release signing'
    $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $BypassPolicyLockoutSafetyCheck,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Description,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519', 'SYMMETRIC_DEFAULT', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2', 'ML_DSA_44', 'ML_DSA_65', 'ML_DSA_87')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('ENCRYPT_DECRYPT', 'SIGN_VERIFY', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $KeyUsage,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $MultiRegion,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('AWS_KMS', 'EXTERNAL', 'AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $Origin,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Policy,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSA_2048', 'RSA_3072', 'RSA_4096', 'ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521', 'ECC_SECG_P256K1', 'SYMMETRIC_DEFAULT', 'HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512', 'SM2')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $CustomerMasterKeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKey {
    <#
    .SYNOPSIS
    Provides detailed information about a KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service DescribeKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKey does.
    .PARAMETER KeyId
    The KeyId of the DescribeKey request. Required.
    .PARAMETER GrantToken
    The GrantTokens of the DescribeKey request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'KeyMetadata'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DescribeKeyResponse). Specifying the name of a property of type DescribeKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER PassThru
    Changes the cmdlet behavior to return the value passed to the KeyId parameter. The -PassThru parameter is deprecated, use -Select '^KeyId' instead. This parameter will be removed in a future version.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKey -KeyId alias/app | Select-Object KeyId, KeyState, KeySpec
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyList {
    <#
    .SYNOPSIS
    Gets a list of all KMS keys in the caller's account and Region.
    .DESCRIPTION
    Calls the AWS Key Management Service ListKeys API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyList does.
    .PARAMETER Limit
    The Limit of the ListKeys request.
    .PARAMETER Marker
    The Marker of the ListKeys request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListKeys request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Keys'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListKeysResponse). Specifying the name of a property of type ListKeysResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKeyList | Get-KMSKey | Format-Table KeyId, KeyState, KeySpec
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [Alias('Get-KMSKeys')]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSPublicKey {
    <#
    .SYNOPSIS
    Returns the public key of an asymmetric KMS key, as a DER-encoded SubjectPublicKeyInfo.
    .DESCRIPTION
    Calls the AWS Key Management Service GetPublicKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSPublicKey does.
    .PARAMETER KeyId
    The KeyId of the GetPublicKey request. Required.
    .PARAMETER GrantToken
    The GrantTokens of the GetPublicKey request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GetPublicKeyResponse). Specifying the name of a property of type GetPublicKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    [System.IO.File]::WriteAllBytes('public.der', (Get-KMSPublicKey -KeyId alias/signer).PublicKey.ToArray())
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GetPublicKey.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSPublicKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Enable-KMSKey {
    <#
    .SYNOPSIS
    Sets the key state of a KMS key to enabled, so it can be used in cryptographic operations.
    .DESCRIPTION
    Calls the AWS Key Management Service EnableKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Enable-KMSKey does.
    .PARAMETER KeyId
    The KeyId of the EnableKey request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (EnableKeyResponse). Specifying the name of a property of type EnableKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Enable-KMSKey -KeyId alias/app
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Enable-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Disable-KMSKey {
    <#
    .SYNOPSIS
    Sets the state of a KMS key to disabled, which prevents its use in cryptographic operations.
    .DESCRIPTION
    Calls the AWS Key Management Service DisableKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Disable-KMSKey does.
    .PARAMETER KeyId
    The KeyId of the DisableKey request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DisableKeyResponse). Specifying the name of a property of type DisableKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Disable-KMSKey -KeyId alias/app
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Disable-KMSKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Request-KMSKeyDeletion {
    <#
    .SYNOPSIS
    Schedules the deletion of a KMS key after a waiting period of 7 to 30 days.
    .DESCRIPTION
    Calls the AWS Key Management Service ScheduleKeyDeletion API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Request-KMSKeyDeletion does.
    .PARAMETER KeyId
    The KeyId of the ScheduleKeyDeletion request. Required.
    .PARAMETER PendingWindowInDay
    The PendingWindowInDays of the ScheduleKeyDeletion request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ScheduleKeyDeletionResponse). Specifying the name of a property of type ScheduleKeyDeletionResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Request-KMSKeyDeletion -KeyId $key.KeyId -PendingWindowInDay 7
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('PendingWindowInDays')]
        [System.Nullable[int]] $PendingWindowInDay,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Request-KMSKeyDeletion' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Stop-KMSKeyDeletion {
    <#
    .SYNOPSIS
    Cancels the deletion of a KMS key; the key is then disabled.
    .DESCRIPTION
    Calls the AWS Key Management Service CancelKeyDeletion API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Stop-KMSKeyDeletion does.
    .PARAMETER KeyId
    The KeyId of the CancelKeyDeletion request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'KeyId'. Specifying -Select '*' will result in the cmdlet returning the whole service response (CancelKeyDeletionResponse). Specifying the name of a property of type CancelKeyDeletionResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Stop-KMSKeyDeletion -KeyId $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_CancelKeyDeletion.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Stop-KMSKeyDeletion' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSAlias {
    <#
    .SYNOPSIS
    Creates a friendly name for a KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service CreateAlias API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSAlias does.
    .PARAMETER AliasName
    The AliasName of the CreateAlias request. Required.
    .PARAMETER TargetKeyId
    The TargetKeyId of the CreateAlias request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (CreateAliasResponse). Specifying the name of a property of type CreateAliasResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    New-KMSAlias -AliasName alias/app -TargetKeyId $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Update-KMSAlias {
    <#
    .SYNOPSIS
    Associates an existing alias with a different KMS key of the same type and usage.
    .DESCRIPTION
    Calls the AWS Key Management Service UpdateAlias API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Update-KMSAlias does.
    .PARAMETER AliasName
    The AliasName of the UpdateAlias request. Required.
    .PARAMETER TargetKeyId
    The TargetKeyId of the UpdateAlias request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (UpdateAliasResponse). Specifying the name of a property of type UpdateAliasResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Update-KMSAlias -AliasName alias/app -TargetKeyId $newKey.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateAlias.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Update-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Remove-KMSAlias {
    <#
    .SYNOPSIS
    Deletes the specified alias; the KMS key it named is not affected.
    .DESCRIPTION
    Calls the AWS Key Management Service DeleteAlias API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Remove-KMSAlias does.
    .PARAMETER AliasName
    The AliasName of the DeleteAlias request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DeleteAliasResponse). Specifying the name of a property of type DeleteAliasResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Remove-KMSAlias -AliasName alias/app -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteAlias.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $AliasName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Remove-KMSAlias' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSAliasList {
    <#
    .SYNOPSIS
    Gets a list of aliases in the caller's account and Region, or those of one KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service ListAliases API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSAliasList does.
    .PARAMETER KeyId
    The KeyId of the ListAliases request.
    .PARAMETER Limit
    The Limit of the ListAliases request.
    .PARAMETER Marker
    The Marker of the ListAliases request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListAliases request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Aliases'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListAliasesResponse). Specifying the name of a property of type ListAliasesResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSAliasList | Where-Object TargetKeyId -eq $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [Alias('Get-KMSAliases')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSAliasList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSMac {
    <#
    .SYNOPSIS
    Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm.
    .DESCRIPTION
    Calls the AWS Key Management Service GenerateMac API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSMac does.
    .PARAMETER Message
    The Message of the GenerateMac request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER KeyId
    The KeyId of the GenerateMac request. Required.
    .PARAMETER MacAlgorithm
    The MacAlgorithm of the GenerateMac request. Required. Valid values: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.
    .PARAMETER DryRun
    The DryRun of the GenerateMac request.
    .PARAMETER GrantToken
    The GrantTokens of the GenerateMac request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GenerateMacResponse). Specifying the name of a property of type GenerateMacResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $mac = New-KMSMac -KeyId alias/hmac -Message 'hello' -MacAlgorithm HMAC_SHA_256
    $mac.Mac.ToArray()
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateMac.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $MacAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSMac' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Test-KMSMac {
    <#
    .SYNOPSIS
    Verifies the hash-based message authentication code (HMAC) for a message, HMAC KMS key and MAC algorithm.
    .DESCRIPTION
    Calls the AWS Key Management Service VerifyMac API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Test-KMSMac does.
    .PARAMETER Message
    The Message of the VerifyMac request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER KeyId
    The KeyId of the VerifyMac request. Required.
    .PARAMETER Mac
    The Mac of the VerifyMac request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER MacAlgorithm
    The MacAlgorithm of the VerifyMac request. Required. Valid values: HMAC_SHA_224, HMAC_SHA_256, HMAC_SHA_384, HMAC_SHA_512.
    .PARAMETER DryRun
    The DryRun of the VerifyMac request.
    .PARAMETER GrantToken
    The GrantTokens of the VerifyMac request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (VerifyMacResponse). Specifying the name of a property of type VerifyMacResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    (Test-KMSMac -KeyId alias/hmac -Message 'hello' -Mac $mac.Mac -MacAlgorithm HMAC_SHA_256).MacValid
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_VerifyMac.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Mac,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('HMAC_SHA_224', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $MacAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Test-KMSMac' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Update-KMSKeyDescription {
    <#
    .SYNOPSIS
    Updates the description of a KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service UpdateKeyDescription API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Update-KMSKeyDescription does.
    .PARAMETER Description
    The Description of the UpdateKeyDescription request. Required.
    .PARAMETER KeyId
    The KeyId of the UpdateKeyDescription request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (UpdateKeyDescriptionResponse). Specifying the name of a property of type UpdateKeyDescriptionResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Update-KMSKeyDescription -KeyId alias/app -Description 'billing data keys'
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateKeyDescription.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $Description,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Update-KMSKeyDescription' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSResourceTag {
    <#
    .SYNOPSIS
    Returns all tags on a KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service ListResourceTags API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSResourceTag does.
    .PARAMETER KeyId
    The KeyId of the ListResourceTags request. Required.
    .PARAMETER Limit
    The Limit of the ListResourceTags request.
    .PARAMETER Marker
    The Marker of the ListResourceTags request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListResourceTags request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Tags'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListResourceTagsResponse). Specifying the name of a property of type ListResourceTagsResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSResourceTag -KeyId alias/app
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListResourceTags.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSResourceTag' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Add-KMSResourceTag {
    <#
    .SYNOPSIS
    Adds or edits tags on a customer managed KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service TagResource API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Add-KMSResourceTag does.
    .PARAMETER KeyId
    The KeyId of the TagResource request. Required.
    .PARAMETER Tag
    The Tags of the TagResource request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (TagResourceResponse). Specifying the name of a property of type TagResourceResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER PassThru
    Changes the cmdlet behavior to return the value passed to the KeyId parameter. The -PassThru parameter is deprecated, use -Select '^KeyId' instead. This parameter will be removed in a future version.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Add-KMSResourceTag -KeyId alias/app -Tag @{ TagKey = 'team'; TagValue = 'billing' }
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_TagResource.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Add-KMSResourceTag' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Remove-KMSResourceTag {
    <#
    .SYNOPSIS
    Deletes tags from a customer managed KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service UntagResource API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Remove-KMSResourceTag does.
    .PARAMETER KeyId
    The KeyId of the UntagResource request. Required.
    .PARAMETER TagKey
    The TagKeys of the UntagResource request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (UntagResourceResponse). Specifying the name of a property of type UntagResourceResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Remove-KMSResourceTag -KeyId alias/app -TagKey team -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_UntagResource.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [Alias('TagKeys')]
        [string[]] $TagKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Remove-KMSResourceTag' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyPolicy {
    <#
    .SYNOPSIS
    Gets a key policy attached to the specified KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service GetKeyPolicy API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyPolicy does.
    .PARAMETER KeyId
    The KeyId of the GetKeyPolicy request. Required.
    .PARAMETER PolicyName
    The PolicyName of the GetKeyPolicy request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Policy'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GetKeyPolicyResponse). Specifying the name of a property of type GetKeyPolicyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKeyPolicy -KeyId $key.KeyId | ConvertFrom-Json
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyPolicy.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $PolicyName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyPolicy' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Write-KMSKeyPolicy {
    <#
    .SYNOPSIS
    Attaches a key policy to the specified KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service PutKeyPolicy API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Write-KMSKeyPolicy does.
    .PARAMETER KeyId
    The KeyId of the PutKeyPolicy request. Required.
    .PARAMETER Policy
    The Policy of the PutKeyPolicy request. Required.
    .PARAMETER PolicyName
    The PolicyName of the PutKeyPolicy request.
    .PARAMETER BypassPolicyLockoutSafetyCheck
    The BypassPolicyLockoutSafetyCheck of the PutKeyPolicy request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (PutKeyPolicyResponse). Specifying the name of a property of type PutKeyPolicyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Write-KMSKeyPolicy -KeyId $key.KeyId -Policy (Get-Content -Raw policy.json)
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $Policy,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $PolicyName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $BypassPolicyLockoutSafetyCheck,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Write-KMSKeyPolicy' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyPolicyList {
    <#
    .SYNOPSIS
    Gets the names of the key policies attached to a KMS key: always default.
    .DESCRIPTION
    Calls the AWS Key Management Service ListKeyPolicies API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyPolicyList does.
    .PARAMETER KeyId
    The KeyId of the ListKeyPolicies request. Required.
    .PARAMETER Limit
    The Limit of the ListKeyPolicies request.
    .PARAMETER Marker
    The Marker of the ListKeyPolicies request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListKeyPolicies request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'PolicyNames'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListKeyPoliciesResponse). Specifying the name of a property of type ListKeyPoliciesResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKeyPolicyList -KeyId $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyPolicies.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [Alias('Get-KMSKeyPolicies')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyPolicyList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Enable-KMSKeyRotation {
    <#
    .SYNOPSIS
    Enables automatic rotation of the key material of a symmetric encryption KMS key, every 90 to 2560 days (365 by default).
    .DESCRIPTION
    Calls the AWS Key Management Service EnableKeyRotation API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Enable-KMSKeyRotation does.
    .PARAMETER KeyId
    The KeyId of the EnableKeyRotation request. Required.
    .PARAMETER RotationPeriodInDay
    The RotationPeriodInDays of the EnableKeyRotation request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (EnableKeyRotationResponse). Specifying the name of a property of type EnableKeyRotationResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Enable-KMSKeyRotation -KeyId $key.KeyId -RotationPeriodInDay 180
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKeyRotation.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RotationPeriodInDays')]
        [System.Nullable[int]] $RotationPeriodInDay,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Enable-KMSKeyRotation' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Disable-KMSKeyRotation {
    <#
    .SYNOPSIS
    Disables automatic rotation of the key material of a symmetric encryption KMS key.
    .DESCRIPTION
    Calls the AWS Key Management Service DisableKeyRotation API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Disable-KMSKeyRotation does.
    .PARAMETER KeyId
    The KeyId of the DisableKeyRotation request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DisableKeyRotationResponse). Specifying the name of a property of type DisableKeyRotationResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Disable-KMSKeyRotation -KeyId $key.KeyId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKeyRotation.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Disable-KMSKeyRotation' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyRotationStatus {
    <#
    .SYNOPSIS
    Tells whether automatic rotation of the key material is enabled for a KMS key, its period and its next date.
    .DESCRIPTION
    Calls the AWS Key Management Service GetKeyRotationStatus API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyRotationStatus does.
    .PARAMETER KeyId
    The KeyId of the GetKeyRotationStatus request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'KeyRotationEnabled'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GetKeyRotationStatusResponse). Specifying the name of a property of type GetKeyRotationStatusResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKeyRotationStatus -KeyId $key.KeyId -Select *
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyRotationStatus' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Start-KMSRotateKeyOnDemand {
    <#
    .SYNOPSIS
    Rotates the key material of a symmetric encryption KMS key at once, whatever its automatic rotation (25 times at most).
    .DESCRIPTION
    Calls the AWS Key Management Service RotateKeyOnDemand API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Start-KMSRotateKeyOnDemand does.
    .PARAMETER KeyId
    The KeyId of the RotateKeyOnDemand request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'KeyId'. Specifying -Select '*' will result in the cmdlet returning the whole service response (RotateKeyOnDemandResponse). Specifying the name of a property of type RotateKeyOnDemandResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Start-KMSRotateKeyOnDemand -KeyId $key.KeyId -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_RotateKeyOnDemand.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Start-KMSRotateKeyOnDemand' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyRotation {
    <#
    .SYNOPSIS
    Lists the completed rotations of a KMS key's material, with their dates and types.
    .DESCRIPTION
    Calls the AWS Key Management Service ListKeyRotations API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyRotation does.
    .PARAMETER KeyId
    The KeyId of the ListKeyRotations request. Required.
    .PARAMETER IncludeKeyMaterial
    The IncludeKeyMaterial of the ListKeyRotations request. Valid values: ALL_KEY_MATERIAL, ROTATIONS_ONLY.
    .PARAMETER Limit
    The Limit of the ListKeyRotations request.
    .PARAMETER Marker
    The Marker of the ListKeyRotations request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListKeyRotations request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Rotations'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListKeyRotationsResponse). Specifying the name of a property of type ListKeyRotationsResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSKeyRotation -KeyId $key.KeyId | Format-Table KeyMaterialId, RotationDate, RotationType
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeyRotations.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('ALL_KEY_MATERIAL', 'ROTATIONS_ONLY')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $IncludeKeyMaterial,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyRotation' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSParametersForImport {
    <#
    .SYNOPSIS
    Returns the public key and an import token (valid for 24 hours) to wrap key material for a KMS key with Origin EXTERNAL.
    .DESCRIPTION
    Calls the AWS Key Management Service GetParametersForImport API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSParametersForImport does.
    .PARAMETER KeyId
    The KeyId of the GetParametersForImport request. Required.
    .PARAMETER WrappingAlgorithm
    The WrappingAlgorithm of the GetParametersForImport request. Required. Valid values: RSAES_PKCS1_V1_5, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, RSA_AES_KEY_WRAP_SHA_1, RSA_AES_KEY_WRAP_SHA_256, SM2PKE.
    .PARAMETER WrappingKeySpec
    The WrappingKeySpec of the GetParametersForImport request. Required. Valid values: RSA_2048, RSA_3072, RSA_4096, SM2.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GetParametersForImportResponse). Specifying the name of a property of type GetParametersForImportResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $params = Get-KMSParametersForImport -KeyId $key.KeyId -WrappingAlgorithm RSA_AES_KEY_WRAP_SHA_256 -WrappingKeySpec RSA_4096
    [IO.File]::WriteAllBytes('wrapping.der', $params.PublicKey.ToArray())
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GetParametersForImport.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSAES_PKCS1_V1_5', 'RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256', 'RSA_AES_KEY_WRAP_SHA_1', 'RSA_AES_KEY_WRAP_SHA_256', 'SM2PKE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $WrappingAlgorithm,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('RSA_2048', 'RSA_3072', 'RSA_4096', 'SM2')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $WrappingKeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSParametersForImport' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Import-KMSKeyMaterial {
    <#
    .SYNOPSIS
    Imports key material, wrapped under the public key from Get-KMSParametersForImport, into a KMS key with Origin EXTERNAL.
    .DESCRIPTION
    Calls the AWS Key Management Service ImportKeyMaterial API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Import-KMSKeyMaterial does.
    .PARAMETER KeyId
    The KeyId of the ImportKeyMaterial request. Required.
    .PARAMETER EncryptedKeyMaterial
    The EncryptedKeyMaterial of the ImportKeyMaterial request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER ImportToken
    The ImportToken of the ImportKeyMaterial request: a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo. Required.
    .PARAMETER ExpirationModel
    The ExpirationModel of the ImportKeyMaterial request. Valid values: KEY_MATERIAL_EXPIRES, KEY_MATERIAL_DOES_NOT_EXPIRE.
    .PARAMETER ImportType
    The ImportType of the ImportKeyMaterial request. Valid values: NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL.
    .PARAMETER KeyMaterialDescription
    The KeyMaterialDescription of the ImportKeyMaterial request.
    .PARAMETER KeyMaterialId
    The KeyMaterialId of the ImportKeyMaterial request.
    .PARAMETER ValidTo
    The ValidTo of the ImportKeyMaterial request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ImportKeyMaterialResponse). Specifying the name of a property of type ImportKeyMaterialResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Import-KMSKeyMaterial -KeyId $key.KeyId -ImportToken $params.ImportToken -EncryptedKeyMaterial ([IO.File]::ReadAllBytes('wrapped.bin')) -ExpirationModel KEY_MATERIAL_DOES_NOT_EXPIRE -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ImportKeyMaterial.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $EncryptedKeyMaterial,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $ImportToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('KEY_MATERIAL_EXPIRES', 'KEY_MATERIAL_DOES_NOT_EXPIRE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $ExpirationModel,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $ImportType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyMaterialDescription,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyMaterialId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[datetime]] $ValidTo,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Import-KMSKeyMaterial' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Remove-KMSImportedKeyMaterial {
    <#
    .SYNOPSIS
    Deletes imported key material from a KMS key (the current material unless KeyMaterialId names another); the key is PendingImport until it is imported again.
    .DESCRIPTION
    Calls the AWS Key Management Service DeleteImportedKeyMaterial API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Remove-KMSImportedKeyMaterial does.
    .PARAMETER KeyId
    The KeyId of the DeleteImportedKeyMaterial request. Required.
    .PARAMETER KeyMaterialId
    The KeyMaterialId of the DeleteImportedKeyMaterial request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DeleteImportedKeyMaterialResponse). Specifying the name of a property of type DeleteImportedKeyMaterialResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Remove-KMSImportedKeyMaterial -KeyId $key.KeyId -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteImportedKeyMaterial.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyMaterialId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Remove-KMSImportedKeyMaterial' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSGrant {
    <#
    .SYNOPSIS
    Adds a grant to a KMS key: permission for a principal to use the key in the operations named.
    .DESCRIPTION
    Calls the AWS Key Management Service CreateGrant API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSGrant does.
    .PARAMETER KeyId
    The KeyId of the CreateGrant request. Required.
    .PARAMETER Operation
    The Operations of the CreateGrant request. Required.
    .PARAMETER GranteePrincipal
    The GranteePrincipal of the CreateGrant request.
    .PARAMETER GranteeServicePrincipal
    The GranteeServicePrincipal of the CreateGrant request.
    .PARAMETER RetiringPrincipal
    The RetiringPrincipal of the CreateGrant request.
    .PARAMETER RetiringServicePrincipal
    The RetiringServicePrincipal of the CreateGrant request.
    .PARAMETER Constraints_EncryptionContextEqual
    The Constraints.EncryptionContextEquals of the CreateGrant request.
    .PARAMETER Constraints_EncryptionContextSubset
    The Constraints.EncryptionContextSubset of the CreateGrant request.
    .PARAMETER Constraints_SourceArn
    The Constraints.SourceArn of the CreateGrant request.
    .PARAMETER Name
    The Name of the CreateGrant request.
    .PARAMETER DryRun
    The DryRun of the CreateGrant request.
    .PARAMETER GrantToken
    The GrantTokens of the CreateGrant request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (CreateGrantResponse). Specifying the name of a property of type CreateGrantResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $grant = New-KMSGrant -KeyId $key.KeyId -GranteePrincipal 'arn:aws:iam::111122223333:role/app' -Operation Encrypt, Decrypt -Force
    $grant.GrantId
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateGrant.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [Alias('Operations')]
        [string[]] $Operation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GranteePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GranteeServicePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $RetiringPrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $RetiringServicePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Constraints_EncryptionContextEquals')]
        [System.Collections.Hashtable] $Constraints_EncryptionContextEqual,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $Constraints_EncryptionContextSubset,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Constraints_SourceArn,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Name,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSGrant' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSGrantList {
    <#
    .SYNOPSIS
    Lists the grants on a KMS key, optionally only those with a grant ID or grantee principal.
    .DESCRIPTION
    Calls the AWS Key Management Service ListGrants API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSGrantList does.
    .PARAMETER KeyId
    The KeyId of the ListGrants request. Required.
    .PARAMETER GrantId
    The GrantId of the ListGrants request.
    .PARAMETER GranteePrincipal
    The GranteePrincipal of the ListGrants request.
    .PARAMETER GranteeServicePrincipal
    The GranteeServicePrincipal of the ListGrants request.
    .PARAMETER Limit
    The Limit of the ListGrants request.
    .PARAMETER Marker
    The Marker of the ListGrants request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListGrants request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Grants'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListGrantsResponse). Specifying the name of a property of type ListGrantsResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSGrantList -KeyId $key.KeyId | Format-Table GrantId, GranteePrincipal, Operations
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListGrants.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    [Alias('Get-KMSGrants')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GrantId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GranteePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GranteeServicePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSGrantList' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSRetirableGrant {
    <#
    .SYNOPSIS
    Lists the grants in the account and Region that a retiring principal can retire.
    .DESCRIPTION
    Calls the AWS Key Management Service ListRetirableGrants API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSRetirableGrant does.
    .PARAMETER RetiringPrincipal
    The RetiringPrincipal of the ListRetirableGrants request.
    .PARAMETER RetiringServicePrincipal
    The RetiringServicePrincipal of the ListRetirableGrants request.
    .PARAMETER Limit
    The Limit of the ListRetirableGrants request.
    .PARAMETER Marker
    The Marker of the ListRetirableGrants request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the ListRetirableGrants request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'Grants'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ListRetirableGrantsResponse). Specifying the name of a property of type ListRetirableGrantsResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSRetirableGrant -RetiringPrincipal 'arn:aws:iam::111122223333:role/admin'
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ListRetirableGrants.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $RetiringPrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $RetiringServicePrincipal,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSRetirableGrant' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Disable-KMSGrant {
    <#
    .SYNOPSIS
    Retires a grant, named by its grant token or by its key and grant ID.
    .DESCRIPTION
    Calls the AWS Key Management Service RetireGrant API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Disable-KMSGrant does.
    .PARAMETER GrantToken
    The GrantToken of the RetireGrant request.
    .PARAMETER KeyId
    The KeyId of the RetireGrant request.
    .PARAMETER GrantId
    The GrantId of the RetireGrant request.
    .PARAMETER DryRun
    The DryRun of the RetireGrant request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (RetireGrantResponse). Specifying the name of a property of type RetireGrantResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Disable-KMSGrant -GrantToken $grant.GrantToken -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_RetireGrant.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $GrantId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Disable-KMSGrant' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Revoke-KMSGrant {
    <#
    .SYNOPSIS
    Deletes a grant from a KMS key, named by the key and the grant ID.
    .DESCRIPTION
    Calls the AWS Key Management Service RevokeGrant API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Revoke-KMSGrant does.
    .PARAMETER KeyId
    The KeyId of the RevokeGrant request. Required.
    .PARAMETER GrantId
    The GrantId of the RevokeGrant request. Required.
    .PARAMETER DryRun
    The DryRun of the RevokeGrant request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (RevokeGrantResponse). Specifying the name of a property of type RevokeGrantResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER PassThru
    Changes the cmdlet behavior to return the value passed to the KeyId parameter. The -PassThru parameter is deprecated, use -Select '^KeyId' instead. This parameter will be removed in a future version.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Revoke-KMSGrant -KeyId $key.KeyId -GrantId $grant.GrantId -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_RevokeGrant.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $GrantId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $PassThru,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Revoke-KMSGrant' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSKeyLastUsage {
    <#
    .SYNOPSIS
    Returns the last successful cryptographic operation made with a KMS key, and when.
    .DESCRIPTION
    Calls the AWS Key Management Service GetKeyLastUsage API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSKeyLastUsage does.
    .PARAMETER KeyId
    The KeyId of the GetKeyLastUsage request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (GetKeyLastUsageResponse). Specifying the name of a property of type GetKeyLastUsageResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    (Get-KMSKeyLastUsage -KeyId $key.KeyId).KeyLastUsage
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyLastUsage.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSKeyLastUsage' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSReplicaKey {
    <#
    .SYNOPSIS
    Replicates a multi-Region primary key into another Region of the same partition: a related key with the same id and key material.
    .DESCRIPTION
    Calls the AWS Key Management Service ReplicateKey API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSReplicaKey does.
    .PARAMETER KeyId
    The KeyId of the ReplicateKey request. Required.
    .PARAMETER ReplicaRegion
    The ReplicaRegion of the ReplicateKey request. Required.
    .PARAMETER BypassPolicyLockoutSafetyCheck
    The BypassPolicyLockoutSafetyCheck of the ReplicateKey request.
    .PARAMETER Description
    The Description of the ReplicateKey request.
    .PARAMETER Policy
    The Policy of the ReplicateKey request.
    .PARAMETER Tag
    The Tags of the ReplicateKey request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ReplicateKeyResponse). Specifying the name of a property of type ReplicateKeyResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $replica = New-KMSReplicaKey -KeyId $primary.KeyId -ReplicaRegion eu-west-1 -Force
    $replica.ReplicaKeyMetadata.Arn
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ReplicateKey.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $ReplicaRegion,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $BypassPolicyLockoutSafetyCheck,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Description,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Policy,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSReplicaKey' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Update-KMSPrimaryRegion {
    <#
    .SYNOPSIS
    Makes the replica of a multi-Region key in another Region its primary key; the primary key becomes a replica.
    .DESCRIPTION
    Calls the AWS Key Management Service UpdatePrimaryRegion API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Update-KMSPrimaryRegion does.
    .PARAMETER KeyId
    The KeyId of the UpdatePrimaryRegion request. Required.
    .PARAMETER PrimaryRegion
    The PrimaryRegion of the UpdatePrimaryRegion request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (UpdatePrimaryRegionResponse). Specifying the name of a property of type UpdatePrimaryRegionResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Update-KMSPrimaryRegion -KeyId $primary.KeyId -PrimaryRegion eu-west-1 -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdatePrimaryRegion.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $PrimaryRegion,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Update-KMSPrimaryRegion' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function New-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Creates a custom key store: an AWS CloudHSM key store, or an external key store behind an external key store proxy.
    .DESCRIPTION
    Calls the AWS Key Management Service CreateCustomKeyStore API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's New-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreName
    The CustomKeyStoreName of the CreateCustomKeyStore request. Required.
    .PARAMETER CloudHsmClusterId
    The CloudHsmClusterId of the CreateCustomKeyStore request.
    .PARAMETER CustomKeyStoreType
    The CustomKeyStoreType of the CreateCustomKeyStore request. Valid values: AWS_CLOUDHSM, EXTERNAL_KEY_STORE.
    .PARAMETER KeyStorePassword
    The KeyStorePassword of the CreateCustomKeyStore request.
    .PARAMETER TrustAnchorCertificate
    The TrustAnchorCertificate of the CreateCustomKeyStore request.
    .PARAMETER XksProxyAuthenticationCredential_AccessKeyId
    The XksProxyAuthenticationCredential.AccessKeyId of the CreateCustomKeyStore request.
    .PARAMETER XksProxyAuthenticationCredential_RawSecretAccessKey
    The XksProxyAuthenticationCredential.RawSecretAccessKey of the CreateCustomKeyStore request.
    .PARAMETER XksProxyConnectivity
    The XksProxyConnectivity of the CreateCustomKeyStore request. Valid values: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.
    .PARAMETER XksProxyUriEndpoint
    The XksProxyUriEndpoint of the CreateCustomKeyStore request.
    .PARAMETER XksProxyUriPath
    The XksProxyUriPath of the CreateCustomKeyStore request.
    .PARAMETER XksProxyVpcEndpointServiceName
    The XksProxyVpcEndpointServiceName of the CreateCustomKeyStore request.
    .PARAMETER XksProxyVpcEndpointServiceOwner
    The XksProxyVpcEndpointServiceOwner of the CreateCustomKeyStore request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'CustomKeyStoreId'. Specifying -Select '*' will result in the cmdlet returning the whole service response (CreateCustomKeyStoreResponse). Specifying the name of a property of type CreateCustomKeyStoreResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    $id = New-KMSCustomKeyStore -CustomKeyStoreName app-hsm -CloudHsmClusterId cluster-1a23b4cdefg -KeyStorePassword 'kmsPswd1' -TrustAnchorCertificate (Get-Content -Raw customerCA.crt) -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateCustomKeyStore.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CloudHsmClusterId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('AWS_CLOUDHSM', 'EXTERNAL_KEY_STORE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyStorePassword,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $TrustAnchorCertificate,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyAuthenticationCredential_AccessKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyAuthenticationCredential_RawSecretAccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $XksProxyConnectivity,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyUriEndpoint,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyUriPath,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyVpcEndpointServiceName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyVpcEndpointServiceOwner,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'New-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Get-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Gets information about the custom key stores in the account and Region, or the one named by id or name.
    .DESCRIPTION
    Calls the AWS Key Management Service DescribeCustomKeyStores API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Get-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the DescribeCustomKeyStores request.
    .PARAMETER CustomKeyStoreName
    The CustomKeyStoreName of the DescribeCustomKeyStores request.
    .PARAMETER Limit
    The Limit of the DescribeCustomKeyStores request.
    .PARAMETER Marker
    The Marker of the DescribeCustomKeyStores request.
    .PARAMETER NoAutoIteration
    The NoAutoIteration of the DescribeCustomKeyStores request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is 'CustomKeyStores'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DescribeCustomKeyStoresResponse). Specifying the name of a property of type DescribeCustomKeyStoresResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Get-KMSCustomKeyStore | Format-Table CustomKeyStoreId, CustomKeyStoreName, ConnectionState
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeCustomKeyStores.html
    #>
    [CmdletBinding(PositionalBinding = $false)]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [PsKms.KeepNull()]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Get-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Update-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Changes the properties of a custom key store: its name in any state, most others only while it is disconnected.
    .DESCRIPTION
    Calls the AWS Key Management Service UpdateCustomKeyStore API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Update-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the UpdateCustomKeyStore request. Required.
    .PARAMETER CloudHsmClusterId
    The CloudHsmClusterId of the UpdateCustomKeyStore request.
    .PARAMETER KeyStorePassword
    The KeyStorePassword of the UpdateCustomKeyStore request.
    .PARAMETER NewCustomKeyStoreName
    The NewCustomKeyStoreName of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyAuthenticationCredential_AccessKeyId
    The XksProxyAuthenticationCredential.AccessKeyId of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyAuthenticationCredential_RawSecretAccessKey
    The XksProxyAuthenticationCredential.RawSecretAccessKey of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyConnectivity
    The XksProxyConnectivity of the UpdateCustomKeyStore request. Valid values: PUBLIC_ENDPOINT, VPC_ENDPOINT_SERVICE.
    .PARAMETER XksProxyUriEndpoint
    The XksProxyUriEndpoint of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyUriPath
    The XksProxyUriPath of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyVpcEndpointServiceName
    The XksProxyVpcEndpointServiceName of the UpdateCustomKeyStore request.
    .PARAMETER XksProxyVpcEndpointServiceOwner
    The XksProxyVpcEndpointServiceOwner of the UpdateCustomKeyStore request.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (UpdateCustomKeyStoreResponse). Specifying the name of a property of type UpdateCustomKeyStoreResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Update-KMSCustomKeyStore -CustomKeyStoreId $id -NewCustomKeyStoreName app-hsm-2 -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_UpdateCustomKeyStore.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $CloudHsmClusterId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $KeyStorePassword,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $NewCustomKeyStoreName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyAuthenticationCredential_AccessKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyAuthenticationCredential_RawSecretAccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @('PUBLIC_ENDPOINT', 'VPC_ENDPOINT_SERVICE')) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]
        [PsKms.KeepNull()]
        [string] $XksProxyConnectivity,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyUriEndpoint,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyUriPath,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyVpcEndpointServiceName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $XksProxyVpcEndpointServiceOwner,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Update-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Remove-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Deletes a custom key store, which must be disconnected and hold no KMS keys.
    .DESCRIPTION
    Calls the AWS Key Management Service DeleteCustomKeyStore API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Remove-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the DeleteCustomKeyStore request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DeleteCustomKeyStoreResponse). Specifying the name of a property of type DeleteCustomKeyStoreResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Remove-KMSCustomKeyStore -CustomKeyStoreId $id -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DeleteCustomKeyStore.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Remove-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Connect-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Connects a custom key store so that KMS keys can be created and used in it.
    .DESCRIPTION
    Calls the AWS Key Management Service ConnectCustomKeyStore API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Connect-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the ConnectCustomKeyStore request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (ConnectCustomKeyStoreResponse). Specifying the name of a property of type ConnectCustomKeyStoreResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Connect-KMSCustomKeyStore -CustomKeyStoreId $id -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_ConnectCustomKeyStore.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Connect-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}

function Disconnect-KMSCustomKeyStore {
    <#
    .SYNOPSIS
    Disconnects a custom key store: its KMS keys are Unavailable until it is connected again.
    .DESCRIPTION
    Calls the AWS Key Management Service DisconnectCustomKeyStore API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's Disconnect-KMSCustomKeyStore does.
    .PARAMETER CustomKeyStoreId
    The CustomKeyStoreId of the DisconnectCustomKeyStore request. Required.
    .PARAMETER Select
    Use the -Select parameter to control the cmdlet output. The default value is '*'. Specifying -Select '*' will result in the cmdlet returning the whole service response (DisconnectCustomKeyStoreResponse). Specifying the name of a property of type DisconnectCustomKeyStoreResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.
    .PARAMETER Force
    This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.
    .PARAMETER Region
    The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.
    .PARAMETER EndpointUrl
    The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.
    .PARAMETER ProfileName
    The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.
    .PARAMETER ProfileLocation
    The location of the shared credentials file, where it is not the default.
    .PARAMETER AccessKey
    The AWS access key for a call to an endpoint.
    .PARAMETER SecretKey
    The AWS secret key for a call to an endpoint.
    .PARAMETER SessionToken
    The session token for a call to an endpoint with temporary credentials.
    .EXAMPLE
    Disconnect-KMSCustomKeyStore -CustomKeyStoreId $id -Force
    .LINK
    https://docs.aws.amazon.com/kms/latest/APIReference/API_DisconnectCustomKeyStore.html
    #>
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium', PositionalBinding = $false)]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [PsKms.KeepNull()]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [PsKms.KeepNull()]
        [string] $Select,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $Force,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('RegionToCall')]
        [object] $Region,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EndpointUrl,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('StoredCredentials', 'AWSProfileName')]
        [string] $ProfileName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AWSProfilesLocation', 'ProfilesLocation')]
        [string] $ProfileLocation,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('AK')]
        [string] $AccessKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('SK', 'SecretAccessKey')]
        [string] $SecretKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('ST')]
        [string] $SessionToken
    )
    process {
        Invoke-PsKmsCmdlet -Name 'Disconnect-KMSCustomKeyStore' -Bound $PSBoundParameters -Caller $PSCmdlet
    }
}


Export-ModuleMember -Function @('Get-KMSSharedSecret', 'Invoke-KMSSigning', 'Test-KMSSignature', 'Invoke-KMSReEncrypt', 'New-KMSDataKeyPair', 'New-KMSDataKeyPairWithoutPlaintext', 'Invoke-KMSEncrypt', 'Invoke-KMSDecrypt', 'New-KMSDataKey', 'New-KMSDataKeyWithoutPlaintext', 'New-KMSRandom', 'New-KMSKey', 'Get-KMSKey', 'Get-KMSKeyList', 'Get-KMSPublicKey', 'Enable-KMSKey', 'Disable-KMSKey', 'Request-KMSKeyDeletion', 'Stop-KMSKeyDeletion', 'New-KMSAlias', 'Update-KMSAlias', 'Remove-KMSAlias', 'Get-KMSAliasList', 'New-KMSMac', 'Test-KMSMac', 'Update-KMSKeyDescription', 'Get-KMSResourceTag', 'Add-KMSResourceTag', 'Remove-KMSResourceTag', 'Get-KMSKeyPolicy', 'Write-KMSKeyPolicy', 'Get-KMSKeyPolicyList', 'Enable-KMSKeyRotation', 'Disable-KMSKeyRotation', 'Get-KMSKeyRotationStatus', 'Start-KMSRotateKeyOnDemand', 'Get-KMSKeyRotation', 'Get-KMSParametersForImport', 'Import-KMSKeyMaterial', 'Remove-KMSImportedKeyMaterial', 'New-KMSGrant', 'Get-KMSGrantList', 'Get-KMSRetirableGrant', 'Disable-KMSGrant', 'Revoke-KMSGrant', 'Get-KMSKeyLastUsage', 'New-KMSReplicaKey', 'Update-KMSPrimaryRegion', 'New-KMSCustomKeyStore', 'Get-KMSCustomKeyStore', 'Update-KMSCustomKeyStore', 'Remove-KMSCustomKeyStore', 'Connect-KMSCustomKeyStore', 'Disconnect-KMSCustomKeyStore') -Alias @('Get-KMSKeys', 'Get-KMSAliases', 'Get-KMSKeyPolicies', 'Get-KMSGrants')
