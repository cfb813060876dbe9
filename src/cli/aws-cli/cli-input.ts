// --cli-input-json / --cli-input-yaml (a whole request in API member names, blobs as base64)
// and --generate-cli-skeleton (the empty request or response to fill in), as in the AWS CLI v2.
import type { OperationModel, OperationName, Shape } from '../../engine/model.js';
import { OUTPUTS, STRUCTURES, type OutputShape, type StructureName } from '../../engine/output-model.js';
import { OPERATIONS } from '../../engine/model.js';
import { requestFromJson, SerializationError } from '../../protocol/aws-json.js';
import { optionValue, ParamError } from './values.js';
import { bracketDepth, MAX_NESTING, valueDepth } from '../nesting.js';

export async function cliInput(model: OperationModel, globals: ReadonlyMap<string, string>): Promise<Record<string, unknown>> {
  const json = globals.get('--cli-input-json');
  const yaml = globals.get('--cli-input-yaml');
  if (json === undefined && yaml === undefined) return {};
  const option = json !== undefined ? '--cli-input-json' : '--cli-input-yaml';
  const text = optionValue(option, { type: 'string' }, [json ?? yaml!], 'base64') as string;
  let data: unknown;
  // (before parsing: js-yaml reads flow collections recursively)
  if (bracketDepth(text) > MAX_NESTING) throw new ParamError(`Error parsing parameter '${option}': the input nests more than ${MAX_NESTING} levels deep`);
  try {
    data = json !== undefined ? JSON.parse(text) : (await import('js-yaml')).load(text);
  } catch (e) {
    throw new ParamError(`Error parsing parameter '${option}': ${(e as Error).message}`);
  }
  if (valueDepth(data) > MAX_NESTING) throw new ParamError(`Error parsing parameter '${option}': the input nests more than ${MAX_NESTING} levels deep`);
  const unknown = unknownMembers(model, data ?? {});
  if (unknown.length > 0) throw new ParamError(`Parameter validation failed:\n${unknown.join('\n')}`);
  try {
    return requestFromJson(model, data ?? {});
  } catch (e) {
    if (e instanceof SerializationError) throw new ParamError(`Parameter validation failed:\n${e.message}`);
    throw e;
  }
}

/** botocore refuses a member its model does not have, at any depth: "Unknown parameter in input: …". */
function unknownMembers(model: OperationModel, data: unknown): string[] {
  const problems: string[] = [];
  const walk = (members: Readonly<Record<string, Shape>>, value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
    for (const [name, v] of Object.entries(value)) {
      if (!Object.hasOwn(members, name)) problems.push(`Unknown parameter in ${path}: "${name}", must be one of: ${Object.keys(members).join(', ')}`);
      else inner(members[name], v, path === 'input' ? name : `${path}.${name}`);
    }
  };
  const inner = (shape: Shape, value: unknown, path: string): void => {
    if (shape.type === 'structure') walk(shape.members, value, path);
    else if (shape.type === 'list' && Array.isArray(value)) value.forEach((item, i) => inner(shape.member, item, `${path}[${i}]`));
  };
  walk(model.input, data, 'input');
  return problems;
}

function inputSkeleton(shape: Shape): unknown {
  switch (shape.type) {
    case 'string': return shape.enum ? shape.enum[0] : '';
    case 'blob': return '';
    case 'integer': return 0;
    case 'boolean': return true;
    case 'timestamp': return '1970-01-01T00:00:00';
    case 'list': return [inputSkeleton(shape.member)];
    case 'map': return { KeyName: '' };
    case 'structure': return Object.fromEntries(Object.entries(shape.members).map(([k, v]) => [k, inputSkeleton(v)]));
  }
}

function outputSkeleton(shape: OutputShape): unknown {
  if (typeof shape === 'object') return [outputSkeleton(shape.list)];
  if (shape in STRUCTURES) return Object.fromEntries(Object.entries(STRUCTURES[shape as StructureName]).map(([k, v]) => [k, outputSkeleton(v as OutputShape)]));
  return { string: '', blob: '', boolean: true, integer: 0, timestamp: '1970-01-01T00:00:00' }[shape as 'string'];
}

export async function cliSkeleton(operation: OperationName, kind: string): Promise<string> {
  if (kind === 'output') return `${JSON.stringify(Object.fromEntries(Object.entries(OUTPUTS[operation]).map(([k, v]) => [k, outputSkeleton(v)])), null, 4)}\n`;
  const input = Object.fromEntries(Object.entries(OPERATIONS[operation].input).map(([k, v]) => [k, inputSkeleton(v)]));
  return kind === 'yaml-input' ? (await import('js-yaml')).dump(input) : `${JSON.stringify(input, null, 4)}\n`;
}
