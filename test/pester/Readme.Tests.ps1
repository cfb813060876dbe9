# The README's PowerShell example, run as a user would paste it (from a folder of their own, with
# the module imported from the checkout), and its module-path set-up on Linux.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestHelpers.ps1')
    $script:Store = Initialize-PsKmsTest
    $script:Readme = Get-Content -Raw -LiteralPath ([System.IO.Path]::Combine($RepoRoot, 'README.md'))
}
AfterAll { Remove-PsKmsTest $script:Store }

Describe 'the README' {
    It 'runs its PowerShell example as written, with the results its comments give' {
        if (-not (Test-OpenSsl)) { Set-ItResult -Skipped -Because 'the example makes a peer key with openssl'; return }
        $section = $Readme.Substring($Readme.IndexOf('## PowerShell'))
        $block = [regex]::Match($section, '```powershell\n([\s\S]*?)```').Groups[1].Value
        $block = $block.Replace('./psmodule/PsKms.psd1', $ModuleManifest)
        $script = Join-Path $TestDrive 'example.ps1'
        Set-Content -LiteralPath $script -Value "`$ErrorActionPreference = 'Stop'`nSet-Location '$TestDrive'`n$block"
        $printed = & $Pwsh -NoProfile -NonInteractive -File $script 2>&1 | Out-String
        $LASTEXITCODE | Should -Be 0 -Because $printed
        $lines = $printed -split "`r?`n" | ForEach-Object { $_.Trim() } | Where-Object { $_ }
        $lines | Should -Contain 'True'
        $lines | Should -Contain '32'
        $lines | Should -Contain 'db password'
        $lines | Should -Contain 'Enabled'
        $printed | Should -Match 'What if: Performing the operation "Invoke-KMSReEncrypt \(ReEncrypt\)"'
        Invoke-OpenSsl pkey -pubin -inform DER -in (Join-Path $TestDrive 'public.der') -noout
    }

    It 'imports the module from a PSModulePath folder linked to the checkout, as its set-up says' {
        if ($IsWindows) { Set-ItResult -Skipped -Because 'the Linux and macOS set-up makes a symbolic link'; return }
        $userHome = Join-Path $TestDrive 'home'
        $modules = Join-Path $userHome '.local/share/powershell/Modules'
        $null = New-Item -ItemType Directory -Path $modules -Force
        $null = New-Item -ItemType SymbolicLink -Path (Join-Path $modules 'PsKms') -Target ([System.IO.Path]::GetDirectoryName($ModuleManifest))
        $saved = $env:HOME
        $env:HOME = $userHome
        try {
            # no Import-Module: calling a cmdlet loads the module from the PSModulePath folder
            $printed = & $Pwsh -NoProfile -NonInteractive -Command '(New-KMSRandom -NumberOfBytes 4).Length; (Get-Module PsKms).ModuleBase' 2>&1 | Out-String
        } finally {
            $env:HOME = $saved
        }
        $printed | Should -Match "(?m)^4$" -Because $printed
        $printed | Should -Match ([regex]::Escape($modules))
    }
}
