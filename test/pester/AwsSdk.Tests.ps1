# The AWS SDK for .NET (AWSSDK.KeyManagementService 4.1.1, what AWS.Tools' -EndpointUrl goes
# through) against `pskms serve`: every result checked with openssl.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
    $script:NuGet = $env:PSKMS_TEST_NUGET_PACKAGES
    if (-not $NuGet -or -not (Test-Path (Join-Path $NuGet 'awssdk.keymanagementservice/4.1.1'))) {
        throw 'AWSSDK.KeyManagementService 4.1.1 is not in the NuGet cache: run the suite with `npm run test:pester`, which restores test/pester/deps'
    }
    $script:ServeHome = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'pskms-serve-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $ServeHome
    $log = Join-Path $TestDrive 'serve.log'
    $previousHome = $env:PSKMS_HOME
    $env:PSKMS_HOME = $ServeHome
    $node = if ($env:PSKMS_NODE) { $env:PSKMS_NODE } else { 'node' }
    $script:Server = Start-Process -FilePath $node -ArgumentList $PsKmsEntry, 'serve', '--port', '0' -RedirectStandardOutput $log -RedirectStandardError "$log.err" -PassThru
    $env:PSKMS_HOME = $previousHome
    $deadline = [datetime]::UtcNow.AddSeconds(20)
    do {
        Start-Sleep -Milliseconds 100
        $listening = Select-String -LiteralPath $log -Pattern 'listening on (http://\S+)' -ErrorAction Ignore
    } until ($listening -or [datetime]::UtcNow -gt $deadline -or $Server.HasExited)
    if (-not $listening) { throw "pskms serve did not start: $(Get-Content -Raw "$log.err")" }
    $script:Endpoint = $listening.Matches[0].Groups[1].Value

    $script:Peer = Join-Path $TestDrive 'peer.pem'
    Invoke-OpenSsl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out $Peer
    $peerPublic = Join-Path $TestDrive 'peer.der'
    Invoke-OpenSsl pkey -in $Peer -pubout -outform DER -out $peerPublic
    $printed = & $Pwsh -NoProfile -NonInteractive -File (Join-Path $PSScriptRoot 'AwsSdkClient.ps1') -Endpoint $Endpoint -NuGetPackages $NuGet -PeerPublicKey $peerPublic 2>&1 | Out-String
    if ($LASTEXITCODE -ne 0) { throw "the SDK client failed: $printed" }
    $script:Sdk = $printed | ConvertFrom-Json
}
AfterAll {
    Remove-PsKmsTest $script:Store
    if ($Server -and -not $Server.HasExited) { $Server.Kill(); $Server.WaitForExit(5000) }
    if ($ServeHome) { Remove-Item -LiteralPath $ServeHome -Recurse -Force -ErrorAction Ignore }
}

Describe 'AWSSDK.KeyManagementService against pskms serve' {
    It 'CreateKey returns KeyMetadata the SDK parses (ConstantClass spec, DateTime)' {
        $Sdk.Sign.KeySpec | Should -Be 'ECC_NIST_P256'
        $Sdk.Sign.SignerArn | Should -Match '^arn:aws:kms:us-east-1:\d{12}:key/[0-9a-f-]{36}$'
        # (ConvertFrom-Json reads the ISO 8601 text back as a DateTime)
        $created = $Sdk.Sign.CreationDate
        if ($created -is [string]) { $created = [datetime]::Parse($created, [cultureinfo]::InvariantCulture, 'RoundtripKind') }
        [math]::Abs(([datetime]::UtcNow - $created.ToUniversalTime()).TotalMinutes) | Should -BeLessThan 10
    }

    It 'Sign makes a signature openssl verifies with the GetPublicKey key, and Verify accepts it' {
        $Sdk.Sign.Valid | Should -BeTrue
        $Sdk.Sign.Algorithm | Should -Be 'ECDSA_SHA_256'
        $Sdk.Sign.KeyId | Should -Be $Sdk.Sign.SignerArn
        $public = Save-Bytes ([System.Convert]::FromBase64String($Sdk.Sign.PublicKey)) 'sdk-public.der'
        $signature = Save-Bytes ([System.Convert]::FromBase64String($Sdk.Sign.Signature)) 'sdk.sig'
        $message = Save-Bytes ([System.Convert]::FromBase64String($Sdk.Sign.Message)) 'sdk.msg'
        Invoke-OpenSsl dgst -sha256 -verify $public -keyform DER -signature $signature $message | Should -Match 'Verified OK'
    }

    It 'Encrypt, Decrypt and ReEncrypt round-trip under an encryption context' {
        $Sdk.Encrypt.Decrypted | Should -Be 'sdk secret'
        $Sdk.Encrypt.DecryptKeyId | Should -Be $Sdk.Encrypt.SourceArn
        $Sdk.Encrypt.ReEncryptKeyId | Should -Be $Sdk.Encrypt.DestinationArn
        $Sdk.Encrypt.ReEncryptSourceKeyId | Should -Be $Sdk.Encrypt.SourceArn
        $Sdk.Encrypt.ReDecrypted | Should -Be 'sdk secret'
        $Sdk.Encrypt.ReDecryptKeyId | Should -Be $Sdk.Encrypt.DestinationArn
    }

    It 'DeriveSharedSecret equals the secret openssl derives' {
        $kmsPublic = Save-Bytes ([System.Convert]::FromBase64String($Sdk.Derive.PublicKey)) 'sdk-ecdh.der'
        $expected = Join-Path $TestDrive 'sdk-secret.bin'
        Invoke-OpenSsl pkeyutl -derive -inkey $Peer -peerkey $kmsPublic -peerform DER -out $expected
        ConvertTo-Hex ([System.Convert]::FromBase64String($Sdk.Derive.SharedSecret)) | Should -Be (ConvertTo-Hex (Read-Bytes $expected))
    }

    It 'GenerateDataKeyPair returns a DER SPKI and a PKCS#8 private key that match' {
        $Sdk.Pair.KeyPairSpec | Should -Be 'ECC_NIST_P256'
        $private = Save-Bytes ([System.Convert]::FromBase64String($Sdk.Pair.PrivateKey)) 'sdk-pair.der'
        $derived = Join-Path $TestDrive 'sdk-pair-public.der'
        Invoke-OpenSsl pkey -inform DER -in $private -pubout -outform DER -out $derived
        ConvertTo-Hex (Read-Bytes $derived) | Should -Be (ConvertTo-Hex ([System.Convert]::FromBase64String($Sdk.Pair.PublicKey)))
    }

    It 'ListKeys pages two at a time through all five keys' {
        $Sdk.List.Keys | Should -HaveCount 5
        $Sdk.List.Pages | Should -Be 3
        @($Sdk.List.Keys | Select-Object -Unique) | Should -HaveCount 5
    }

    It 'a failing call raises the SDK''s NotFoundException with AWS''s ErrorCode, status and message' {
        $Sdk.Failure.Type | Should -Be 'Amazon.KeyManagementService.Model.NotFoundException'
        $Sdk.Failure.ErrorCode | Should -Be 'NotFoundException'
        $Sdk.Failure.StatusCode | Should -Be 400
        # the SDK's JSON error unmarshaller leaves ErrorType Unknown, against AWS too
        $Sdk.Failure.ErrorType | Should -Be 'Unknown'
        $Sdk.Failure.Message | Should -Match '^Alias arn:aws:kms:us-east-1:\d{12}:alias/not-there is not found\.$'
        $Sdk.Failure.RequestId | Should -Not -BeNullOrEmpty
    }
}

Describe 'the module beside the SDK, and through -EndpointUrl' {
    It 'uses the SDK''s own types when <Packages> is loaded first' -TestCases @(
        @{ Packages = 'AWSSDK.Core'; KmsAssembly = '^(?!AWSSDK)' }
        @{ Packages = 'AWSSDK.Core and AWSSDK.KeyManagementService'; KmsAssembly = '^AWSSDK\.KeyManagementService$' }
    ) {
        $load = if ($Packages -match 'KeyManagementService') { "'awssdk.core', 'awssdk.keymanagementservice'" } else { "'awssdk.core'" }
        $script = @"
`$ErrorActionPreference = 'Stop'
foreach (`$package in $load) {
    Add-Type -LiteralPath (Get-ChildItem -Path ([System.IO.Path]::Combine('$NuGet', `$package, '4.1.1', 'lib', 'net8.0')) -Filter *.dll).FullName
}
Import-Module '$ModuleManifest'
`$key = New-KMSKey -KeySpec RSA_2048 -KeyUsage SIGN_VERIFY
'runtime=' + [Amazon.Runtime.ConstantClass].Assembly.GetName().Name + ':' + (`$key.KeySpec -is [Amazon.Runtime.ConstantClass]) + ':' + (`$key.KeySpec -eq 'rsa_2048')
'kms=' + `$key.KeySpec.GetType().Assembly.GetName().Name
try { Get-KMSKey -KeyId alias/none } catch { 'notfound=' + `$_.Exception.InnerException.GetType().FullName + ':' + (`$_.Exception.InnerException -is [Amazon.Runtime.AmazonServiceException]) }
try { Get-KMSKey -KeyId `$null -WarningAction SilentlyContinue } catch { 'validation=' + `$_.Exception.InnerException.GetType().FullName + ':' + `$_.Exception.InnerException.ErrorCode }
"@
        $printed = Invoke-ChildPwsh $script
        $printed | Should -Match '(?m)^runtime=AWSSDK\.Core:True:True' -Because $printed
        ($printed -split "`n" | Where-Object { $_ -like 'kms=*' }).Substring(4).Trim() | Should -Match $KmsAssembly
        $printed | Should -Match '(?m)^notfound=Amazon\.KeyManagementService\.Model\.NotFoundException:True'
        $printed | Should -Match '(?m)^validation=Amazon\.KeyManagementService\.AmazonKeyManagementServiceException:ValidationException'
    }

    It 'runs the cmdlets against pskms serve with -EndpointUrl, as AWS.Tools would' {
        $common = @{ EndpointUrl = $Endpoint; Region = 'us-east-1'; AccessKey = 'AKIAPSKMSSDKTEST0001'; SecretKey = 'pskms-sdk-test-secret' }
        $remote = @(Get-KMSKeyList @common)
        $remote.KeyId | Should -Contain ($Sdk.Sign.SignerArn -split '/')[-1]
        $signature = Invoke-KMSSigning -KeyId $Sdk.Sign.SignerArn -Message 'remote' -SigningAlgorithm ECDSA_SHA_256 @common
        Test-KMSSignature -KeyId $Sdk.Sign.SignerArn -Message 'remote' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 @common | Should -BeTrue
        $caught = { Get-KMSKey -KeyId alias/not-there @common } | Should -Throw -PassThru
        Assert-ServiceError $caught NotFoundException
    }
}
