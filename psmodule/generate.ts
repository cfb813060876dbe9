// Generates the PowerShell module (PsKms.psd1, PsKms.psm1) from the cmdlet definitions in
// cmdlets/. The module is thin: each cmdlet declares AWS.Tools' parameters and hands its bound
// values to PsKms.Runtime.ps1 (hand-written), which sends them with their runtime types to one
// long-lived `pskms module-host` process and rebuilds what comes back.
//   npm run generate:psmodule   rewrites the files; a test fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCmdlets } from '../cmdlets/index.js';
import { declaredParameters, type CmdletDefinition, type ParameterDefinition } from '../src/binding/definition.js';
import { ERROR_STATUS } from '../src/engine/errors.js';
import { COMMON_PARAMETER_ALIASES } from '../src/cli/cmdlets/service.js';

const ROOT = new URL('../../', import.meta.url);
export const PSM1_PATH = fileURLToPath(new URL('psmodule/PsKms.psm1', ROOT));
export const PSD1_PATH = fileURLToPath(new URL('psmodule/PsKms.psd1', ROOT));
export const RUNTIME_PATH = fileURLToPath(new URL('psmodule/PsKms.Runtime.ps1', ROOT));

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
    ...Object.entries(COMMON_PARAMETER_ALIASES).map(([name, aliases]) =>
      [
        '        [Parameter(ValueFromPipelineByPropertyName = $true)]',
        ...(aliases.length ? [`        [Alias(${aliases.map(quote).join(', ')})]`] : []),
        `        [${name === 'Region' ? 'object' : 'string'}] $${name}`,
      ].join('\n')),
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


export async function generatePsm1(): Promise<string> {
  const defs = await allCmdlets();
  return [
    '# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).',
    '# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.',
    '',
    exceptionTypes(),
    '',
    '. (Join-Path $PSScriptRoot \'PsKms.Runtime.ps1\')',
    '',
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
