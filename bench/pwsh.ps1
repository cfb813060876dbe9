# The PowerShell half of `npm run bench` (bench/run.ts runs it): the module's costs measured
# inside pwsh, so that dotnet's tool launcher is not counted. Prints one JSON object.
#   import   Import-Module PsKms, then the first cmdlet call (it starts the host), in a new process
#   baseline Import-Module of a one-function script module, in a new process
#   warm     the median of N calls of New-KMSRandom and Invoke-KMSSigning in one session,
#            against a no-op advanced function with the same parameters
param(
    [Parameter(Mandatory)] [ValidateSet('import', 'baseline', 'warm')] [string] $Mode,
    [string] $KeyId,
    [int] $Calls = 1000
)
$ErrorActionPreference = 'Stop'
$manifest = [System.IO.Path]::Combine($PSScriptRoot, '..', 'psmodule', 'PsKms.psd1')

function Get-Median([double[]] $Values) {
    $sorted = [double[]]($Values | Sort-Object)
    $middle = [int][math]::Floor($sorted.Length / 2)
    if ($sorted.Length % 2) { return $sorted[$middle] }
    return ($sorted[$middle - 1] + $sorted[$middle]) / 2
}

$watch = [System.Diagnostics.Stopwatch]::new()
switch ($Mode) {
    'baseline' {
        $module = [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), "pskms-bench-noop-$PID.psm1")
        Set-Content -LiteralPath $module -Value 'function Get-Nothing { [CmdletBinding()] param([string] $KeyId) process { } }'
        $watch.Start()
        Import-Module $module
        $watch.Stop()
        Remove-Item -LiteralPath $module
        @{ importMs = $watch.Elapsed.TotalMilliseconds } | ConvertTo-Json -Compress
    }
    'import' {
        $watch.Start()
        Import-Module $manifest
        $watch.Stop()
        $import = $watch.Elapsed.TotalMilliseconds
        $watch.Restart()
        $null = Invoke-KMSSigning -KeyId $KeyId -Message 'hello' -SigningAlgorithm ECDSA_SHA_256
        $watch.Stop()
        @{ importMs = $import; firstCallMs = $watch.Elapsed.TotalMilliseconds } | ConvertTo-Json -Compress
    }
    'warm' {
        Import-Module $manifest
        function Invoke-NoOp {
            [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'Medium')]
            param([Parameter(Position = 0, ValueFromPipeline = $true)] [object] $Message, [string] $KeyId, [string] $SigningAlgorithm, [System.Nullable[int]] $NumberOfBytes)
            process { }
        }
        $times = @{}
        $commands = [ordered]@{
            'New-KMSRandom' = { $null = New-KMSRandom -NumberOfBytes 32 }
            'Invoke-KMSSigning' = { $null = Invoke-KMSSigning -KeyId $KeyId -Message 'hello' -SigningAlgorithm ECDSA_SHA_256 }
            'no-op function' = { $null = Invoke-NoOp -KeyId $KeyId -Message 'hello' -SigningAlgorithm ECDSA_SHA_256 }
        }
        foreach ($name in $commands.Keys) {
            $call = $commands[$name]
            # warm up first: PowerShell compiles a script block to IL only after it has run a while
            for ($i = 0; $i -lt 300; $i++) { & $call }
            $samples = [double[]]::new($Calls)
            for ($i = 0; $i -lt $Calls; $i++) {
                $watch.Restart()
                & $call
                $watch.Stop()
                $samples[$i] = $watch.Elapsed.TotalMilliseconds
            }
            $times[$name] = Get-Median $samples
        }
        $times | ConvertTo-Json -Compress
    }
}
