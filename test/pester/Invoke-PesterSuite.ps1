# Runs the Pester suite with Pester 6.2.0 from the NuGet cache (see run.mjs).
param(
    [Parameter(Mandatory)] [string] $NuGetPackages,
    [Parameter(ValueFromRemainingArguments)] [string[]] $Path
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $NuGetPackages 'pester/6.2.0/tools/Pester.psd1') -Force
$configuration = New-PesterConfiguration
$configuration.Run.Path = if ($Path) { $Path } else { $PSScriptRoot }
$configuration.Run.Exit = $true
$configuration.Output.Verbosity = 'Normal'
$configuration.Should.ErrorAction = 'Stop'
$env:PSKMS_TEST_NUGET_PACKAGES = $NuGetPackages
Invoke-Pester -Configuration $configuration
