# Runs the Pester suite with Pester 6.2.0 from the NuGet cache (see run.mjs), and ends with one
# "Pester: N passed, N failed, N skipped" line. Exits non-zero when a test or a container fails.
param(
    [Parameter(Mandatory)] [string] $NuGetPackages,
    [Parameter(ValueFromRemainingArguments)] [string[]] $Path
)
$ErrorActionPreference = 'Stop'
Import-Module ([System.IO.Path]::Combine($NuGetPackages, 'pester', '6.2.0', 'tools', 'Pester.psd1')) -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = if ($Path) { $Path } else { $PSScriptRoot }
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Normal'
$configuration.Should.ErrorAction = 'Stop'
$env:PSKMS_TEST_NUGET_PACKAGES = $NuGetPackages
# a type cache of the run's own: the module compiles its types afresh, as on a new machine,
# and the user's cache is left alone
$env:PSKMS_TYPE_CACHE = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'pskms-pester-types-' + [guid]::NewGuid().ToString('N'))
try {
    $result = Invoke-Pester -Configuration $configuration
} finally {
    Remove-Item -LiteralPath $env:PSKMS_TYPE_CACHE -Recurse -Force -ErrorAction Ignore
}
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
Write-Host "Pester: $($result.PassedCount) passed, $failed failed, $($result.SkippedCount) skipped"
if ($failed -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
exit 0
