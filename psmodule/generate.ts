// Generates the PowerShell module (PsKms.psd1, PsKms.psm1) from the cmdlet definitions in
// cmdlets/. The module is thin: each cmdlet declares AWS.Tools' parameters and hands its bound
// values to PsKms.Runtime.ps1 (hand-written), which sends them with their runtime types to one
// long-lived `pskms module-host` process and rebuilds what comes back.
//   npm run generate:psmodule   rewrites the files; a test fails when they are stale.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allCmdlets } from '../cmdlets/index.js';
import { declaredParameters, type CmdletDefinition, type ParameterDefinition } from '../src/binding/definition.js';
import { SDK_EXCEPTIONS } from '../src/binding/error-records.js';
import { dotNetOrder, structureMembers } from '../src/binding/dotnet-objects.js';
import type { StructureName } from '../src/engine/output-model.js';
import { COMMON_PARAMETER_ALIASES } from '../src/cli/cmdlets/service.js';
import { CONSTANT_CLASSES, CONSTANT_NAMESPACE } from '../src/binding/constant-classes.js';
import { cmdletDescription, COMMON_PARAMETER_HELP, constantValues, parameterHelp, referenceLink } from '../src/binding/cmdlet-help.js';

const ROOT = new URL('../../', import.meta.url);
export const PSM1_PATH = fileURLToPath(new URL('psmodule/PsKms.psm1', ROOT));
export const PSD1_PATH = fileURLToPath(new URL('psmodule/PsKms.psd1', ROOT));
export const BINDING_TYPES_PATH = fileURLToPath(new URL('psmodule/PsKms.Binding.cs', ROOT));
export const AWS_RUNTIME_TYPES_PATH = fileURLToPath(new URL('psmodule/PsKms.AwsRuntime.cs', ROOT));
export const KMS_TYPES_PATH = fileURLToPath(new URL('psmodule/PsKms.AwsKms.cs', ROOT));
export const FORMAT_PATH = fileURLToPath(new URL('psmodule/PsKms.Format.ps1xml', ROOT));
export const RUNTIME_PATH = fileURLToPath(new URL('psmodule/PsKms.Runtime.ps1', ROOT));

/** The PowerShell type a parameter is declared with. Blobs and tags stay [object]: the binding layer converts them. */
function psType(param: ParameterDefinition): string {
  switch (param.type) {
    case 'byte[]': case 'Tag[]': return '[object]';
    case 'string[]': return '[string[]]';
    case 'Hashtable': return '[System.Collections.Hashtable]';
    case 'int?': return '[System.Nullable[int]]';
    case 'bool?': return '[System.Nullable[bool]]';
    case 'DateTime?': return '[System.Nullable[datetime]]';
    case 'switch': return '[switch]';
    default: return '[string]';
  }
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Names the compiled DLL of a C# source in the per-user cache, so that importing need not read or hash it. */
const sourceHash = (source: string): string => createHash('sha256').update(source).digest('hex').slice(0, 16).toUpperCase();

function parameterBlock(param: ParameterDefinition): string {
  const attrs = [
    ...(param.mandatory ? ['Mandatory = $true'] : []),
    ...(param.position !== undefined ? [`Position = ${param.position}`] : []),
    ...(param.valueFromPipeline ? ['ValueFromPipeline = $true'] : []),
    'ValueFromPipelineByPropertyName = $true',
  ];
  const lines = [`        [Parameter(${attrs.join(', ')})]`];
  if (param.mandatory) lines.push('        [AllowNull()]');
  if (param.mandatory && psType(param) === '[string]') lines.push('        [AllowEmptyString()]');
  if (param.aliases?.length) lines.push(`        [Alias(${param.aliases.map(quote).join(', ')})]`);
  // tab completion of the enum's values, as AWS.Tools' completers give (an attribute: registering costs import time)
  const values = constantValues(param);
  // (self-contained: PowerShell runs an attribute's script block outside the module's scope)
  if (values) {
    lines.push(`        [ArgumentCompleter({ param($c, $p, $word) foreach ($v in @(${values.map(quote).join(', ')})) { if ($v -like "$($word.Trim([char]39, [char]34))*") { [System.Management.Automation.CompletionResult]::new($v, $v, 'ParameterValue', $v) } } })]`);
  }
  // PowerShell binds $null to a [string] parameter as '': keep it $null, as a compiled cmdlet would
  if (psType(param) === '[string]') lines.push('        [PsKms.KeepNull()]');
  lines.push(`        ${psType(param)} $${param.name}`);
  return lines.join('\n');
}

function helpBlock(def: CmdletDefinition): string {
  const params = [...declaredParameters(def).map((p) => [p.name, parameterHelp(def, p)]), ...Object.entries(COMMON_PARAMETER_HELP)];
  return [
    '    <#',
    '    .SYNOPSIS',
    `    ${def.synopsis}`,
    '    .DESCRIPTION',
    `    ${cmdletDescription(def)}`,
    ...params.flatMap(([name, text]) => [`    .PARAMETER ${name}`, `    ${text}`]),
    '    .EXAMPLE',
    ...def.example.split('\n').map((line) => `    ${line}`),
    '    .LINK',
    `    ${referenceLink(def)}`,
    '    #>',
  ].join('\n');
}

function cmdletFunction(def: CmdletDefinition): string {
  // PositionalBinding off: a function whose parameters declare no Position would otherwise take
  // them all by position, in order, which AWS.Tools' compiled cmdlets never do
  const shouldProcess = def.shouldProcess ? `SupportsShouldProcess = $true, ConfirmImpact = '${def.shouldProcess.confirmImpact ?? 'Medium'}', ` : '';
  const binding = `[CmdletBinding(${shouldProcess}PositionalBinding = $false)]`;
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
    helpBlock(def),
    `    ${binding}`,
    // AWS.Tools' compatibility aliases, declared here: Set-Alias would load a module at import
    ...(def.aliases?.length ? [`    [Alias(${def.aliases.map(quote).join(', ')})]`] : []),
    '    param(',
    params.join(',\n'),
    '    )',
    '    process {',
    `        Invoke-PsKmsCmdlet -Name ${quote(def.name)} -Bound $PSBoundParameters -Caller $PSCmdlet`,
    '    }',
    '}',
  ].join('\n');
}

/**
 * The AWS SDK for .NET's KMS types that scripts name, for sessions where AWSSDK.KeyManagementService
 * is not loaded: the exceptions of KMS's model under their own names (errors outside the model,
 * such as ValidationException, come as AmazonKeyManagementServiceException, as from the SDK),
 * and the ConstantClass "enums" the responses carry. They build on Amazon.Runtime's base types:
 * AWSSDK.Core's where it is loaded (AWS.Tools.Common loads it), else PsKms.AwsRuntime.cs.
 * C# 5, so that Windows PowerShell 5.1 compiles it too.
 */
export function generateKmsTypes(): string {
  const exceptions = SDK_EXCEPTIONS.map((type) => [
    `    public class ${type} : Amazon.KeyManagementService.AmazonKeyManagementServiceException {`,
    `        public ${type}(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)`,
    '            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}',
    '    }',
  ].join('\n'));
  const constants = Object.entries(CONSTANT_CLASSES).map(([name, values]) => [
    `    public class ${name} : Amazon.Runtime.ConstantClass {`,
    ...values.map((v) => `        public static readonly ${name} ${v} = new ${name}("${v}");`),
    `        public ${name}(string value) : base(value) {}`,
    `        public static ${name} FindValue(string value) { return FindValue<${name}>(value); }`,
    `        public static implicit operator ${name}(string value) { return FindValue(value); }`,
    '    }',
  ].join('\n'));
  return [
    '// Generated from the KMS model by psmodule/generate.ts (npm run generate:psmodule); do not edit.',
    '// The AWS SDK for .NET\'s KMS types PsKms emits and throws, for sessions where AWSSDK.KeyManagementService is not loaded.',
    `namespace ${CONSTANT_NAMESPACE} {`,
    '    public class AmazonKeyManagementServiceException : Amazon.Runtime.AmazonServiceException {',
    '        public AmazonKeyManagementServiceException(string message, System.Exception innerException, Amazon.Runtime.ErrorType errorType, string errorCode, string requestId, System.Net.HttpStatusCode statusCode)',
    '            : base(message, innerException, errorType, errorCode, requestId, statusCode) {}',
    '    }',
    ...constants,
    '}',
    'namespace Amazon.KeyManagementService.Model {',
    ...exceptions,
    '}',
    '',
  ].join('\n');
}

export async function generatePsm1(): Promise<string> {
  const defs = await allCmdlets();
  return [
    '# PsKms: AWS.Tools.KeyManagementService cmdlets over a local KMS (pskms).',
    '# Generated from cmdlets/ by psmodule/generate.ts (npm run generate:psmodule); do not edit.',
    '',
    '. ([System.IO.Path]::Combine($PSScriptRoot, \'PsKms.Runtime.ps1\'))',
    `Import-PsKmsTypes -BindingHash '${sourceHash(readFileSync(BINDING_TYPES_PATH, 'utf8'))}' -RuntimeHash '${sourceHash(readFileSync(AWS_RUNTIME_TYPES_PATH, 'utf8'))}' -KmsHash '${sourceHash(generateKmsTypes())}'`,
    '$ExecutionContext.SessionState.Module.OnRemove = { Stop-PsKmsHost }',
    '',
    ...defs.map(cmdletFunction).map((f) => `${f}\n`),
    '',
    `Export-ModuleMember -Function @(${defs.map((d) => quote(d.name)).join(', ')}) -Alias @(${defs.flatMap((d) => d.aliases ?? []).map(quote).join(', ')})`,
    '',
  ].join('\n');
}

/** Table views where AWS's model types have too many properties for a readable Format-Table. */
const TABLE_VIEWS: Readonly<Record<string, readonly string[]>> = {
  KeyMetadata: ['KeyId', 'KeyState', 'KeySpec', 'KeyUsage', 'Description'],
  AliasListEntry: ['AliasName', 'TargetKeyId', 'CreationDate'],
};

/**
 * PsKms.Format.ps1xml: for each type, first a list of every property (what PowerShell shows
 * with no view, and so what AWS.Tools shows), then the table Format-Table picks.
 */
export function generateFormat(): string {
  const views = Object.entries(TABLE_VIEWS).flatMap(([type, columns]) => {
    const name = `Amazon.KeyManagementService.Model.${type}`;
    const all = dotNetOrder(Object.keys(structureMembers(type as StructureName)));
    return [
      '    <View>',
      `      <Name>${name}.List</Name>`,
      `      <ViewSelectedBy><TypeName>${name}</TypeName></ViewSelectedBy>`,
      '      <ListControl><ListEntries><ListEntry><ListItems>',
      ...all.map((p) => `        <ListItem><PropertyName>${p}</PropertyName></ListItem>`),
      '      </ListItems></ListEntry></ListEntries></ListControl>',
      '    </View>',
      '    <View>',
      `      <Name>${name}.Table</Name>`,
      `      <ViewSelectedBy><TypeName>${name}</TypeName></ViewSelectedBy>`,
      '      <TableControl>',
      '        <TableHeaders>',
      ...columns.map(() => '          <TableColumnHeader />'),
      '        </TableHeaders>',
      '        <TableRowEntries><TableRowEntry><TableColumnItems>',
      ...columns.map((p) => `          <TableColumnItem><PropertyName>${p}</PropertyName></TableColumnItem>`),
      '        </TableColumnItems></TableRowEntry></TableRowEntries>',
      '      </TableControl>',
      '    </View>',
    ];
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated by psmodule/generate.ts (npm run generate:psmodule); do not edit. -->',
    '<Configuration>',
    '  <ViewDefinitions>',
    ...views,
    '  </ViewDefinitions>',
    '</Configuration>',
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
    "    FormatsToProcess = @('PsKms.Format.ps1xml')",
    `    FunctionsToExport = @(${defs.map((d) => quote(d.name)).join(', ')})`,
    '    CmdletsToExport = @()',
    '    VariablesToExport = @()',
    `    AliasesToExport = @(${defs.flatMap((d) => d.aliases ?? []).map(quote).join(', ')})`,
    '}',
    '',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PSM1_PATH, await generatePsm1());
  writeFileSync(PSD1_PATH, await generatePsd1());
  writeFileSync(KMS_TYPES_PATH, generateKmsTypes());
  writeFileSync(FORMAT_PATH, generateFormat());
  console.log(`wrote ${PSM1_PATH}, ${PSD1_PATH}, ${KMS_TYPES_PATH} and ${FORMAT_PATH}`);
}
