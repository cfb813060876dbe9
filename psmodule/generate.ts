// Generates the PowerShell module (PsKms.psd1, PsKms.psm1) from the cmdlet definitions in
// cmdlets/. The module is thin: each cmdlet declares AWS.Tools' parameters, sends its bound
// values with their runtime types to one long-lived `pskms module-host` process, and rebuilds
// the outputs, warnings, ShouldProcess calls and error records from the reply.
//   npm run generate:psmodule   rewrites the files; a test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCmdlets } from '../cmdlets/index.js';
import { declaredParameters, type CmdletDefinition, type ParameterDefinition } from '../src/binding/definition.js';
import { ERROR_STATUS } from '../src/engine/errors.js';

const ROOT = new URL('../../', import.meta.url);
export const PSM1_PATH = fileURLToPath(new URL('psmodule/PsKms.psm1', ROOT));
export const PSD1_PATH = fileURLToPath(new URL('psmodule/PsKms.psd1', ROOT));

/** The PowerShell type a parameter is declared with. Blobs and tags stay [object]: the binding layer converts them. */
function psType(param: ParameterDefinition): string {
  switch (param.type) {
    case 'byte[]': case 'Tag[]': return '[object]';
    case 'string[]': return '[string[]]';
    case 'Hashtable': return '[System.Collections.Hashtable]';
    case 'int?': return '[System.Nullable[int]]';
    case 'bool?': return '[System.Nullable[bool]]';
    case 'switch': return '[switch]';
    default: return '[string]';
  }
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

function parameterBlock(param: ParameterDefinition): string {
  const attrs = [
    ...(param.mandatory ? ['Mandatory = $true'] : []),
    ...(param.position !== undefined ? [`Position = ${param.position}`] : []),
    ...(param.valueFromPipeline ? ['ValueFromPipeline = $true'] : []),
    'ValueFromPipelineByPropertyName = $true',
  ];
  const lines = [`        [Parameter(${attrs.join(', ')})]`];
  if (param.mandatory) lines.push('        [AllowNull()]');
  if (param.mandatory && param.type === 'string') lines.push('        [AllowEmptyString()]');
  if (param.aliases?.length) lines.push(`        [Alias(${param.aliases.map(quote).join(', ')})]`);
  lines.push(`        ${psType(param)} $${param.name}`);
  return lines.join('\n');
}

function cmdletFunction(def: CmdletDefinition): string {
  const binding = def.shouldProcess ? `[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = '${def.shouldProcess.confirmImpact ?? 'Medium'}')]` : '[CmdletBinding()]';
  const params = [
    ...declaredParameters(def).map(parameterBlock),
    ["        [Parameter(ValueFromPipelineByPropertyName = $true)]", "        [Alias('RegionToCall')]", '        [object] $Region'].join('\n'),
  ];
  return [
    `function ${def.name} {`,
    `    ${binding}`,
    '    param(',
    params.join(',\n'),
    '    )',
    '    process {',
    `        Invoke-PsKmsCmdlet -Name ${quote(def.name)} -Bound $PSBoundParameters -Caller $PSCmdlet`,
    '    }',
    '}',
  ].join('\n');
}

/** Exception classes under AWS's type names, so `catch [Amazon.KeyManagementService.Model.NotFoundException]` works. */
function exceptionTypes(): string {
  const classes = Object.keys(ERROR_STATUS)
    .map((type) => `    public class ${type} : AmazonKeyManagementServiceException { public ${type}(string message, string code, int status) : base(message, code, status) {} }`)
    .join('\n');
  return [
    "if (-not ('Amazon.KeyManagementService.Model.NotFoundException' -as [type])) {",
    "    Add-Type -TypeDefinition @'",
    'namespace Amazon.KeyManagementService.Model {',
    '    public class AmazonKeyManagementServiceException : System.Exception {',
    '        public string ErrorCode { get; private set; }',
    '        public int StatusCode { get; private set; }',
    '        public AmazonKeyManagementServiceException(string message, string code, int status) : base(message) { ErrorCode = code; StatusCode = status; }',
    '    }',
    classes,
    '}',
    "'@",
    '}',
  ].join('\n');
}

const RUNTIME = String.raw`
$script:PsKmsHost = $null
$script:PsKmsNextId = 0
$script:PsKmsCommonParameters = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'WhatIf', 'Confirm', 'Region')

function Get-PsKmsHost {
    if ($null -ne $script:PsKmsHost -and -not $script:PsKmsHost.HasExited) {
        return $script:PsKmsHost
    }
    $node = $env:PSKMS_NODE
    if (-not $node) {
        $node = 'node'
    }
    $entry = [System.IO.Path]::Combine((Split-Path -Parent $PSScriptRoot), 'dist', 'src', 'cli', 'main.js')
    $info = New-Object System.Diagnostics.ProcessStartInfo
    $info.FileName = $node
    $info.Arguments = '"' + $entry + '" module-host'
    $info.UseShellExecute = $false
    $info.RedirectStandardInput = $true
    $info.RedirectStandardOutput = $true
    $info.StandardOutputEncoding = New-Object System.Text.UTF8Encoding($false)
    $process = [System.Diagnostics.Process]::Start($info)
    $ready = $process.StandardOutput.ReadLine()
    if ($null -eq $ready) {
        throw "pskms: could not start '$node $entry module-host'"
    }
    $script:PsKmsHost = $process
    return $process
}

function ConvertTo-PsKmsValue {
    param($Value)
    if ($null -eq $Value) {
        return @{ t = 'null' }
    }
    if ($Value -is [System.Management.Automation.PSObject]) {
        $Value = $Value.PSObject.BaseObject
    }
    if ($Value -is [string]) {
        return @{ t = 'string'; v = $Value }
    }
    if ($Value -is [bool]) {
        return @{ t = 'bool'; v = $Value }
    }
    if ($Value -is [System.Management.Automation.SwitchParameter]) {
        return @{ t = 'switch'; v = $Value.IsPresent }
    }
    if ($Value -is [byte[]]) {
        return @{ t = 'bytes'; v = [System.Convert]::ToBase64String($Value) }
    }
    if ($Value -is [System.IO.MemoryStream]) {
        return @{ t = 'MemoryStream'; v = [System.Convert]::ToBase64String($Value.ToArray()) }
    }
    if ($Value -is [System.IO.Stream]) {
        try {
            $copy = New-Object System.IO.MemoryStream
            $Value.CopyTo($copy)
            return @{ t = 'Stream'; type = $Value.GetType().FullName; v = [System.Convert]::ToBase64String($copy.ToArray()) }
        }
        finally {
            $Value.Dispose()
        }
    }
    if ($Value -is [System.IO.FileInfo]) {
        return @{ t = 'FileInfo'; path = $Value.FullName }
    }
    if ($Value -is [System.IO.DirectoryInfo]) {
        return @{ t = 'DirectoryInfo'; path = $Value.FullName }
    }
    if ($Value -is [datetime]) {
        return @{ t = 'datetime'; v = $Value.ToUniversalTime().ToString('o') }
    }
    if ($Value -is [System.ValueType] -and $Value.GetType().IsPrimitive -or $Value -is [decimal]) {
        return @{ t = 'number'; v = $Value; type = $Value.GetType().FullName }
    }
    if ($Value -is [System.Collections.IDictionary]) {
        $entries = @()
        foreach ($key in $Value.Keys) {
            $entries += , @((ConvertTo-PsKmsValue $key), (ConvertTo-PsKmsValue $Value[$key]))
        }
        return @{ t = 'hashtable'; entries = $entries }
    }
    if ($Value -is [System.Collections.IEnumerable]) {
        $items = @()
        foreach ($item in $Value) {
            $items += , (ConvertTo-PsKmsValue $item)
        }
        return @{ t = 'array'; type = $Value.GetType().FullName; items = $items }
    }
    $props = @()
    foreach ($property in $Value.PSObject.Properties) {
        $props += , @($property.Name, (ConvertTo-PsKmsValue $property.Value))
    }
    return @{ t = 'object'; type = $Value.GetType().FullName; props = $props }
}

function ConvertFrom-PsKmsValue {
    param($Value)
    $kind = $Value.t
    if ($kind -eq 'null') {
        return $null
    }
    if ($kind -eq 'string' -or $kind -eq 'bool') {
        return $Value.v
    }
    if ($kind -eq 'switch') {
        return [System.Management.Automation.SwitchParameter]$Value.v
    }
    if ($kind -eq 'number') {
        return ($Value.v -as ($Value.type -as [type]))
    }
    if ($kind -eq 'MemoryStream') {
        return New-Object System.IO.MemoryStream(, [System.Convert]::FromBase64String($Value.v))
    }
    if ($kind -eq 'bytes') {
        return , [System.Convert]::FromBase64String($Value.v)
    }
    if ($kind -eq 'datetime') {
        return [datetime]::Parse($Value.v, [System.Globalization.CultureInfo]::InvariantCulture, [System.Globalization.DateTimeStyles]::RoundtripKind)
    }
    if ($kind -eq 'array') {
        $list = New-Object System.Collections.Generic.List[object]
        foreach ($item in $Value.items) {
            $list.Add((ConvertFrom-PsKmsValue $item))
        }
        return , $list
    }
    if ($kind -eq 'hashtable') {
        $table = @{}
        foreach ($entry in $Value.entries) {
            $table[(ConvertFrom-PsKmsValue $entry[0])] = ConvertFrom-PsKmsValue $entry[1]
        }
        return $table
    }
    $properties = [ordered]@{}
    foreach ($pair in $Value.props) {
        $properties[$pair[0]] = ConvertFrom-PsKmsValue $pair[1]
    }
    $object = [pscustomobject]$properties
    $object.PSObject.TypeNames.Insert(0, $Value.type)
    return $object
}

function New-PsKmsErrorRecord {
    param($Info)
    $inner = $null
    if ($null -ne $Info.innerException) {
        $inner = New-Object -TypeName $Info.innerException.type -ArgumentList @($Info.innerException.message, $Info.innerException.errorCode, [int]$Info.innerException.statusCode)
    }
    if ($Info.exceptionType -eq 'System.ArgumentException') {
        $exception = New-Object System.ArgumentException($Info.message, $Info.paramName)
    }
    elseif ($null -ne $inner) {
        $exception = New-Object System.InvalidOperationException($Info.message, $inner)
    }
    else {
        $exceptionType = $Info.exceptionType -as [type]
        if ($null -eq $exceptionType) {
            $exceptionType = [System.InvalidOperationException]
        }
        $exception = New-Object -TypeName $exceptionType.FullName -ArgumentList @($Info.message)
    }
    $category = [System.Management.Automation.ErrorCategory]$Info.category
    return New-Object System.Management.Automation.ErrorRecord($exception, $Info.errorId, $category, $null)
}

function Send-PsKmsMessage {
    param($Process, $Message)
    $Process.StandardInput.WriteLine(($Message | ConvertTo-Json -Depth 64 -Compress))
    $Process.StandardInput.Flush()
}

function Invoke-PsKmsCmdlet {
    param([string] $Name, [System.Collections.IDictionary] $Bound, $Caller)
    $values = @{}
    foreach ($key in $Bound.Keys) {
        if ($script:PsKmsCommonParameters -notcontains $key) {
            $values[$key] = ConvertTo-PsKmsValue $Bound[$key]
        }
    }
    $region = $null
    if ($Bound.ContainsKey('Region') -and $null -ne $Bound['Region']) {
        $region = [string]$Bound['Region']
    }
    $script:PsKmsNextId++
    $id = $script:PsKmsNextId
    $process = Get-PsKmsHost
    Send-PsKmsMessage $process @{ id = $id; type = 'invoke'; cmdlet = $Name; bound = $values; whatIf = [bool]$WhatIfPreference; region = $region; newline = [System.Environment]::NewLine }
    while ($true) {
        $line = $process.StandardOutput.ReadLine()
        if ($null -eq $line) {
            throw 'pskms: the module host exited'
        }
        $reply = $line | ConvertFrom-Json
        if ($reply.type -eq 'shouldProcess') {
            $answer = $Caller.ShouldProcess($reply.target, $reply.action)
            Send-PsKmsMessage $process @{ id = $id; type = 'proceed'; answer = $answer }
            continue
        }
        if ($reply.type -ne 'result') {
            throw ('pskms: ' + $reply.message)
        }
        foreach ($warning in $reply.warnings) {
            $Caller.WriteWarning($warning)
        }
        foreach ($output in $reply.output) {
            $Caller.WriteObject((ConvertFrom-PsKmsValue $output), $false)
        }
        if ($null -ne $reply.error) {
            $Caller.ThrowTerminatingError((New-PsKmsErrorRecord $reply.error))
        }
        return
    }
}
`;

export async function generatePsm1(): Promise<string> {
  const defs = await allCmdlets();
  return [
    '# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).',
    '# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.',
    '',
    exceptionTypes(),
    RUNTIME,
    ...defs.map(cmdletFunction).map((f) => `${f}\n`),
    `Export-ModuleMember -Function @(${defs.map((d) => quote(d.name)).join(', ')})`,
    '',
  ].join('\n');
}

export async function generatePsd1(): Promise<string> {
  const defs = await allCmdlets();
  const version = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version;
  return [
    '# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.',
    '@{',
    "    RootModule = 'PsKms.psm1'",
    `    ModuleVersion = '${version}'`,
    "    GUID = '6f0c7f1e-3c5a-4d4e-9a53-5c0e8f6b7a21'",
    "    Author = 'pskms'",
    "    Description = 'AWS.Tools.KeyManagementService cmdlets over pskms, a local, offline AWS KMS with real cryptography.'",
    "    PowerShellVersion = '5.1'",
    `    FunctionsToExport = @(${defs.map((d) => quote(d.name)).join(', ')})`,
    '    CmdletsToExport = @()',
    '    VariablesToExport = @()',
    '    AliasesToExport = @()',
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PSM1_PATH, await generatePsm1());
  writeFileSync(PSD1_PATH, await generatePsd1());
  console.log(`wrote ${PSM1_PATH} and ${PSD1_PATH}`);
}
