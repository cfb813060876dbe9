# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).
# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.

if (-not ('Amazon.KeyManagementService.Model.NotFoundException' -as [type])) {
    Add-Type -TypeDefinition @'
namespace Amazon.KeyManagementService.Model {
    public class AmazonKeyManagementServiceException : System.Exception {
        public string ErrorCode { get; private set; }
        public int StatusCode { get; private set; }
        public AmazonKeyManagementServiceException(string message, string code, int status) : base(message) { ErrorCode = code; StatusCode = status; }
    }
    public class AlreadyExistsException : AmazonKeyManagementServiceException { public AlreadyExistsException(string message, string code, int status) : base(message, code, status) {} }
    public class CustomKeyStoreNotFoundException : AmazonKeyManagementServiceException { public CustomKeyStoreNotFoundException(string message, string code, int status) : base(message, code, status) {} }
    public class DependencyTimeoutException : AmazonKeyManagementServiceException { public DependencyTimeoutException(string message, string code, int status) : base(message, code, status) {} }
    public class DisabledException : AmazonKeyManagementServiceException { public DisabledException(string message, string code, int status) : base(message, code, status) {} }
    public class DryRunOperationException : AmazonKeyManagementServiceException { public DryRunOperationException(string message, string code, int status) : base(message, code, status) {} }
    public class IncorrectKeyException : AmazonKeyManagementServiceException { public IncorrectKeyException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidAliasNameException : AmazonKeyManagementServiceException { public InvalidAliasNameException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidArnException : AmazonKeyManagementServiceException { public InvalidArnException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidCiphertextException : AmazonKeyManagementServiceException { public InvalidCiphertextException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidGrantTokenException : AmazonKeyManagementServiceException { public InvalidGrantTokenException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidKeyUsageException : AmazonKeyManagementServiceException { public InvalidKeyUsageException(string message, string code, int status) : base(message, code, status) {} }
    public class InvalidMarkerException : AmazonKeyManagementServiceException { public InvalidMarkerException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInternalException : AmazonKeyManagementServiceException { public KMSInternalException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInvalidMacException : AmazonKeyManagementServiceException { public KMSInvalidMacException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInvalidSignatureException : AmazonKeyManagementServiceException { public KMSInvalidSignatureException(string message, string code, int status) : base(message, code, status) {} }
    public class KMSInvalidStateException : AmazonKeyManagementServiceException { public KMSInvalidStateException(string message, string code, int status) : base(message, code, status) {} }
    public class KeyUnavailableException : AmazonKeyManagementServiceException { public KeyUnavailableException(string message, string code, int status) : base(message, code, status) {} }
    public class LimitExceededException : AmazonKeyManagementServiceException { public LimitExceededException(string message, string code, int status) : base(message, code, status) {} }
    public class NotAuthorizedException : AmazonKeyManagementServiceException { public NotAuthorizedException(string message, string code, int status) : base(message, code, status) {} }
    public class NotFoundException : AmazonKeyManagementServiceException { public NotFoundException(string message, string code, int status) : base(message, code, status) {} }
    public class TagException : AmazonKeyManagementServiceException { public TagException(string message, string code, int status) : base(message, code, status) {} }
    public class UnsupportedOperationException : AmazonKeyManagementServiceException { public UnsupportedOperationException(string message, string code, int status) : base(message, code, status) {} }
    public class ValidationException : AmazonKeyManagementServiceException { public ValidationException(string message, string code, int status) : base(message, code, status) {} }
}
'@
}

. (Join-Path $PSScriptRoot 'PsKms.Runtime.ps1')

function Get-KMSSharedSecret {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyAgreementAlgorithm,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $PublicKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Signature,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $SigningAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $MessageType,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $DestinationKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $DestinationEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $DestinationEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $SourceKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $SourceEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $SourceEncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $KeyPairSpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Plaintext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $CiphertextBlob,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $EncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Collections.Hashtable] $EncryptionContext,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[int]] $NumberOfBytes,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [object] $Recipient_AttestationDocument,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Recipient_KeyEncryptionAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $BypassPolicyLockoutSafetyCheck,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomKeyStoreId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Description,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $KeyUsage,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $MultiRegion,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Origin,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $Policy,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $XksKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [string] $CustomerMasterKeySpec,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('PendingWindowInDays')]
        [System.Nullable[int]] $PendingWindowInDay,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $TargetKeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $AliasName,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $MacAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Message,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [object] $Mac,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [string] $MacAlgorithm,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [System.Nullable[bool]] $DryRun,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('GrantTokens')]
        [string[]] $GrantToken,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $Description,
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('MaxItems')]
        [System.Nullable[int]] $Limit,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [Alias('NextToken')]
        [string] $Marker,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
        [switch] $NoAutoIteration,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [Alias('Tags')]
        [object] $Tag,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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
    [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [AllowEmptyString()]
        [string] $KeyId,
        [Parameter(Mandatory = $true, ValueFromPipelineByPropertyName = $true)]
        [AllowNull()]
        [Alias('TagKeys')]
        [string[]] $TagKey,
        [Parameter(ValueFromPipelineByPropertyName = $true)]
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

Export-ModuleMember -Function @('Get-KMSSharedSecret', 'Invoke-KMSSigning', 'Test-KMSSignature', 'Invoke-KMSReEncrypt', 'New-KMSDataKeyPair', 'New-KMSDataKeyPairWithoutPlaintext', 'Invoke-KMSEncrypt', 'Invoke-KMSDecrypt', 'New-KMSDataKey', 'New-KMSDataKeyWithoutPlaintext', 'New-KMSRandom', 'New-KMSKey', 'Get-KMSKey', 'Get-KMSKeyList', 'Get-KMSPublicKey', 'Enable-KMSKey', 'Disable-KMSKey', 'Request-KMSKeyDeletion', 'Stop-KMSKeyDeletion', 'New-KMSAlias', 'Update-KMSAlias', 'Remove-KMSAlias', 'Get-KMSAliasList', 'New-KMSMac', 'Test-KMSMac', 'Update-KMSKeyDescription', 'Get-KMSResourceTag', 'Add-KMSResourceTag', 'Remove-KMSResourceTag')
