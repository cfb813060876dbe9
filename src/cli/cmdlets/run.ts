// The cmdlet dialect: `pskms Invoke-KMSSigning -KeyId alias/app -Message 'hello' …` from any
// shell, bound by the same layer the PowerShell module uses. Each emitted object is printed on
// its own line; warnings, WhatIf lines and error records go to stderr.
import { createInterface } from 'node:readline';
import type { CmdletDefinition } from '../../binding/definition.js';
import { errorRecordFor, CmdletError, type ErrorRecordInfo } from '../../binding/error-records.js';
import { invokeCmdlet } from '../../binding/invoke-cmdlet.js';
import { cmdletClassName } from '../../binding/definition.js';
import type { PsValue } from '../../binding/ps-values.js';
import { parseCmdletArguments } from './arguments.js';
import { COMMON_PARAMETER_ALIASES, serviceFor } from './service.js';

/** A value as one-line JSON: AWS's property names, blobs as base64, nulls left out. */
function toJson(value: PsValue): unknown {
  switch (value.t) {
    case 'null': return null;
    case 'string': case 'constant': case 'bool': case 'switch': case 'number': return value.v;
    case 'bytes': case 'MemoryStream': case 'Stream': return value.v;
    case 'datetime': return value.v;
    case 'FileInfo': case 'DirectoryInfo': return value.path;
    case 'array': return value.items.map(toJson);
    case 'hashtable': return Object.fromEntries(value.entries.map(([k, v]) => [String(toJson(k)), toJson(v)]));
    case 'object': {
      const base = ['ResponseMetadata', 'ContentLength', 'HttpStatusCode'];
      return Object.fromEntries(value.props.filter(([k, v]) => v.t !== 'null' && !base.includes(k)).map(([k, v]) => [k, toJson(v)]));
    }
  }
}

/** One emitted object as a line: strings as they are, True/False, decimal numbers, base64 bytes. */
export function formatObject(value: PsValue): string {
  switch (value.t) {
    case 'string': case 'constant': return value.v;
    case 'bool': case 'switch': return value.v ? 'True' : 'False';
    case 'number': return String(value.v);
    case 'bytes': case 'MemoryStream': case 'Stream': return value.v;
    case 'datetime': return value.v;
    case 'null': return '';
    default: return JSON.stringify(toJson(value));
  }
}

export function formatErrorRecord(commandName: string, error: ErrorRecordInfo): string {
  const exception = error.innerException ? `${error.exceptionType} (inner: ${error.innerException.type})` : error.exceptionType;
  // .NET Core renders an ArgumentException's message with its parameter name
  const message = error.paramName ? `${error.message} (Parameter '${error.paramName}')` : error.message;
  return [
    `${commandName}: ${message}`,
    `    + Exception             : ${exception}`,
    `    + CategoryInfo          : ${error.category}`,
    `    + FullyQualifiedErrorId : ${error.fullyQualifiedErrorId}`,
    '',
  ].join('\n');
}

async function confirmPrompt(target: string, action: string): Promise<boolean> {
  process.stderr.write(`\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".\n[Y] Yes  [N] No  (default is "Y"): `);
  const rl = createInterface({ input: process.stdin });
  const answer: string = await new Promise((resolve) => {
    rl.once('line', resolve);
    rl.once('close', () => resolve(''));
  });
  rl.close();
  return answer.trim() === '' || /^y/i.test(answer.trim());
}

/** PowerShell's `<Cmdlet> -?` and `Get-Help <Cmdlet> [-Full]`: the help the module's Get-Help shows. */
export async function printHelp(def: CmdletDefinition, full: boolean): Promise<number> {
  const { helpText } = await import('../../binding/cmdlet-help.js');
  process.stdout.write(`\n${helpText(def, COMMON_PARAMETER_ALIASES, full)}\n`);
  return 0;
}

export async function runCmdlet(def: CmdletDefinition, argv: string[]): Promise<number> {
  if (argv.includes('-?')) return printHelp(def, false);
  let parsed;
  try {
    parsed = parseCmdletArguments(def, argv);
  } catch (e) {
    if (e instanceof CmdletError) {
      process.stderr.write(formatErrorRecord(def.name, errorRecordFor(e, cmdletClassName(def), def.name)));
      return 1;
    }
    throw e;
  }
  const { bound, common } = parsed;
  const ask = async (target: string, action: string): Promise<boolean> => {
    if (common.whatIf) {
      process.stderr.write(`What if: Performing the operation "${action}" on target "${target}".\n`);
      return false;
    }
    return common.confirm ? confirmPrompt(target, action) : true;
  };
  let outcome;
  try {
    outcome = await invokeCmdlet(def, { bound, whatIf: common.whatIf, newline: '\n' }, ask, () => serviceFor(common.service));
  } catch (e) {
    process.stderr.write(`${def.name}: pskms could not complete the call (${e instanceof Error ? e.name : 'Error'}).\n`);
    return 1;
  }
  for (const warning of outcome.warnings) process.stderr.write(`WARNING: ${warning}\n`);
  for (const value of outcome.output) process.stdout.write(`${formatObject(value)}\n`);
  if (outcome.error) {
    process.stderr.write(formatErrorRecord(def.name, outcome.error));
    return 1;
  }
  return 0;
}
