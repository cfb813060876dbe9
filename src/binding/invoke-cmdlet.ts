// One pipeline record through an AWS.Tools cmdlet, in AWS.Tools' order: bind and convert the
// parameters, ShouldProcess, validate -Select / -PassThru, build the request (warning for
// required parameters bound to $null, casting hashtables), call the service, emit the output.
// Every front end (the PowerShell module's protocol, the cmdlet dialect) runs records here.
import { KmsError } from '../engine/errors.js';
import type { OperationName } from '../engine/model.js';
import type { KmsResponse } from '../engine/operation.js';
import { autoIteration, cmdletClassName, declaredParameters, memberOf, type CmdletDefinition, type ParameterDefinition } from './definition.js';
import { responseObject } from './dotnet-objects.js';
import { emit } from './emission.js';
import { CmdletError, bindingError, errorRecordFor, serviceErrorRecord, type ErrorRecordInfo } from './error-records.js';
import { toStringDictionary } from './hashtable.js';
import { convertParameter, type Converted } from './parameter-values.js';
import type { PsValue } from './ps-values.js';
import { selectorFor } from './select.js';
import { shouldProceed, type Proceed } from './should-process.js';

export interface CmdletCall {
  /** bound parameters under their declared names, with the values PowerShell bound */
  bound: Readonly<Record<string, PsValue>>;
  whatIf?: boolean;
  /** Environment.NewLine of the calling PowerShell ("\n", or "\r\n" on Windows) */
  newline: string;
}

export interface CmdletOutcome {
  warnings: string[];
  output: PsValue[];
  error?: ErrorRecordInfo;
}

/** Makes the service call: the local engine, or a remote KMS endpoint. */
export type Service = (operation: OperationName, request: Record<string, unknown>) => Promise<KmsResponse>;

/**
 * Resolves region and credentials into a Service; it may throw the CmdletError AWS.Tools gives
 * for a missing region. Called after binding and before ShouldProcess, in AWS.Tools' order.
 */
export type ServiceFactory = () => Service;

export function requiredNullWarning(name: string): string {
  return `You are passing $null as a value for parameter ${name} which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.`;
}

/** PowerShell's binding: conversion to each parameter's type, then the mandatory checks. */
function bindParameters(def: CmdletDefinition, call: CmdletCall): Map<string, Converted> {
  const params = declaredParameters(def);
  const converted = new Map<string, Converted>();
  for (const [name, value] of Object.entries(call.bound)) {
    const param = params.find((p) => p.name === name);
    if (!param) throw bindingError(`A parameter cannot be found that matches parameter name '${name}'.`, 'NamedParameterNotFound');
    converted.set(name, convertParameter(def, param, value, call.newline));
  }
  const missing = params.filter((p) => p.mandatory && !converted.has(p.name)).map((p) => p.name);
  if (missing.length > 0) throw bindingError(`Cannot process command because of one or more missing mandatory parameters: ${missing.join(' ')}.`, 'MissingMandatoryParameter');
  for (const p of params) {
    const v = converted.get(p.name);
    if (p.mandatory && v?.kind === 'bytes' && v.value.length === 0) {
      throw bindingError(`Cannot bind argument to parameter '${p.name}' because it is an empty array.`, 'ParameterArgumentValidationErrorEmptyArrayNotAllowed');
    }
  }
  return converted;
}

function requestValue(value: Converted): unknown {
  switch (value.kind) {
    case 'hashtable': return toStringDictionary(value.value);
    case 'null': return undefined;
    default: return value.value;
  }
}

/** The request, built in alphabetical parameter order as AWS.Tools builds it, with its warnings. */
function buildRequest(def: CmdletDefinition, converted: ReadonlyMap<string, Converted>, warnings: string[]): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  const params = def.parameters.filter((p: ParameterDefinition) => converted.has(p.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const param of params) {
    const value = converted.get(param.name)!;
    if (param.mandatory && value.kind === 'null') warnings.push(requiredNullWarning(param.name));
    const v = requestValue(value);
    // a parameter with no member (NoAutoIteration) steers the cmdlet, not the request
    if (v === undefined || memberOf(param) === '') continue;
    const [member, sub] = memberOf(param).split('.');
    // a structure (Recipient) is made only when one of its members has a value
    if (sub) request[member] = { ...(request[member] as object), [sub]: v };
    else request[member] = v;
  }
  return request;
}

/**
 * The service call. List cmdlets follow NextMarker themselves, as AWS.Tools does, unless
 * -Marker is bound (even to $null) or -NoAutoIteration is set.
 */
async function callService(def: CmdletDefinition, request: Record<string, unknown>, converted: ReadonlyMap<string, Converted>, service: Service): Promise<KmsResponse[]> {
  const noAuto = converted.get('NoAutoIteration');
  const auto = autoIteration(def);
  const iterate = auto !== undefined && !converted.has(auto.marker) && !(noAuto?.kind === 'switch' && noAuto.value);
  const pages = [await service(def.operation, request)];
  for (let next = pages[0][auto?.nextMarker ?? '']; iterate && typeof next === 'string' && next !== ''; next = pages[pages.length - 1][auto!.nextMarker]) {
    pages.push(await service(def.operation, { ...request, [auto!.marker]: next }));
  }
  return pages;
}

export async function invokeCmdlet(def: CmdletDefinition, call: CmdletCall, ask: Proceed, serviceFor: ServiceFactory): Promise<CmdletOutcome> {
  const warnings: string[] = [];
  const cls = cmdletClassName(def);
  try {
    const converted = bindParameters(def, call);
    const service = serviceFor();
    const force = converted.get('Force');
    if (!(await shouldProceed(def, converted, call.whatIf === true, force?.kind === 'switch' && force.value, ask))) return { warnings, output: [] };
    const select = converted.get('Select');
    const passThru = converted.get('PassThru');
    const selector = selectorFor(def, select?.kind === 'string' ? select.value : null, converted.has('Select'), passThru?.kind === 'switch' && passThru.value);
    const request = buildRequest(def, converted, warnings);
    const pages = await callService(def, request, converted, service);
    // each page is emitted as it comes; a parameter's value ('^Param') once, after the last
    const emitted = selector?.kind === 'parameter' ? pages.slice(-1) : pages;
    return { warnings, output: emitted.flatMap((page) => emit(def, selector, responseObject(def.operation, page), converted)) };
  } catch (e) {
    if (e instanceof KmsError) return { warnings, output: [], error: serviceErrorRecord(e, cls) };
    if (e instanceof CmdletError) return { warnings, output: [], error: errorRecordFor(e, cls, def.name) };
    throw e;
  }
}
