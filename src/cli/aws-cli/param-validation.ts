// botocore's client-side parameter validation, which the AWS CLI runs before it sends a request:
// types, required members inside structures, unknown structure members, and minimums.
import type { OperationModel, Shape } from '../../engine/model.js';
import { ParamError } from './values.js';

function pythonType(value: unknown): string {
  if (typeof value === 'string') return "<class 'str'>";
  if (typeof value === 'boolean') return "<class 'bool'>";
  if (typeof value === 'number') return Number.isInteger(value) ? "<class 'int'>" : "<class 'float'>";
  if (Array.isArray(value)) return "<class 'list'>";
  if (value === null) return "<class 'NoneType'>";
  if (value instanceof Uint8Array) return "<class 'bytes'>";
  return "<class 'dict'>";
}

function pythonRepr(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null) return 'None';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' ? `'${v}'` : pythonRepr(v))).join(', ')}]`;
  if (typeof value === 'object') return JSON.stringify(value).replace(/"/g, "'");
  return String(value);
}

const VALID_TYPES: Record<Shape['type'], string> = {
  string: "<class 'str'>",
  integer: "<class 'int'>",
  boolean: "<class 'bool'>",
  blob: "<class 'bytes'>, <class 'bytearray'>, file-like object",
  timestamp: "<class 'datetime.datetime'>, timestamp-string",
  map: "<class 'dict'>",
  list: "<class 'list'>, <class 'tuple'>",
  structure: "<class 'dict'>",
};

function typeOk(shape: Shape, value: unknown): boolean {
  switch (shape.type) {
    case 'string': return typeof value === 'string';
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'blob': return value instanceof Uint8Array;
    case 'timestamp': return value instanceof Date;
    case 'list': return Array.isArray(value);
    case 'map':
    case 'structure': return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
  }
}

function check(shape: Shape, value: unknown, path: string, problems: string[]): void {
  if (!typeOk(shape, value)) {
    problems.push(`Invalid type for parameter ${path}, value: ${pythonRepr(value)}, type: ${pythonType(value)}, valid types: ${VALID_TYPES[shape.type]}`);
    return;
  }
  switch (shape.type) {
    case 'string':
    case 'blob': {
      const length = (value as string | Uint8Array).length;
      if (shape.min !== undefined && length < shape.min) problems.push(`Invalid length for parameter ${path}, value: ${length}, valid min length: ${shape.min}`);
      return;
    }
    case 'integer':
      if (shape.min !== undefined && (value as number) < shape.min) problems.push(`Invalid value for parameter ${path}, value: ${value}, valid min value: ${shape.min}`);
      return;
    case 'list': {
      const items = value as unknown[];
      if (shape.min !== undefined && items.length < shape.min) problems.push(`Invalid length for parameter ${path}, value: ${items.length}, valid min length: ${shape.min}`);
      items.forEach((item, i) => check(shape.member, item, `${path}[${i}]`, problems));
      return;
    }
    case 'map':
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) check(shape.value, v, `${path}.${k}`, problems);
      return;
    case 'structure': {
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) if (!(name in record)) problems.push(`Missing required parameter in ${path}: "${name}"`);
      for (const [k, v] of Object.entries(record)) {
        if (!shape.members[k]) problems.push(`Unknown parameter in ${path}: "${k}", must be one of: ${Object.keys(shape.members).join(', ')}`);
        else check(shape.members[k], v, `${path}.${k}`, problems);
      }
      return;
    }
    default:
      return;
  }
}

export function validateParameters(model: OperationModel, request: Record<string, unknown>): void {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(request)) check(model.input[name], value, name, problems);
  if (problems.length > 0) throw new ParamError(`Parameter validation failed:\n${problems.join('\n')}`);
}
