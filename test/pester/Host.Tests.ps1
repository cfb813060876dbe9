# The module's host process: one per session, started on the first call, restarted when it
# dies, ended by Remove-Module; and several pwsh sessions sharing one store.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'the host process' {
    It 'is started by the first call and serves every later call' {
        Import-Module $ModuleManifest -Force
        Get-PsKmsHostProcess | Should -BeNullOrEmpty
        $null = New-KMSRandom -NumberOfBytes 1
        $first = Get-PsKmsHostProcess
        $first.HasExited | Should -BeFalse
        1..5 | ForEach-Object { $null = New-KMSRandom -NumberOfBytes 1 }
        (Get-PsKmsHostProcess).Id | Should -Be $first.Id
    }

    It 'is started again when it has died' {
        $null = New-KMSRandom -NumberOfBytes 1
        $old = Get-PsKmsHostProcess
        $old.Kill()
        $old.WaitForExit(5000) | Should -BeTrue
        (New-KMSRandom -NumberOfBytes 8).ToArray().Length | Should -Be 8
        (Get-PsKmsHostProcess).Id | Should -Not -Be $old.Id
    }

    It 'gives a clear error when it dies during a call, and the next call works' {
        # a call that waits: an endpoint that accepts the connection and never answers
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        try {
            $null = New-KMSRandom -NumberOfBytes 1
            $process = Get-PsKmsHostProcess
            $killer = Start-ThreadJob -ArgumentList $process.Id -ScriptBlock { param($id) Start-Sleep -Milliseconds 1500; Stop-Process -Id $id -Force }
            $endpoint = "http://127.0.0.1:$($listener.LocalEndpoint.Port)"
            { Get-KMSKeyList -EndpointUrl $endpoint -Region us-east-1 -AccessKey AKIAPSKMSHOSTTEST000 -SecretKey secret } | Should -Throw -ExpectedMessage 'pskms: the module host exited'
            $killer | Wait-Job -Timeout 10 | Remove-Job -Force
        } finally {
            $listener.Stop()
        }
        (New-KMSRandom -NumberOfBytes 2).ToArray().Length | Should -Be 2
        (Get-PsKmsHostProcess).Id | Should -Not -Be $process.Id
    }

    It 'ends with Remove-Module' {
        $null = New-KMSRandom -NumberOfBytes 1
        $id = (Get-PsKmsHostProcess).Id
        Remove-Module PsKms
        $deadline = [datetime]::UtcNow.AddSeconds(5)
        while ((Get-Process -Id $id -ErrorAction Ignore) -and [datetime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Get-Process -Id $id -ErrorAction Ignore | Should -BeNullOrEmpty
        Import-Module $ModuleManifest -Force
    }

    It 'reads the store named by PSKMS_HOME when it starts' {
        $key = New-KMSKey -Description 'home'
        (Get-KMSKey -KeyId $key.KeyId).Description | Should -Be 'home'
        Get-ChildItem -LiteralPath $Store -Recurse -File | Should -Not -BeNullOrEmpty
    }
}

Describe 'two pwsh sessions on one store' {
    It 'sees keys another session made, and loses none when both write at once' {
        $before = @(Get-KMSKeyList).Count
        $script = {
            param($Manifest, $Tag)
            Import-Module $Manifest
            foreach ($i in 1..8) {
                $key = New-KMSKey -Description "$Tag $i" -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY
                New-KMSAlias -AliasName "alias/$Tag-$i" -TargetKeyId $key.KeyId
            }
            'done'
        }
        $encoded = [System.Convert]::ToBase64String([System.Text.Encoding]::Unicode.GetBytes(
            "& { $script } '$ModuleManifest' `$env:PSKMS_TEST_TAG"))
        $sessions = foreach ($tag in 'left', 'right') {
            $env:PSKMS_TEST_TAG = $tag
            $out = Join-Path $TestDrive "$tag.out"
            Start-Process -FilePath $Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-EncodedCommand', $encoded -RedirectStandardOutput $out -RedirectStandardError "$out.err" -PassThru
        }
        Remove-Item env:PSKMS_TEST_TAG
        foreach ($session in $sessions) { $session.WaitForExit(120000) | Should -BeTrue }
        foreach ($tag in 'left', 'right') {
            Get-Content (Join-Path $TestDrive "$tag.out") -Raw | Should -Match 'done' -Because (Get-Content (Join-Path $TestDrive "$tag.out.err") -Raw)
        }
        @(Get-KMSKeyList).Count | Should -Be ($before + 16)
        $aliases = (Get-KMSAliasList).AliasName
        foreach ($tag in 'left', 'right') { foreach ($i in 1..8) { $aliases | Should -Contain "alias/$tag-$i" } }
        # a key made in the other session works here
        $signature = Invoke-KMSSigning -KeyId alias/left-3 -Message 'shared' -SigningAlgorithm ECDSA_SHA_256
        Test-KMSSignature -KeyId alias/left-3 -Message 'shared' -Signature $signature -SigningAlgorithm ECDSA_SHA_256 | Should -BeTrue
    }
}
