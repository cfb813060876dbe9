# Shared by the Pester suite: a fresh store per file, the module imported from this checkout,
# and openssl as the independent oracle for every cryptographic result.
$script:RepoRoot = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, '..', '..'))
$script:ModuleManifest = [System.IO.Path]::Combine($script:RepoRoot, 'psmodule', 'PsKms.psd1')
$script:PsKmsEntry = [System.IO.Path]::Combine($script:RepoRoot, 'dist', 'src', 'cli', 'pskms.js')

# Whether this pwsh runs -NonInteractive (as run.mjs starts it): tests of confirmation prompts need it.
$script:NonInteractive = [bool]([System.Environment]::GetCommandLineArgs() -match '^-noni')

# This PowerShell's own executable (under `dotnet tool run`, the process itself is dotnet).
$script:Pwsh = [System.IO.Path]::Combine($PSHOME, $(if ($IsWindows) { 'pwsh.exe' } else { 'pwsh' }))

# Runs a script in a new pwsh process with this checkout's module path; returns what it printed.
function Invoke-ChildPwsh {
    param([string] $Script)
    $output = & $script:Pwsh -NoProfile -NonInteractive -Command $Script 2>&1 | Out-String
    return $output
}

# A new, empty store, and the module imported over it (with a new host process).
function Initialize-PsKmsTest {
    $store = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'pskms-pester-' + [guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $store
    $env:PSKMS_HOME = $store
    # the machine's AWS set-up must not reach the tests: no profile, region, endpoint or account of its own
    foreach ($name in 'AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_KMS', 'PSKMS_BACKEND', 'PSKMS_ACCOUNT_ID', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN') {
        Remove-Item -Path "env:$name" -ErrorAction Ignore
    }
    $env:AWS_CONFIG_FILE = [System.IO.Path]::Combine($store, 'no-aws-config')
    $env:AWS_SHARED_CREDENTIALS_FILE = [System.IO.Path]::Combine($store, 'no-aws-credentials')
    Import-Module $script:ModuleManifest -Force
    return $store
}

function Remove-PsKmsTest {
    param([string] $Store)
    Remove-Module PsKms -ErrorAction Ignore
    if ($Store) { Remove-Item -LiteralPath $Store -Recurse -Force -ErrorAction Ignore }
}

function Test-OpenSsl { [bool](Get-Command openssl -ErrorAction Ignore) }

# openssl with its exit code checked; returns what it printed. A simple function, so that
# openssl's own options (-in, -out) are not taken for PowerShell's common parameters.
function Invoke-OpenSsl {
    $output = & openssl @args 2>&1
    if ($LASTEXITCODE -ne 0) { throw "openssl $($args -join ' ') failed ($LASTEXITCODE): $output" }
    return ($output | Out-String)
}

# The error record a service error gives, checked as AWS.Tools raises it: a terminating
# InvalidOperationException around the SDK's exception, category InvalidOperation, the SDK type's
# name first in the FullyQualifiedErrorId, and AWS's message. An error outside KMS's model
# (ValidationException) comes as the service's base exception with the error's code, as the SDK raises it.
function Assert-ServiceError {
    param([System.Management.Automation.ErrorRecord] $ErrorRecord, [string] $Type, [string] $Message)
    $sdkType = if ($Type -eq 'ValidationException') { 'Amazon.KeyManagementService.AmazonKeyManagementServiceException' } else { "Amazon.KeyManagementService.Model.$Type" }
    # (not Should -Not -BeNullOrEmpty: a record whose message is empty reads as empty)
    $ErrorRecord -is [System.Management.Automation.ErrorRecord] | Should -BeTrue
    $ErrorRecord.Exception | Should -BeOfType System.InvalidOperationException
    $ErrorRecord.Exception.InnerException.GetType().FullName | Should -Be $sdkType
    $ErrorRecord.Exception.InnerException | Should -BeOfType Amazon.Runtime.AmazonServiceException
    $ErrorRecord.Exception.InnerException.ErrorCode | Should -Be $Type
    $ErrorRecord.FullyQualifiedErrorId | Should -BeLike "$sdkType,*"
    $ErrorRecord.CategoryInfo.Category | Should -Be 'InvalidOperation'
    if ($Message) {
        $ErrorRecord.Exception.Message | Should -BeExactly $Message
        $ErrorRecord.Exception.InnerException.Message | Should -BeExactly $Message
    }
}

# Writes bytes to a new file in the test drive; returns its path.
function Save-Bytes {
    param([byte[]] $Bytes, [string] $Name)
    $path = [System.IO.Path]::Combine($TestDrive, $Name)
    [System.IO.File]::WriteAllBytes($path, $Bytes)
    return $path
}

function Read-Bytes { param([string] $Path) , [System.IO.File]::ReadAllBytes($Path) }

function ConvertTo-Hex { param([byte[]] $Bytes) [System.BitConverter]::ToString($Bytes).Replace('-', '') }

# The module's host process, from inside the module.
function Get-PsKmsHostProcess { & (Get-Module PsKms) { if ($script:PsKmsHost) { $script:PsKmsHost.Process } } }
