# Every cmdlet of the module, used as a script would use it: key lifecycle, aliases, tags,
# descriptions and the list cmdlets' paging. (The cryptographic cmdlets are in Crypto.Tests.ps1.)
BeforeDiscovery {
    $script:Exported = (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../psmodule/PsKms.psd1')).FunctionsToExport
}
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'key lifecycle' {
    It 'creates, describes, disables, enables, schedules and cancels deletion' {
        $key = New-KMSKey -Description 'lifecycle' -Tag @{ TagKey = 'team'; TagValue = 'a' }
        $key.KeyState | Should -Be 'Enabled'
        $key.KeySpec | Should -Be 'SYMMETRIC_DEFAULT'
        $key.EncryptionAlgorithms | Should -Be @('SYMMETRIC_DEFAULT')
        Disable-KMSKey -KeyId $key.KeyId | Should -BeNullOrEmpty
        (Get-KMSKey -KeyId $key.KeyId).KeyState | Should -Be 'Disabled'
        Enable-KMSKey -KeyId $key.KeyId | Should -BeNullOrEmpty
        (Get-KMSKey -KeyId $key.KeyId).Enabled | Should -BeTrue

        $scheduled = Request-KMSKeyDeletion -KeyId $key.KeyId -PendingWindowInDay 7
        $scheduled.KeyId | Should -Be $key.Arn
        $scheduled.KeyState | Should -Be 'PendingDeletion'
        $scheduled.PendingWindowInDays | Should -Be 7
        $scheduled.DeletionDate | Should -BeOfType System.DateTime
        ($scheduled.DeletionDate.ToUniversalTime() - [datetime]::UtcNow).TotalDays | Should -BeGreaterThan 6.9
        (Get-KMSKey -KeyId $key.KeyId).KeyState | Should -Be 'PendingDeletion'

        Stop-KMSKeyDeletion -KeyId $key.KeyId | Should -Be $key.Arn
        (Get-KMSKey -KeyId $key.KeyId).KeyState | Should -Be 'Disabled'
    }

    It 'updates the description' {
        $key = New-KMSKey -Description 'before'
        Update-KMSKeyDescription -KeyId $key.KeyId -Description 'after' | Should -BeNullOrEmpty
        (Get-KMSKey -KeyId $key.KeyId).Description | Should -Be 'after'
    }

    It 'adds, lists and removes tags' {
        $key = New-KMSKey -Tag @{ TagKey = 'team'; TagValue = 'a' }
        Add-KMSResourceTag -KeyId $key.KeyId -Tag @{ TagKey = 'env'; TagValue = 'prod' }, @{ TagKey = 'team'; TagValue = 'b' }
        $tags = @(Get-KMSResourceTag -KeyId $key.KeyId)
        $tags | ForEach-Object { $_.PSObject.TypeNames[0] } | Select-Object -Unique | Should -Be 'Amazon.KeyManagementService.Model.Tag'
        ($tags | Sort-Object TagKey | ForEach-Object { "$($_.TagKey)=$($_.TagValue)" }) -join ',' | Should -Be 'env=prod,team=b'
        Remove-KMSResourceTag -KeyId $key.KeyId -TagKey env -Force
        @(Get-KMSResourceTag -KeyId $key.KeyId).TagKey | Should -Be @('team')
    }

    It 'lists keys page by page, following NextMarker unless -NoAutoIteration or -Marker' {
        1..3 | ForEach-Object { $null = New-KMSKey -Description "page $_" }
        $all = @(Get-KMSKeyList)
        $all.Count | Should -BeGreaterOrEqual 6
        @(Get-KMSKeyList -Limit 2).Count | Should -Be $all.Count
        @(Get-KMSKeys -Limit 2).Count | Should -Be $all.Count
        @(Get-KMSKeyList -Limit 2 -NoAutoIteration).Count | Should -Be 2
        $page = Get-KMSKeyList -Limit 2 -NoAutoIteration -Select '*'
        $page.Truncated | Should -BeTrue
        $rest = @(Get-KMSKeyList -Marker $page.NextMarker)
        $rest.Count | Should -Be ($all.Count - 2)
    }
}

Describe 'aliases' {
    It 'creates, lists, updates and removes an alias' {
        $first = New-KMSKey
        $second = New-KMSKey
        New-KMSAlias -AliasName alias/app -TargetKeyId $first.KeyId | Should -BeNullOrEmpty
        (Get-KMSKey -KeyId alias/app).KeyId | Should -Be $first.KeyId
        $entry = Get-KMSAliasList -KeyId $first.KeyId
        $entry.AliasName | Should -Be 'alias/app'
        $entry.AliasArn | Should -Be 'arn:aws:kms:us-east-1:111122223333:alias/app'
        $entry.CreationDate | Should -BeOfType System.DateTime

        Update-KMSAlias -AliasName alias/app -TargetKeyId $second.KeyId
        (Get-KMSKey -KeyId alias/app).KeyId | Should -Be $second.KeyId
        (Get-KMSAliases | Where-Object AliasName -eq 'alias/app').TargetKeyId | Should -Be $second.KeyId

        Remove-KMSAlias -AliasName alias/app -Force
        $caught = { Get-KMSKey -KeyId alias/app } | Should -Throw -PassThru
        Assert-ServiceError $caught NotFoundException 'Alias arn:aws:kms:us-east-1:111122223333:alias/app is not found.'
    }

    It 'refuses an alias that exists, with AlreadyExistsException' {
        $key = New-KMSKey
        New-KMSAlias -AliasName alias/twice -TargetKeyId $key.KeyId
        $caught = { New-KMSAlias -AliasName alias/twice -TargetKeyId $key.KeyId } | Should -Throw -PassThru
        Assert-ServiceError $caught AlreadyExistsException
    }
}

Describe 'key policies' {
    It 'reads the default key policy, writes a new one, and lists its one name' {
        $key = New-KMSKey
        $policy = Get-KMSKeyPolicy -KeyId $key.KeyId | ConvertFrom-Json
        $policy.Id | Should -Be 'key-default-1'
        $policy.Statement[0].Principal.AWS | Should -Be 'arn:aws:iam::111122223333:root'
        $document = '{"Version":"2012-10-17","Statement":[]}'
        Write-KMSKeyPolicy -KeyId $key.KeyId -Policy $document -Force
        Get-KMSKeyPolicy $key.KeyId | Should -BeExactly $document
        Get-KMSKeyPolicyList -KeyId $key.KeyId | Should -Be @('default')
        Get-KMSKeyPolicies -KeyId $key.KeyId | Should -Be @('default')
        Assert-ServiceError ({ Write-KMSKeyPolicy -KeyId $key.KeyId -Policy 'not json' -Force } | Should -Throw -PassThru) MalformedPolicyDocumentException
    }
}

Describe 'key rotation' {
    It 'enables, reports, rotates on demand and lists rotations; old ciphertext still decrypts' {
        $key = New-KMSKey
        $before = (Invoke-KMSEncrypt -KeyId $key.KeyId -Plaintext 'before rotation').CiphertextBlob
        Enable-KMSKeyRotation -KeyId $key.KeyId -RotationPeriodInDay 90 -Force
        Get-KMSKeyRotationStatus -KeyId $key.KeyId | Should -BeTrue
        $status = Get-KMSKeyRotationStatus -KeyId $key.KeyId -Select *
        $status.RotationPeriodInDays | Should -Be 90
        $status.NextRotationDate | Should -BeOfType System.DateTime
        Start-KMSRotateKeyOnDemand -KeyId $key.KeyId -Force | Should -Be $key.KeyId
        $rotations = @(Get-KMSKeyRotation -KeyId $key.KeyId)
        $rotations.Count | Should -Be 1
        $rotations[0].RotationType | Should -Be 'ON_DEMAND'
        $rotations[0].RotationType | Should -BeOfType Amazon.KeyManagementService.RotationType
        (Get-KMSKey -KeyId $key.KeyId).CurrentKeyMaterialId | Should -Be $rotations[0].KeyMaterialId
        $plain = Invoke-KMSDecrypt -CiphertextBlob $before
        [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray()) | Should -Be 'before rotation'
        Disable-KMSKeyRotation -KeyId $key.KeyId -Force
        Get-KMSKeyRotationStatus -KeyId $key.KeyId | Should -BeFalse
    }
}

Describe 'grants' {
    It 'creates, lists (with the AWS.Tools alias), retires by token and revokes grants' {
        $key = New-KMSKey
        $role = 'arn:aws:iam::111122223333:role/app'
        $admin = 'arn:aws:iam::111122223333:role/admin'
        $grant = New-KMSGrant -KeyId $key.KeyId -GranteePrincipal $role -RetiringPrincipal $admin -Operation Encrypt, Decrypt -Constraints_EncryptionContextSubset @{ Department = 'IT' } -Force
        $grant.GrantId | Should -Match '^[0-9a-f]{64}$'
        $listed = @(Get-KMSGrantList -KeyId $key.KeyId)
        $listed.Count | Should -Be 1
        $listed[0].PSObject.TypeNames[0] | Should -Be 'Amazon.KeyManagementService.Model.GrantListEntry'
        $listed[0].Operations | Should -Be @('Encrypt', 'Decrypt')
        $listed[0].Constraints.EncryptionContextSubset.Department | Should -Be 'IT'
        $listed[0].IssuingAccount | Should -Be 'arn:aws:iam::111122223333:root'
        @(Get-KMSGrants -KeyId $key.KeyId).Count | Should -Be 1
        @(Get-KMSRetirableGrant -RetiringPrincipal $admin).GrantId | Should -Be $grant.GrantId
        Disable-KMSGrant -GrantToken $grant.GrantToken -Force | Should -BeNullOrEmpty
        @(Get-KMSGrantList -KeyId $key.KeyId).Count | Should -Be 0

        $second = New-KMSGrant -KeyId $key.KeyId -GranteePrincipal $role -Operation GenerateDataKey -Force
        Revoke-KMSGrant -KeyId $key.KeyId -GrantId $second.GrantId -Force | Should -BeNullOrEmpty
        Assert-ServiceError ({ Revoke-KMSGrant -KeyId $key.KeyId -GrantId $second.GrantId -Force } | Should -Throw -PassThru) NotFoundException "Grant ID $($second.GrantId) not found"
        Assert-ServiceError ({ New-KMSGrant -KeyId $key.KeyId -GranteePrincipal $role -Operation CreateGrant -Force } | Should -Throw -PassThru) ValidationException 'Grants must not contain only the CreateGrant operation.'
    }

    It 'pages grants itself unless -NoAutoIteration, as AWS.Tools does' {
        $key = New-KMSKey
        1..3 | ForEach-Object { New-KMSGrant -KeyId $key.KeyId -GranteePrincipal 'arn:aws:iam::111122223333:role/app' -Operation Decrypt -Force | Out-Null }
        @(Get-KMSGrantList -KeyId $key.KeyId -Limit 2).Count | Should -Be 3
        @(Get-KMSGrantList -KeyId $key.KeyId -Limit 2 -NoAutoIteration).Count | Should -Be 2
    }
}

Describe 'multi-Region keys' {
    It 'replicates a primary into another Region, decrypts there, and moves the primary Region' {
        $primary = New-KMSKey -MultiRegion $true -Region us-east-1
        $primary.KeyId | Should -Match '^mrk-[0-9a-f]{32}$'
        $replica = New-KMSReplicaKey -KeyId $primary.KeyId -ReplicaRegion eu-west-1 -Region us-east-1 -Force
        $replica.ReplicaKeyMetadata.MultiRegionConfiguration.MultiRegionKeyType | Should -Be 'REPLICA'
        $replica.ReplicaKeyMetadata.MultiRegionConfiguration.MultiRegionKeyType | Should -BeOfType Amazon.KeyManagementService.MultiRegionKeyType
        $blob = (Invoke-KMSEncrypt -KeyId $primary.KeyId -Plaintext 'across Regions' -Region us-east-1).CiphertextBlob
        $plain = Invoke-KMSDecrypt -CiphertextBlob $blob -Region eu-west-1
        [System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray()) | Should -Be 'across Regions'
        $plain.KeyId | Should -Be $replica.ReplicaKeyMetadata.Arn
        Update-KMSPrimaryRegion -KeyId $primary.KeyId -PrimaryRegion eu-west-1 -Region us-east-1 -Force | Should -BeNullOrEmpty
        (Get-KMSKey -KeyId $primary.KeyId -Region eu-west-1).MultiRegionConfiguration.MultiRegionKeyType | Should -Be 'PRIMARY'
        Assert-ServiceError ({ New-KMSReplicaKey -KeyId $primary.KeyId -ReplicaRegion ap-southeast-1 -Region us-east-1 -Force } | Should -Throw -PassThru) UnsupportedOperationException "$($primary.Arn) is not a multi-region primary key."
    }
}

Describe 'custom key stores' {
    It 'creates an external key store, connects it, makes a key in it, and removes it when empty' {
        $id = New-KMSCustomKeyStore -CustomKeyStoreName pester-xks -CustomKeyStoreType EXTERNAL_KEY_STORE -XksProxyConnectivity PUBLIC_ENDPOINT `
            -XksProxyUriEndpoint 'https://xks.example.com' -XksProxyUriPath '/kms/xks/v1' `
            -XksProxyAuthenticationCredential_AccessKeyId ABCDEF234567ABCDEFGH -XksProxyAuthenticationCredential_RawSecretAccessKey 'DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo=' -Force
        $id | Should -Match '^cks-[0-9a-f]{17}$'
        $store = Get-KMSCustomKeyStore -CustomKeyStoreId $id
        $store.ConnectionState | Should -Be 'DISCONNECTED'
        $store.ConnectionState | Should -BeOfType Amazon.KeyManagementService.ConnectionStateType
        $store.XksProxyConfiguration.UriPath | Should -Be '/kms/xks/v1'
        Connect-KMSCustomKeyStore -CustomKeyStoreId $id -Force | Should -BeNullOrEmpty
        $key = New-KMSKey -CustomKeyStoreId $id -Origin EXTERNAL_KEY_STORE -XksKeyId external-key-1
        $key.XksKeyConfiguration.Id | Should -Be 'external-key-1'
        Update-KMSCustomKeyStore -CustomKeyStoreId $id -NewCustomKeyStoreName pester-xks-2 -Force | Should -BeNullOrEmpty
        (Get-KMSCustomKeyStore -CustomKeyStoreName pester-xks-2).CustomKeyStoreId | Should -Be $id
        Disconnect-KMSCustomKeyStore -CustomKeyStoreId $id -Force
        (Get-KMSKey -KeyId $key.KeyId).KeyState | Should -Be 'Unavailable'
        Assert-ServiceError ({ Remove-KMSCustomKeyStore -CustomKeyStoreId $id -Force } | Should -Throw -PassThru) CustomKeyStoreHasCMKsException
        (Get-Command Remove-KMSCustomKeyStore).ScriptBlock.Attributes.Where({ $_ -is [System.Management.Automation.CmdletBindingAttribute] }).ConfirmImpact | Should -Be 'High'
    }
}

Describe 'Get-KMSKeyLastUsage' {
    It 'reports the last cryptographic call made with a key' {
        $key = New-KMSKey
        (Get-KMSKeyLastUsage -KeyId $key.KeyId).KeyLastUsage | Should -BeNullOrEmpty
        Invoke-KMSEncrypt -KeyId $key.KeyId -Plaintext 'used' | Out-Null
        $usage = Get-KMSKeyLastUsage -KeyId $key.KeyId
        $usage.KeyLastUsage.Operation | Should -Be 'Encrypt'
        $usage.KeyLastUsage.Operation | Should -BeOfType Amazon.KeyManagementService.KeyLastUsageTrackingOperation
        $usage.KeyLastUsage.Timestamp | Should -BeOfType System.DateTime
        $usage.KeyCreationDate | Should -Be $key.CreationDate
    }
}

Describe 'regions' {
    It 'scopes keys by -Region, and by the shell default that Set-DefaultAWSRegion stores' {
        $west = New-KMSKey -Region eu-west-1
        $west.Arn | Should -BeLike 'arn:aws:kms:eu-west-1:111122223333:key/*'
        (Get-KMSKey -KeyId $west.KeyId -Region eu-west-1).KeyId | Should -Be $west.KeyId
        Assert-ServiceError ({ Get-KMSKey -KeyId $west.KeyId } | Should -Throw -PassThru) NotFoundException
        try {
            $global:StoredAWSRegion = 'eu-west-1'
            (Get-KMSKey -KeyId $west.KeyId).Arn | Should -Be $west.Arn
        } finally {
            Remove-Variable -Name StoredAWSRegion -Scope Global
        }
    }

    It 'takes -Region as AWS.Tools does: a string, a wrapped string, or an object with Region or SystemName' {
        $west = New-KMSKey -Region eu-west-2
        (Get-KMSKey -KeyId $west.KeyId -Region (Write-Output 'eu-west-2')).KeyId | Should -Be $west.KeyId
        (Get-KMSKey -KeyId $west.KeyId -Region ([pscustomobject]@{ Region = 'eu-west-2'; Name = 'Europe (London)' })).KeyId | Should -Be $west.KeyId
        (Get-KMSKey -KeyId $west.KeyId -Region ([pscustomobject]@{ SystemName = 'eu-west-2' })).KeyId | Should -Be $west.KeyId
    }

    It 'treats an empty -EndpointUrl as none, as AWS.Tools does' {
        $key = New-KMSKey
        (Get-KMSKey -KeyId $key.KeyId -EndpointUrl '').KeyId | Should -Be $key.KeyId
        (Get-KMSKey -KeyId $key.KeyId -EndpointUrl $null).KeyId | Should -Be $key.KeyId
    }
}

Describe 'coverage' {
    It '<_> is called by some Pester test' -ForEach $Exported {
        $others = Get-ChildItem -Path $PSScriptRoot -Filter *.Tests.ps1 | Where-Object Name -ne 'Cmdlets.Tests.ps1' | Get-Content -Raw
        $calls = ($others -join "`n") + ((Get-Content -Raw -LiteralPath $PSCommandPath) -replace '(?s)Describe ''coverage''.*', '')
        # a name in a comment is not a call
        $calls = $calls -replace '(?m)#.*$', ''
        [regex]::IsMatch($calls, '(^|[\s(|{])' + [regex]::Escape($_) + '\s') | Should -BeTrue -Because 'every cmdlet is run in pwsh' 
    }
}
