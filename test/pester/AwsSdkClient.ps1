# A client of `pskms serve` written with the AWS SDK for .NET (AWSSDK.KeyManagementService 4.1.1),
# the client AWS.Tools itself calls through. Run in its own pwsh process by AwsSdk.Tests.ps1, so
# that the SDK's types do not meet the module's stand-ins; prints its results as one JSON object.
param(
    [Parameter(Mandatory)] [string] $Endpoint,
    [Parameter(Mandatory)] [string] $NuGetPackages,
    [Parameter(Mandatory)] [string] $PeerPublicKey
)
$ErrorActionPreference = 'Stop'
foreach ($package in 'awssdk.core', 'awssdk.keymanagementservice') {
    $dll = Get-ChildItem -Path ([System.IO.Path]::Combine($NuGetPackages, $package, '4.1.1', 'lib', 'net8.0')) -Filter *.dll
    Add-Type -LiteralPath $dll.FullName
}
$config = [Amazon.KeyManagementService.AmazonKeyManagementServiceConfig]::new()
$config.ServiceURL = $Endpoint
$config.AuthenticationRegion = 'us-east-1'
$credentials = [Amazon.Runtime.BasicAWSCredentials]::new('AKIAPSKMSSDKTEST0001', 'pskms-sdk-test-secret')
$client = [Amazon.KeyManagementService.AmazonKeyManagementServiceClient]::new($credentials, $config)
# the SDK for .NET Core has only asynchronous calls
function Send-Kms([string] $Operation, $Request) { $client."${Operation}Async"($Request, [System.Threading.CancellationToken]::None).GetAwaiter().GetResult() }
function Base64([System.IO.MemoryStream] $Stream) { [System.Convert]::ToBase64String($Stream.ToArray()) }
function Stream([byte[]] $Bytes) { , [System.IO.MemoryStream]::new($Bytes) }
$utf8 = [System.Text.Encoding]::UTF8
$result = [ordered]@{}

# Sign / Verify
$signer = (Send-Kms CreateKey ([Amazon.KeyManagementService.Model.CreateKeyRequest]@{ KeySpec = 'ECC_NIST_P256'; KeyUsage = 'SIGN_VERIFY'; Description = 'sdk signer' })).KeyMetadata
$message = $utf8.GetBytes('signed by the .NET SDK')
$sign = Send-Kms Sign ([Amazon.KeyManagementService.Model.SignRequest]@{ KeyId = $signer.KeyId; Message = (Stream $message); MessageType = 'RAW'; SigningAlgorithm = 'ECDSA_SHA_256' })
$verify = Send-Kms Verify ([Amazon.KeyManagementService.Model.VerifyRequest]@{ KeyId = $signer.KeyId; Message = (Stream $message); Signature = $sign.Signature; SigningAlgorithm = 'ECDSA_SHA_256' })
$result.Sign = @{
    KeyId = $sign.KeyId; Algorithm = $sign.SigningAlgorithm.Value; Signature = Base64 $sign.Signature; Message = [System.Convert]::ToBase64String($message)
    PublicKey = Base64 (Send-Kms GetPublicKey ([Amazon.KeyManagementService.Model.GetPublicKeyRequest]@{ KeyId = $signer.KeyId })).PublicKey
    Valid = $verify.SignatureValid; SignerArn = $signer.Arn; KeySpec = $signer.KeySpec.Value; CreationDate = $signer.CreationDate.ToUniversalTime().ToString('o')
}

# Encrypt / Decrypt / ReEncrypt
$source = (Send-Kms CreateKey ([Amazon.KeyManagementService.Model.CreateKeyRequest]::new())).KeyMetadata
$destination = (Send-Kms CreateKey ([Amazon.KeyManagementService.Model.CreateKeyRequest]::new())).KeyMetadata
$context = [System.Collections.Generic.Dictionary[string, string]]::new()
$context['tenant'] = 'sdk'
$encrypt = Send-Kms Encrypt ([Amazon.KeyManagementService.Model.EncryptRequest]@{ KeyId = $source.KeyId; Plaintext = (Stream $utf8.GetBytes('sdk secret')); EncryptionContext = $context })
$decrypt = Send-Kms Decrypt ([Amazon.KeyManagementService.Model.DecryptRequest]@{ CiphertextBlob = $encrypt.CiphertextBlob; EncryptionContext = $context })
$reEncrypt = Send-Kms ReEncrypt ([Amazon.KeyManagementService.Model.ReEncryptRequest]@{ CiphertextBlob = (Stream $encrypt.CiphertextBlob.ToArray()); SourceEncryptionContext = $context; DestinationKeyId = $destination.KeyId; DestinationEncryptionContext = $context })
$reDecrypt = Send-Kms Decrypt ([Amazon.KeyManagementService.Model.DecryptRequest]@{ CiphertextBlob = $reEncrypt.CiphertextBlob; EncryptionContext = $context })
$result.Encrypt = @{
    Decrypted = $utf8.GetString($decrypt.Plaintext.ToArray()); DecryptKeyId = $decrypt.KeyId; SourceArn = $source.Arn
    ReEncryptKeyId = $reEncrypt.KeyId; ReEncryptSourceKeyId = $reEncrypt.SourceKeyId; ReDecrypted = $utf8.GetString($reDecrypt.Plaintext.ToArray()); ReDecryptKeyId = $reDecrypt.KeyId; DestinationArn = $destination.Arn
}

# DeriveSharedSecret
$agreement = (Send-Kms CreateKey ([Amazon.KeyManagementService.Model.CreateKeyRequest]@{ KeySpec = 'ECC_NIST_P256'; KeyUsage = 'KEY_AGREEMENT' })).KeyMetadata
$derive = Send-Kms DeriveSharedSecret ([Amazon.KeyManagementService.Model.DeriveSharedSecretRequest]@{ KeyId = $agreement.KeyId; KeyAgreementAlgorithm = 'ECDH'; PublicKey = (Stream ([System.IO.File]::ReadAllBytes($PeerPublicKey))) })
$result.Derive = @{
    SharedSecret = Base64 $derive.SharedSecret
    PublicKey = Base64 (Send-Kms GetPublicKey ([Amazon.KeyManagementService.Model.GetPublicKeyRequest]@{ KeyId = $agreement.KeyId })).PublicKey
}

# GenerateDataKeyPair
$pair = Send-Kms GenerateDataKeyPair ([Amazon.KeyManagementService.Model.GenerateDataKeyPairRequest]@{ KeyId = $source.KeyId; KeyPairSpec = 'ECC_NIST_P256' })
$result.Pair = @{ PublicKey = Base64 $pair.PublicKey; PrivateKey = Base64 $pair.PrivateKeyPlaintext; KeyPairSpec = $pair.KeyPairSpec.Value; KeyId = $pair.KeyId }

# ListKeys, two at a time, following NextMarker (five keys: three pages, the last one short)
$null = Send-Kms CreateKey ([Amazon.KeyManagementService.Model.CreateKeyRequest]::new())
$pages = 0
$listed = [System.Collections.Generic.List[string]]::new()
$marker = $null
do {
    $request = [Amazon.KeyManagementService.Model.ListKeysRequest]@{ Limit = 2 }
    # (not in the initializer: PowerShell would turn a $null there into '', which KMS refuses)
    if ($marker) { $request.Marker = $marker }
    $page = Send-Kms ListKeys $request
    $pages++
    foreach ($entry in $page.Keys) { $listed.Add($entry.KeyId) }
    $marker = $page.NextMarker
} while ($page.Truncated)
$result.List = @{ Pages = $pages; Keys = $listed.ToArray() }

# A failing call: the SDK's own exception type and ErrorCode
try {
    $null = Send-Kms DescribeKey ([Amazon.KeyManagementService.Model.DescribeKeyRequest]@{ KeyId = 'alias/not-there' })
    $result.Failure = @{ Type = 'none' }
} catch {
    $exception = $_.Exception
    while ($exception -isnot [Amazon.Runtime.AmazonServiceException] -and $null -ne $exception.InnerException) { $exception = $exception.InnerException }
    $result.Failure = @{
        Type = $exception.GetType().FullName; ErrorCode = $exception.ErrorCode; StatusCode = [int]$exception.StatusCode
        Message = $exception.Message; ErrorType = "$($exception.ErrorType)"; RequestId = $exception.RequestId
    }
}
$result | ConvertTo-Json -Depth 5 -Compress
