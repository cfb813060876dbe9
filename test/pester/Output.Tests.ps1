# What the cmdlets emit and how PowerShell shows it: the SDK's shapes (MemoryStream blobs,
# ConstantClass enums, DateTime), JSON, Format-Table / Format-List, Get-Help and tab completion.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
    $script:key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY -Description 'output'
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'output objects' {
    It 'gives KeyMetadata the SDK''s type name and properties, in declaration order' {
        $key.PSObject.TypeNames[0] | Should -Be 'Amazon.KeyManagementService.Model.KeyMetadata'
        $names = $key.PSObject.Properties.Name
        $names[0..3] | Should -Be @('Arn', 'AWSAccountId', 'CloudHsmClusterId', 'CreationDate')
        $key.Arn | Should -Be "arn:aws:kms:us-east-1:111122223333:key/$($key.KeyId)"
        $key.Enabled | Should -BeOfType System.Boolean
        $key.MultiRegion | Should -BeFalse
    }

    It 'gives enum-valued properties as ConstantClass values: equal to their strings, with .Value' {
        $key.KeySpec | Should -BeOfType Amazon.KeyManagementService.KeySpec
        $key.KeySpec | Should -BeOfType Amazon.Runtime.ConstantClass
        $key.KeySpec -eq 'ECC_NIST_P256' | Should -BeTrue
        $key.KeySpec -eq 'ecc_nist_p256' | Should -BeTrue
        'ECC_NIST_P256' -eq $key.KeySpec | Should -BeTrue
        $key.KeySpec -eq 'RSA_2048' | Should -BeFalse
        $key.KeySpec.Value | Should -BeExactly 'ECC_NIST_P256'
        "$($key.KeyUsage)" | Should -BeExactly 'SIGN_VERIFY'
        $key.KeyState -eq [Amazon.KeyManagementService.KeyState]::Enabled | Should -BeTrue
        $matched = switch ($key.KeyState) { 'Enabled' { 'yes' } default { 'no' } }
        $matched | Should -Be 'yes'
        $key.SigningAlgorithms | Should -Be @('ECDSA_SHA_256')
    }

    It 'gives timestamps as DateTime' {
        $key.CreationDate | Should -BeOfType System.DateTime
        [math]::Abs(([datetime]::UtcNow - $key.CreationDate.ToUniversalTime()).TotalMinutes) | Should -BeLessThan 10
        $key.DeletionDate | Should -BeNullOrEmpty
    }

    It 'gives blobs as MemoryStream, with .ToArray()' {
        $public = Get-KMSPublicKey -KeyId $key.KeyId
        $public.PublicKey | Should -BeOfType System.IO.MemoryStream
        $public.PublicKey.ToArray()[0] | Should -Be 0x30
        $public.PublicKey.Length | Should -Be 91
        $public.KeyUsage | Should -Be 'SIGN_VERIFY'
    }

    It 'converts to JSON as the SDK''s objects do (ConstantClass as {"Value": …})' {
        $json = $key | ConvertTo-Json -Depth 3 | ConvertFrom-Json
        $json.KeySpec.Value | Should -Be 'ECC_NIST_P256'
        $json.KeyId | Should -Be $key.KeyId
        $json.Description | Should -Be 'output'
        $json.SigningAlgorithms | Should -Be @('ECDSA_SHA_256')
    }

    It 'shows KeyMetadata as a list by default and as a short table with Format-Table' {
        $default = $key | Out-String -Width 200
        $default | Should -Match '(?m)^AWSAccountId\s+: 111122223333'
        $default | Should -Match '(?m)^KeySpec\s+: ECC_NIST_P256'
        $table = $key | Format-Table | Out-String -Width 200
        $table | Should -Match 'KeyId\s+KeyState\s+KeySpec\s+KeyUsage\s+Description'
        $table | Should -Match ([regex]::Escape($key.KeyId) + '\s+Enabled\s+ECC_NIST_P256\s+SIGN_VERIFY\s+output')
        $list = $key | Format-List | Out-String -Width 200
        $list | Should -Match '(?m)^KeyState\s+: Enabled'
        $list | Should -Match '(?m)^CreationDate\s+: '
    }

    It 'shows list entries as tables' {
        New-KMSAlias -AliasName alias/shown -TargetKeyId $key.KeyId
        Get-KMSAliasList | Format-Table | Out-String -Width 200 | Should -Match 'AliasName\s+TargetKeyId\s+CreationDate'
        Get-KMSKeyList | Out-String -Width 200 | Should -Match 'KeyArn\s+KeyId'
    }

    It 'emits Test-KMSSignature''s SignatureValid as a Boolean and New-KMSRandom''s Plaintext as one MemoryStream' {
        $signature = Invoke-KMSSigning -KeyId $key.KeyId -Message 'm' -SigningAlgorithm ECDSA_SHA_256
        $valid = Test-KMSSignature -KeyId $key.KeyId -Message 'm' -Signature $signature -SigningAlgorithm ECDSA_SHA_256
        $valid | Should -BeOfType System.Boolean
        @(New-KMSRandom -NumberOfBytes 16).Count | Should -Be 1
    }
}

Describe 'Get-Help' {
    It 'documents <Name> with a synopsis, its parameters and an example' -TestCases @(
        (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../psmodule/PsKms.psd1')).FunctionsToExport | ForEach-Object { @{ Name = $_ } }
    ) {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -BeLike "$Name*"
        $help.Synopsis.Length | Should -BeGreaterThan 20
        $help.description.Text | Should -Match 'API operation'
        @($help.examples.example).Count | Should -BeGreaterOrEqual 1
        $help.examples.example[0].code | Should -Match ([regex]::Escape($Name))
        $documented = @($help.parameters.parameter | Where-Object { $_.description.Text }).name
        foreach ($parameter in (Get-Command $Name).Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.PSCmdlet]::CommonParameters -and $_ -notin [System.Management.Automation.PSCmdlet]::OptionalCommonParameters }) {
            $documented | Should -Contain $parameter
        }
    }

    It 'lists an enum parameter''s valid values' {
        (Get-Help Invoke-KMSSigning -Parameter SigningAlgorithm).description.Text | Should -Match 'ECDSA_SHA_256'
    }
}

Describe 'tab completion of enum values' {
    It 'completes <Line>' -TestCases @(
        @{ Line = 'Invoke-KMSSigning -SigningAlgorithm ECDSA_'; Expected = @('ECDSA_SHA_256', 'ECDSA_SHA_384', 'ECDSA_SHA_512') }
        @{ Line = 'New-KMSKey -KeySpec HMAC_'; Expected = @('HMAC_224', 'HMAC_256', 'HMAC_384', 'HMAC_512') }
        @{ Line = 'New-KMSDataKeyPair -KeyPairSpec ECC_NIST_P'; Expected = @('ECC_NIST_P256', 'ECC_NIST_P384', 'ECC_NIST_P521') }
        @{ Line = 'Get-KMSSharedSecret -KeyAgreementAlgorithm '; Expected = @('ECDH') }
        @{ Line = 'Invoke-KMSEncrypt -EncryptionAlgorithm rsaes_'; Expected = @('RSAES_OAEP_SHA_1', 'RSAES_OAEP_SHA_256') }
        @{ Line = 'New-KMSMac -MacAlgorithm HMAC_SHA_5'; Expected = @('HMAC_SHA_512') }
    ) {
        $completion = TabExpansion2 -inputScript $Line -cursorColumn $Line.Length
        $completion.CompletionMatches.CompletionText | Should -Be $Expected
        $completion.CompletionMatches[0].ResultType | Should -Be 'ParameterValue'
    }
}
