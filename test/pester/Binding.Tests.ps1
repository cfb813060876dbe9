# AWS.Tools' binding rules as a pwsh user meets them: byte[] from real PowerShell values,
# hashtables as encryption contexts, -Select and -PassThru, pipeline binding, ShouldProcess,
# $null for required parameters, and errors.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
    $script:hmac = New-KMSKey -KeySpec HMAC_256 -KeyUsage GENERATE_VERIFY_MAC
    $script:aes = New-KMSKey -Description 'binding'
    $script:signer = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY
    # the bytes a -Message value was converted to, as the cmdlet returns them for -Select '^Message'
    function script:ConvertedMessage($Value) {
        , [byte[]]@(New-KMSMac -KeyId $hmac.KeyId -MacAlgorithm HMAC_SHA_256 -Message $Value -Select '^Message')
    }
    function script:MacOf($Value) { ConvertTo-Hex (New-KMSMac -KeyId $hmac.KeyId -MacAlgorithm HMAC_SHA_256 -Message $Value).Mac.ToArray() }
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'byte[] parameters (MemoryStreamParameterConverter)' {
    It 'takes a string as its UTF-8 bytes, not as base64 or a path' {
        ConvertTo-Hex (ConvertedMessage 'héllo') | Should -Be (ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes('héllo')))
        $path = Save-Bytes ([byte[]](1, 2, 3)) 'not-read.bin'
        ConvertTo-Hex (ConvertedMessage $path) | Should -Be (ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes($path)))
        ConvertTo-Hex (ConvertedMessage 'AAEC') | Should -Be (ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes('AAEC')))
    }

    It 'takes a string[] (and an object[] of strings) as lines, each ended by [Environment]::NewLine' {
        $expected = ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes("a$([System.Environment]::NewLine)b$([System.Environment]::NewLine)"))
        ConvertTo-Hex (ConvertedMessage ([string[]]@('a', 'b'))) | Should -Be $expected
        ConvertTo-Hex (ConvertedMessage @('a', 'b')) | Should -Be $expected
    }

    It 'takes Get-Content''s lines as lines' {
        $file = Join-Path $TestDrive 'lines.txt'
        Set-Content -LiteralPath $file -Value @('first', 'second')
        $expected = ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes("first$([System.Environment]::NewLine)second$([System.Environment]::NewLine)"))
        ConvertTo-Hex (ConvertedMessage (Get-Content -LiteralPath $file)) | Should -Be $expected
    }

    It 'takes a byte[] as it is, and an int[] through PowerShell''s conversion' {
        ConvertTo-Hex (ConvertedMessage ([byte[]](0, 255, 7))) | Should -Be '00FF07'
        ConvertTo-Hex (ConvertedMessage @(1, 2, 3)) | Should -Be '010203'
    }

    It 'takes a MemoryStream''s whole buffer, whatever its position, and leaves it open' {
        $stream = [System.IO.MemoryStream]::new([byte[]](10, 11, 12))
        $stream.Position = 2
        ConvertTo-Hex (ConvertedMessage $stream) | Should -Be '0A0B0C'
        $stream.CanRead | Should -BeTrue
    }

    It 'reads another stream from its position to its end, and disposes of it' {
        $path = Save-Bytes ([byte[]](20, 21, 22, 23)) 'stream.bin'
        $stream = [System.IO.File]::OpenRead($path)
        $stream.Position = 1
        ConvertTo-Hex (ConvertedMessage $stream) | Should -Be '151617'
        $stream.CanRead | Should -BeFalse
    }

    It 'reads the file of a FileInfo (Get-Item, Get-ChildItem)' {
        $path = Save-Bytes ([byte[]](30, 31)) 'info.bin'
        ConvertTo-Hex (ConvertedMessage (Get-Item -LiteralPath $path)) | Should -Be '1E1F'
        MacOf (Get-ChildItem -LiteralPath $path) | Should -Be (MacOf ([byte[]](30, 31)))
    }

    It 'refuses a DirectoryInfo as PowerShell does' {
        { New-KMSMac -KeyId $hmac.KeyId -MacAlgorithm HMAC_SHA_256 -Message (Get-Item -LiteralPath $TestDrive) } |
            Should -Throw -ExpectedMessage "*Cannot convert*System.IO.DirectoryInfo*"
    }

    It 'gives the same MAC for every form of the same bytes' {
        $bytes = [System.Text.Encoding]::UTF8.GetBytes('same')
        $mac = MacOf $bytes
        MacOf 'same' | Should -Be $mac
        MacOf ([System.IO.MemoryStream]::new($bytes)) | Should -Be $mac
        MacOf (Get-Item (Save-Bytes $bytes 'same.bin')) | Should -Be $mac
    }

    It 'refuses an empty string for a required blob, as Mandatory refuses an empty array' {
        { New-KMSMac -KeyId $hmac.KeyId -MacAlgorithm HMAC_SHA_256 -Message '' } | Should -Throw -ExpectedMessage "*because it is an empty array*"
    }
}

Describe 'Hashtable parameters (EncryptionContext)' {
    It 'binds @{} and [ordered]@{} to the same context, in any order' {
        $blob = (Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'ctx' -EncryptionContext @{ tenant = 'a'; app = 'b' }).CiphertextBlob
        $plain = Invoke-KMSDecrypt -CiphertextBlob $blob -EncryptionContext ([ordered]@{ app = 'b'; tenant = 'a' })
        [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray()) | Should -Be 'ctx'
        $blob2 = (Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'ctx' -EncryptionContext ([ordered]@{ z = '1'; a = '2' })).CiphertextBlob
        (Invoke-KMSDecrypt -CiphertextBlob $blob2 -EncryptionContext @{ a = '2'; z = '1' }).KeyId | Should -Be $aes.Arn
    }

    It 'binds a context that is really bound: a missing or different pair is refused' {
        $blob = (Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'ctx' -EncryptionContext @{ '__proto__' = 'tenant-a' }).CiphertextBlob
        Assert-ServiceError ({ Invoke-KMSDecrypt -CiphertextBlob $blob } | Should -Throw -PassThru) InvalidCiphertextException
        (Invoke-KMSDecrypt -CiphertextBlob $blob -EncryptionContext @{ '__proto__' = 'tenant-a' }).KeyId | Should -Be $aes.Arn
    }

    It 'refuses a value that is not a string with InvalidCastException, before any call' {
        $caught = { Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'x' -EncryptionContext @{ n = 1 } } | Should -Throw -PassThru
        $caught.Exception | Should -BeOfType System.InvalidCastException
        $caught.Exception.Message | Should -Be "Unable to cast object of type 'System.Int32' to type 'System.String'."
    }
}

Describe '-Select and -PassThru' {
    It "'*' returns the whole response, with the SDK's base properties" {
        $response = Get-KMSKey -KeyId $aes.KeyId -Select '*'
        $response.PSObject.TypeNames[0] | Should -Be 'Amazon.KeyManagementService.Model.DescribeKeyResponse'
        $response.KeyMetadata.KeyId | Should -Be $aes.KeyId
        $response.HttpStatusCode | Should -Be 'OK'
        $response.ContentLength | Should -BeGreaterThan 0
        $response.ResponseMetadata.RequestId | Should -Match '^[0-9a-f-]{36}$'
    }

    It "'^Parameter' returns the bound value, by name or alias, case-insensitively" {
        Get-KMSKey -KeyId $aes.KeyId -Select '^keyid' | Should -BeExactly $aes.KeyId
        Get-KMSKey -KeyId $aes.KeyId -GrantToken 't1', 't2' -Select '^GrantTokens' | Should -Be @('t1', 't2')
    }

    It "'^Message' emits the converted bytes one by one" {
        $out = @(New-KMSMac -KeyId $hmac.KeyId -MacAlgorithm HMAC_SHA_256 -Message 'ab' -Select '^Message')
        $out.Count | Should -Be 2
        $out[0] | Should -BeOfType System.Byte
        $out[0] | Should -Be 97
    }

    It 'follows a nested path, case-insensitively, to a ConstantClass value' {
        $state = Get-KMSKey -KeyId $aes.KeyId -Select 'keymetadata.KEYSTATE'
        $state | Should -BeOfType Amazon.KeyManagementService.KeyState
        $state | Should -Be 'Enabled'
    }

    It 'flattens a list on the path into its items' {
        $algorithms = @(Get-KMSKey -KeyId $signer.KeyId -Select KeyMetadata.SigningAlgorithms)
        $algorithms | Should -Be @('ECDSA_SHA_256')
        $algorithms[0] | Should -BeOfType System.String
        @(Get-KMSPublicKey -KeyId $signer.KeyId -Select SigningAlgorithms).Count | Should -Be 1
        @(Get-KMSKeyList -Select Keys.KeyId) | Should -Contain $aes.KeyId
    }

    It 'refuses <Select> with ArgumentException "Invalid value for -Select parameter."' -TestCases @(
        @{ Select = 'Nope' }, @{ Select = 'HttpStatusCode' }, @{ Select = 'KeyMetadata.' }, @{ Select = '^' }, @{ Select = '^Region' }, @{ Select = '' }
    ) {
        $caught = { Get-KMSKey -KeyId $aes.KeyId -Select $Select } | Should -Throw -PassThru
        $caught.Exception | Should -BeOfType System.ArgumentException
        $caught.Exception.ParamName | Should -Be 'Select'
        $caught.Exception.Message | Should -Be "Invalid value for -Select parameter. (Parameter 'Select')"
    }

    It 'refuses -Select $null as AWS.Tools does' {
        $caught = { Get-KMSKey -KeyId $aes.KeyId -Select $null } | Should -Throw -PassThru
        $caught.Exception.Message | Should -BeLike 'Invalid value for -Select parameter.*'
    }

    It '-PassThru returns the bound -KeyId (Get-KMSKey) and the -Message bytes (Test-KMSSignature)' {
        Get-KMSKey -KeyId $aes.KeyId -PassThru | Should -BeExactly $aes.KeyId
        $signature = Invoke-KMSSigning -KeyId $signer.KeyId -Message 'pt' -SigningAlgorithm ECDSA_SHA_256
        $bytes = @(Test-KMSSignature -KeyId $signer.KeyId -Message 'pt' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 -PassThru)
        ConvertTo-Hex ([byte[]]$bytes) | Should -Be (ConvertTo-Hex ([System.Text.Encoding]::UTF8.GetBytes('pt')))
    }

    It 'refuses -PassThru with -Select, and -PassThru:$false is no -PassThru' {
        $caught = { Get-KMSKey -KeyId $aes.KeyId -PassThru -Select '^KeyId' } | Should -Throw -PassThru
        $caught.Exception.Message | Should -Be "-PassThru cannot be used when -Select is specified. (Parameter 'Select')"
        (Get-KMSKey -KeyId $aes.KeyId -PassThru:$false).KeyId | Should -Be $aes.KeyId
    }
}

Describe 'pipeline binding' {
    It 'binds KeyId by property name: Get-KMSKeyList | Get-KMSKey' {
        $listed = @(Get-KMSKeyList)
        $described = @(Get-KMSKeyList | Get-KMSKey)
        $described.Count | Should -Be $listed.Count
        $described.KeyId | Should -Contain $signer.KeyId
        $described[0].PSObject.TypeNames[0] | Should -Be 'Amazon.KeyManagementService.Model.KeyMetadata'
    }

    It 'binds a [pscustomobject] with a KeyId property, and a key id string by value' {
        ([pscustomobject]@{ KeyId = $aes.KeyId } | Get-KMSKey).Description | Should -Be 'binding'
        ($aes.KeyId | Get-KMSKey).Description | Should -Be 'binding'
        @($aes.KeyId, $signer.KeyId | Get-KMSKey).KeyId | Should -Be @($aes.KeyId, $signer.KeyId)
    }

    It 'carries an Invoke-KMSEncrypt response into Invoke-KMSDecrypt by property names' {
        $plain = Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'piped' | Invoke-KMSDecrypt
        [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray()) | Should -Be 'piped'
    }

    It 'binds KeyMetadata into Invoke-KMSEncrypt by its KeyId' {
        (Get-KMSKey -KeyId $aes.KeyId | Invoke-KMSEncrypt -Plaintext 'x').KeyId | Should -Be $aes.Arn
    }

    It 'binds piped blobs by value to the first positional parameter (Invoke-KMSSigning -Message)' {
        $signature = 'by value' | Invoke-KMSSigning -KeyId $signer.KeyId -SigningAlgorithm ECDSA_SHA_256
        Test-KMSSignature -KeyId $signer.KeyId -Message 'by value' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 | Should -BeTrue
    }
}

Describe 'ShouldProcess: -WhatIf, -Confirm, -Force and $ConfirmPreference' {
    BeforeEach {
        $script:alias = 'alias/sp-' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        New-KMSAlias -AliasName $alias -TargetKeyId $aes.KeyId
    }

    It '-WhatIf makes no call and emits nothing (New-KMSKey, Remove-KMSAlias, Invoke-KMSEncrypt)' {
        $before = @(Get-KMSKeyList).Count
        New-KMSKey -WhatIf | Should -BeNullOrEmpty
        @(Get-KMSKeyList).Count | Should -Be $before
        Remove-KMSAlias -AliasName $alias -WhatIf
        (Get-KMSAliasList).AliasName | Should -Contain $alias
        Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'x' -WhatIf | Should -BeNullOrEmpty
    }

    It '-Force does not override -WhatIf' {
        Remove-KMSAlias -AliasName $alias -WhatIf -Force
        (Get-KMSAliasList).AliasName | Should -Contain $alias
    }

    It 'Remove-* is ConfirmImpact High: it asks under the default $ConfirmPreference (and here, non-interactive, cannot)' {
        if (-not $NonInteractive) { Set-ItResult -Skipped -Because 'it needs pwsh -NonInteractive, where a prompt fails instead of waiting'; return }
        $ConfirmPreference | Should -Be 'High'
        { Remove-KMSAlias -AliasName $alias } | Should -Throw -ExpectedMessage '*NonInteractive*'
        (Get-KMSAliasList).AliasName | Should -Contain $alias
    }

    It '-Confirm:$false and -Force each remove without asking' {
        Remove-KMSAlias -AliasName $alias -Confirm:$false
        (Get-KMSAliasList).AliasName | Should -Not -Contain $alias
        New-KMSAlias -AliasName $alias -TargetKeyId $aes.KeyId
        Remove-KMSAlias -AliasName $alias -Force
        (Get-KMSAliasList).AliasName | Should -Not -Contain $alias
    }

    It 'Medium cmdlets ask once $ConfirmPreference is Medium; Get/Test cmdlets never do; None asks nothing' {
        if (-not $NonInteractive) { Set-ItResult -Skipped -Because 'it needs pwsh -NonInteractive, where a prompt fails instead of waiting'; return }
        $ConfirmPreference = 'Medium'
        { Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'x' } | Should -Throw -ExpectedMessage '*NonInteractive*'
        (Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'x' -Force).KeyId | Should -Be $aes.Arn
        (Get-KMSKey -KeyId $aes.KeyId).KeyId | Should -Be $aes.KeyId
        $ConfirmPreference = 'None'
        Remove-KMSAlias -AliasName $alias
        (Get-KMSAliasList).AliasName | Should -Not -Contain $alias
    }

    It '<_> declares AWS.Tools'' ConfirmImpact: High for Remove, none for Get and Test, Medium otherwise' -ForEach (
        (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../psmodule/PsKms.psd1')).FunctionsToExport
    ) {
        $binding = (Get-Command $_).ScriptBlock.Attributes | Where-Object { $_ -is [System.Management.Automation.CmdletBindingAttribute] }
        $verb = $_.Split('-')[0]
        if ($verb -in 'Get', 'Test') {
            $binding.SupportsShouldProcess | Should -BeFalse
        } elseif ($_ -eq 'Invoke-KMSDecrypt') {
            # AWS.Tools' generator suppresses ShouldProcess for Decrypt
            $binding.SupportsShouldProcess | Should -BeFalse
        } else {
            $binding.SupportsShouldProcess | Should -BeTrue
            $binding.ConfirmImpact | Should -Be $(if ($verb -eq 'Remove') { 'High' } else { 'Medium' })
        }
    }

    It 'Get and Test cmdlets have no -WhatIf, as in AWS.Tools' {
        (Get-Command Get-KMSKey).Parameters.Keys | Should -Not -Contain 'WhatIf'
        (Get-Command Test-KMSSignature).Parameters.Keys | Should -Not -Contain 'Force'
        (Get-Command Remove-KMSAlias).Parameters.Keys | Should -Contain 'Force'
    }

    It 'prints What if: with AWS.Tools'' action and target' {
        $printed = Invoke-ChildPwsh "Import-Module '$ModuleManifest'; Remove-KMSAlias -AliasName $alias -WhatIf; Invoke-KMSEncrypt -KeyId $($aes.KeyId) -Plaintext x -WhatIf; New-KMSDataKeyPair -KeyId alias/pair-target -KeyPairSpec RSA_2048 -WhatIf; New-KMSKey -WhatIf"
        $printed | Should -Match ([regex]::Escape("What if: Performing the operation `"Remove-KMSAlias (DeleteAlias)`" on target `"$alias`"."))
        $printed | Should -Match ([regex]::Escape("What if: Performing the operation `"Invoke-KMSEncrypt (Encrypt)`" on target `"$($aes.KeyId)`"."))
        $printed | Should -Match ([regex]::Escape("What if: Performing the operation `"New-KMSDataKeyPair (GenerateDataKeyPair)`" on target `"alias/pair-target`"."))
        $printed | Should -Match ([regex]::Escape("What if: Performing the operation `"New-KMSKey (CreateKey)`" on target `"`"."))
    }
}

Describe '$null for a required parameter' {
    It 'warns with AWS.Tools'' text for a [string] parameter, then the service refuses the call' {
        $caught = $null
        try { Get-KMSKey -KeyId $null -WarningVariable warnings -WarningAction SilentlyContinue } catch { $caught = $_ }
        $warnings | Should -HaveCount 1
        "$($warnings[0])" | Should -BeExactly 'You are passing $null as a value for parameter KeyId which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.'
        Assert-ServiceError $caught ValidationException "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null"
    }

    It 'warns for each required parameter bound to $null, in alphabetical order' {
        $caught = $null
        try { Invoke-KMSSigning -Message $null -KeyId $signer.KeyId -SigningAlgorithm $null -WarningVariable warnings -WarningAction SilentlyContinue } catch { $caught = $_ }
        $caught | Should -Not -BeNullOrEmpty
        $warnings | Should -HaveCount 2
        "$($warnings[0])" | Should -BeLike 'You are passing $null as a value for parameter Message *'
        "$($warnings[1])" | Should -BeLike 'You are passing $null as a value for parameter SigningAlgorithm *'
    }

    It 'sends an empty string as it is (AllowEmptyString), and a $null optional string as no value' {
        Assert-ServiceError ({ Get-KMSKey -KeyId '' } | Should -Throw -PassThru) ValidationException
        # -Select '^Description' returns the value bound: nothing for $null, '' for ''
        @(New-KMSKey -Description $null -Select '^Description').Count | Should -Be 0
        $empty = @(New-KMSKey -Description '' -Select '^Description')
        $empty.Count | Should -Be 1
        $empty[0] | Should -BeExactly ''
        # the module's own stand-in for $null is PowerShell-side only: a user's text is never taken for it
        (New-KMSKey -Description 'PsKms:null').Description | Should -BeExactly 'PsKms:null'
    }

    It 'fails a missing mandatory parameter as PowerShell does in a non-interactive host' {
        if (-not $NonInteractive) { Set-ItResult -Skipped -Because 'it needs pwsh -NonInteractive, where PowerShell does not prompt for it'; return }
        { Get-KMSKey } | Should -Throw -ExpectedMessage '*KeyId*'
    }
}

Describe 'errors' {
    It 'raises a service error as a terminating InvalidOperationException around the SDK exception' {
        $missing = '11111111-2222-3333-4444-555555555555'
        $caught = { Get-KMSKey -KeyId $missing } | Should -Throw -PassThru
        Assert-ServiceError $caught NotFoundException "Key 'arn:aws:kms:us-east-1:111122223333:key/$missing' does not exist"
        $caught.Exception.InnerException.StatusCode | Should -Be ([System.Net.HttpStatusCode]::BadRequest)
        $caught.Exception.InnerException.ErrorType | Should -Be 'Unknown'
        $caught.Exception.InnerException.RequestId | Should -Not -BeNullOrEmpty
        $caught.Exception.InnerException -is [Amazon.KeyManagementService.AmazonKeyManagementServiceException] | Should -BeTrue
    }

    It 'is catchable by the SDK type of its inner exception, and -ErrorAction does not silence it' {
        $reached = $false
        $caught = $null
        try {
            Get-KMSKey -KeyId 'alias/does-not-exist' -ErrorAction SilentlyContinue
            $reached = $true
        } catch {
            $caught = $_
        }
        $reached | Should -BeFalse
        $caught.Exception.InnerException -is [Amazon.KeyManagementService.Model.NotFoundException] | Should -BeTrue
        $caught.Exception.Message | Should -Be 'Alias arn:aws:kms:us-east-1:111122223333:alias/does-not-exist is not found.'
    }

    It 'stops the pipeline at the failing record' {
        $seen = [System.Collections.Generic.List[string]]::new()
        { $aes.KeyId, 'alias/does-not-exist', $signer.KeyId | Get-KMSKey | ForEach-Object { $seen.Add($_.KeyId) } } | Should -Throw
        $seen | Should -Be @($aes.KeyId)
    }

    It 'reports the key state: DisabledException, then KMSInvalidStateException after scheduling deletion' {
        $key = New-KMSKey
        Disable-KMSKey -KeyId $key.KeyId
        Assert-ServiceError ({ Invoke-KMSEncrypt -KeyId $key.KeyId -Plaintext 'x' } | Should -Throw -PassThru) DisabledException "$($key.Arn) is disabled."
        $null = Request-KMSKeyDeletion -KeyId $key.KeyId -PendingWindowInDay 7
        Assert-ServiceError ({ Enable-KMSKey -KeyId $key.KeyId } | Should -Throw -PassThru) KMSInvalidStateException "$($key.Arn) is pending deletion."
    }

    It 'gives InvalidKeyUsageException and DryRunOperationException with AWS''s texts' {
        Assert-ServiceError ({ Invoke-KMSSigning -KeyId $aes.KeyId -Message 'x' -SigningAlgorithm ECDSA_SHA_256 } | Should -Throw -PassThru) InvalidKeyUsageException
        Assert-ServiceError ({ Invoke-KMSEncrypt -KeyId $aes.KeyId -Plaintext 'x' -DryRun $true } | Should -Throw -PassThru) DryRunOperationException 'The request would have succeeded, but the DryRun option is set.'
    }

    It 'takes -DryRunModifier IGNORE_CIPHERTEXT (AWS.Tools 5) on Invoke-KMSDecrypt: only the key is checked' {
        $garbage = [byte[]](1..40)
        $caught = { Invoke-KMSDecrypt -CiphertextBlob $garbage -KeyId $aes.KeyId -DryRun $true -DryRunModifier IGNORE_CIPHERTEXT } | Should -Throw -PassThru
        Assert-ServiceError $caught DryRunOperationException 'The request would have succeeded, but the DryRun option is set.'
        Assert-ServiceError ({ Invoke-KMSDecrypt -CiphertextBlob $garbage -KeyId $aes.KeyId -DryRun $true } | Should -Throw -PassThru) InvalidCiphertextException
    }

    It 'a ValidationException lists the problem as AWS does' {
        $caught = { New-KMSRandom -NumberOfBytes 2000 } | Should -Throw -PassThru
        Assert-ServiceError $caught ValidationException "1 validation error detected: Value '2000' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024"
    }
}

Describe 'strict scripts' {
    It 'runs under Set-StrictMode -Version Latest and $ErrorActionPreference = ''Stop'', errors included' {
        $script = @"
Set-StrictMode -Version Latest
`$ErrorActionPreference = 'Stop'
Import-Module '$ModuleManifest'
`$key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY
`$sig = Invoke-KMSSigning -KeyId `$key.KeyId -Message 'strict' -SigningAlgorithm ECDSA_SHA_256
if (-not (Test-KMSSignature -KeyId `$key.KeyId -Message 'strict' -Signature `$sig -SigningAlgorithm ECDSA_SHA_256)) { throw 'not verified' }
`$null = Get-KMSKeyList | Get-KMSKey
try { Get-KMSKey -KeyId 'alias/none' } catch { if (`$_.Exception.InnerException.ErrorCode -ne 'NotFoundException') { throw } }
try { Get-KMSKey -KeyId `$key.KeyId -Select Nope } catch { if (`$_.Exception -isnot [System.ArgumentException]) { throw } }
try { Get-KMSKey -KeyId `$null -WarningAction SilentlyContinue } catch { if (`$_.Exception.InnerException.ErrorCode -ne 'ValidationException') { throw } }
'strict ok'
"@
        $printed = Invoke-ChildPwsh $script
        $LASTEXITCODE | Should -Be 0 -Because $printed
        $printed | Should -Match 'strict ok'
    }
}

Describe 'declared parameters, as pwsh sees them' {
    BeforeAll {
        # each cmdlet definition's declared parameters, read from the built TypeScript
        $env:PSKMS_DIST = [System.IO.Path]::Combine($RepoRoot, 'dist')
        $script:Definitions = & node --input-type=module -e @'
import { pathToFileURL } from 'node:url';
const dist = (path) => import(pathToFileURL(`${process.env.PSKMS_DIST}/${path}`).href);
const { allCmdlets } = await dist('cmdlets/index.js');
const { declaredParameters } = await dist('src/binding/definition.js');
const defs = (await allCmdlets()).map((def) => ({ name: def.name, parameters: declaredParameters(def) }));
process.stdout.write(JSON.stringify(defs));
'@ | ConvertFrom-Json
    }

    It 'each cmdlet has its definition''s parameters, positions, Mandatory, pipeline flags and aliases' {
        $Definitions.Count | Should -Be (Import-PowerShellDataFile $ModuleManifest).FunctionsToExport.Count
        foreach ($def in $Definitions) {
            $command = Get-Command $def.name
            foreach ($param in $def.parameters) {
                $meta = $command.Parameters[$param.name]
                $meta | Should -Not -BeNullOrEmpty -Because "$($def.name) -$($param.name)"
                $attribute = $meta.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }
                $because = "$($def.name) -$($param.name)"
                $attribute.Mandatory | Should -Be ([bool]$param.mandatory) -Because $because
                $attribute.ValueFromPipeline | Should -Be ([bool]$param.valueFromPipeline) -Because $because
                $attribute.Position | Should -Be $(if ($null -ne $param.position) { $param.position } else { [int]::MinValue }) -Because $because
                foreach ($alias in @($param.aliases)) { if ($alias) { $meta.Aliases | Should -Contain $alias -Because $because } }
            }
        }
    }

    It 'binds no parameter by position where AWS.Tools declares none (Invoke-KMSReEncrypt)' {
        { Invoke-KMSReEncrypt ([byte[]](1, 2, 3)) alias/none } | Should -Throw -ErrorId 'PositionalParameterNotFound,Invoke-KMSReEncrypt'
    }
}
