// The help of a cmdlet, from its definition: one source for the module's Get-Help (generated
// comment-based help) and the cmdlet dialect's `pskms Get-Help <Cmdlet>` / `-?`.
import { CONSTANT_CLASSES, type ConstantClassName } from './constant-classes.js';
import { declaredParameters, memberOf, type CmdletDefinition, type ParameterDefinition } from './definition.js';

/** The values of a ConstantClass parameter, for tab completion and help. */
export function constantValues(param: ParameterDefinition): readonly string[] | undefined {
  return Object.hasOwn(CONSTANT_CLASSES, param.type) ? CONSTANT_CLASSES[param.type as ConstantClassName] : undefined;
}

export const COMMON_PARAMETER_HELP: Readonly<Record<string, string>> = {
  Region: 'The system name of an AWS region or an AWSRegion instance, as in AWS.Tools. Names the region of the local store, or the region to call with -EndpointUrl.',
  EndpointUrl: 'The endpoint to make the call against, such as a `pskms serve` URL or a real KMS endpoint. Without it, the call runs on the local store.',
  ProfileName: 'The name of a profile in the shared credentials and config files, used for the region and, with -EndpointUrl, the credentials.',
  ProfileLocation: 'The location of the shared credentials file, where it is not the default.',
  AccessKey: 'The AWS access key for a call to an endpoint.',
  SecretKey: 'The AWS secret key for a call to an endpoint.',
  SessionToken: 'The session token for a call to an endpoint with temporary credentials.',
};

export function parameterHelp(def: CmdletDefinition, param: ParameterDefinition): string {
  switch (param.name) {
    case 'Select': return `Use the -Select parameter to control the cmdlet output. The default value is '${def.select || '*'}'. Specifying -Select '*' will result in the cmdlet returning the whole service response (${def.operation}Response). Specifying the name of a property of type ${def.operation}Response will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.`;
    case 'PassThru': return `Changes the cmdlet behavior to return the value passed to the ${def.passThru} parameter. The -PassThru parameter is deprecated, use -Select '^${def.passThru}' instead. This parameter will be removed in a future version.`;
    case 'Force': return 'This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.';
  }
  const values = constantValues(param);
  return [
    `The ${memberOf(param) || param.name} of the ${def.operation} request${param.type === 'byte[]' ? ': a string (UTF-8), byte[], string[] (lines), MemoryStream, other Stream or FileInfo' : ''}.`,
    param.mandatory ? 'Required.' : '',
    values ? `Valid values: ${values.join(', ')}.` : '',
    param.obsolete ?? '',
  ].filter(Boolean).join(' ');
}

export function cmdletDescription(def: CmdletDefinition): string {
  return `Calls the AWS Key Management Service ${def.operation} API operation on the local pskms store, or on the endpoint named by -EndpointUrl, as AWS.Tools.KeyManagementService's ${def.name} does.`;
}

export function referenceLink(def: CmdletDefinition): string {
  return `https://docs.aws.amazon.com/kms/latest/APIReference/API_${def.operation}.html`;
}

/** The .NET type Get-Help shows for a parameter. */
function typeName(param: ParameterDefinition): string {
  switch (param.type) {
    case 'byte[]': return 'Byte[]';
    case 'string': return 'String';
    case 'string[]': return 'String[]';
    case 'Hashtable': return 'Hashtable';
    case 'int?': return 'Int32';
    case 'bool?': return 'Boolean';
    case 'DateTime?': return 'DateTime';
    case 'switch': return 'SwitchParameter';
    case 'Tag[]': return 'Tag[]';
    default: return param.type;
  }
}

const wrap = (text: string, indent: string, width = 100): string => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
};

/** Get-Help's text view of a cmdlet: NAME, SYNOPSIS, SYNTAX, DESCRIPTION, PARAMETERS (with -Full), EXAMPLES. */
export function helpText(def: CmdletDefinition, commonAliases: Readonly<Record<string, readonly string[]>>, full: boolean): string {
  const params = declaredParameters(def);
  const syntax = [
    def.name,
    ...params.map((p) => {
      const named = p.type === 'switch' ? `-${p.name}` : `-${p.name} <${typeName(p)}>`;
      const positional = p.position !== undefined ? `[-${p.name}] <${typeName(p)}>` : named;
      return p.mandatory ? positional : `[${positional}]`;
    }),
    ...Object.keys(commonAliases).map((name) => `[-${name} <${name === 'Region' ? 'Object' : 'String'}>]`),
    ...(def.shouldProcess ? ['[-WhatIf]', '[-Confirm]'] : []),
    '[<CommonParameters>]',
  ].join(' ');
  const parameterSection = full
    ? [
        'PARAMETERS',
        ...params.flatMap((p) => [
          `    -${p.name} <${typeName(p)}>`,
          wrap(parameterHelp(def, p), '        '),
          '',
          `        Required?                    ${p.mandatory ? 'true' : 'false'}`,
          `        Position?                    ${p.position !== undefined ? p.position + 1 : 'named'}`,
          `        Accept pipeline input?       true (${p.valueFromPipeline ? 'ByValue, ' : ''}ByPropertyName)`,
          `        Aliases                      ${(p.aliases ?? []).join(', ')}`,
          '',
        ]),
        ...Object.entries(COMMON_PARAMETER_HELP).flatMap(([name, text]) => [
          `    -${name} <${name === 'Region' ? 'Object' : 'String'}>`,
          wrap(text, '        '),
          `        Aliases                      ${(commonAliases[name] ?? []).join(', ')}`,
          '',
        ]),
        '',
      ]
    : [];
  return [
    'NAME',
    `    ${def.name}`,
    '',
    'SYNOPSIS',
    wrap(def.synopsis, '    '),
    '',
    'SYNTAX',
    wrap(syntax, '    '),
    '',
    'DESCRIPTION',
    wrap(cmdletDescription(def), '    '),
    '',
    ...parameterSection,
    'EXAMPLES',
    '    -------------------------- EXAMPLE 1 --------------------------',
    ...def.example.split('\n').map((line) => `    PS > ${line}`),
    '',
    'RELATED LINKS',
    `    ${referenceLink(def)}`,
    '',
    ...(full ? [] : [`REMARKS`, `    For the parameters, type: pskms Get-Help ${def.name} -Full`, '']),
  ].join('\n');
}
