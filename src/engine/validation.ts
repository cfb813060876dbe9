// Request validation against the API model, with AWS's ValidationException wording:
// "Value 'x' at 'keyId' failed to satisfy constraint: Member must …".
import { validationError } from './errors.js';
import type { OperationModel, Shape } from './model.js';

/** How many problems a ValidationException lists; its count covers them all. */
const LISTED_PROBLEMS = 10;

/**
 * The constraints a request breaks: all counted, the first LISTED_PROBLEMS written out. A body
 * of a million invalid members must not become a message of tens of megabytes, built at the
 * cost of every other client.
 */
class Problems {
  count = 0;
  readonly listed: string[] = [];

  add(message: () => string): void {
    this.count++;
    if (this.listed.length < LISTED_PROBLEMS) this.listed.push(message());
  }
}

/** Throws ValidationException naming the constraints the request breaks. */
export function validateRequest(model: OperationModel, request: Readonly<Record<string, unknown>>): void {
  const problems = new Problems();
  for (const name of model.required) {
    if (request[name] === undefined || request[name] === null) problems.add(() => missingMember(model.input[name], memberPath(name)));
  }
  for (const [name, shape] of Object.entries(model.input)) {
    const value = request[name];
    if (value !== undefined && value !== null) checkValue(shape, value, memberPath(name), problems);
  }
  if (problems.count > 0) throw validationError(problems.listed, problems.count);
}

/**
 * The request as the operation reads it: a member set to null is a member not given (AWS reads
 * a JSON null so, and validateRequest has checked it so), in structures too. Handlers test
 * members against undefined only.
 */
export function withoutNullMembers(members: Readonly<Record<string, Shape>>, request: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(request)
      .filter(([, value]) => value !== null)
      .map(([name, value]) => {
        const shape = Object.hasOwn(members, name) ? members[name] : undefined;
        const structure = shape?.type === 'structure' && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Uint8Array);
        return [name, structure ? withoutNullMembers(shape.members, value as Record<string, unknown>) : value];
      }),
  );
}

function memberPath(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A missing required member; AWS drops the word null for sensitive blobs (plaintext, message). */
export function missingMember(shape: Shape | undefined, path: string): string {
  const value = shape?.type === 'blob' && shape.sensitive ? 'Value' : 'Value null';
  return `${value} at '${path}' failed to satisfy constraint: Member must not be null`;
}

/** A quoted value is cut here: a list or map of a megabyte is not repeated in full. */
const QUOTED_VALUE_LIMIT = 1024;

/** How AWS quotes the offending value: never for blobs. */
function describe(shape: Shape, value: unknown): string {
  if (shape.type === 'blob') return 'Value';
  const quoted = shape.type === 'map' || shape.type === 'list' || shape.type === 'structure' ? JSON.stringify(value) : text(value);
  return `Value '${quoted.length > QUOTED_VALUE_LIMIT ? `${quoted.slice(0, QUOTED_VALUE_LIMIT)}...` : quoted}'`;
}

/** String(value), or [object Object] for an object String() cannot convert (a member named toString that is not a function). */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function fail(problems: Problems, shape: Shape, value: unknown, path: string, constraint: string): void {
  problems.add(() => `${describe(shape, value)} at '${path}' failed to satisfy constraint: Member must ${constraint}`);
}

function checkValue(shape: Shape, value: unknown, path: string, problems: Problems): void {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return fail(problems, shape, value, path, 'be a string');
      if (shape.enum && !shape.enum.includes(value)) return fail(problems, shape, value, path, `satisfy enum value set: [${(shape.enumText ?? shape.enum).join(', ')}]`);
      checkLength(shape, value, value.length, path, problems);
      if (shape.pattern && !shape.pattern.test(value)) fail(problems, shape, value, path, `satisfy regular expression pattern: ${shape.patternText ?? shape.pattern.source}`);
      return;
    }
    case 'blob':
      if (!(value instanceof Uint8Array)) return fail(problems, shape, new Uint8Array(), path, 'be a blob');
      return checkLength(shape, value, value.length, path, problems);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return fail(problems, shape, value, path, 'be an integer');
      if (shape.min !== undefined && value < shape.min) return fail(problems, shape, value, path, `have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) return fail(problems, shape, value, path, `have value less than or equal to ${shape.max}`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(problems, shape, value, path, 'be a boolean');
      return;
    case 'timestamp':
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) fail(problems, shape, value, path, 'be a timestamp');
      return;
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array) return fail(problems, shape, value, path, 'be a map');
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        checkValue(shape.key, k, `${path}.key`, problems);
        if (v === null || v === undefined) fail(problems, shape.value, v, `${path}.${k}`, 'not be null');
        else checkValue(shape.value, v, `${path}.${k}`, problems);
      }
      return;
    case 'list': {
      if (!Array.isArray(value)) return fail(problems, shape, value, path, 'be a list');
      checkLength(shape, value, value.length, path, problems);
      value.forEach((item, i) => {
        const itemPath = `${path}.${i + 1}.member`;
        if (item === null || item === undefined) fail(problems, shape.member, item, itemPath, 'not be null');
        else checkValue(shape.member, item, itemPath, problems);
      });
      return;
    }
    case 'structure': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail(problems, shape, value, path, 'be a structure');
      const record = value as Record<string, unknown>;
      for (const name of shape.required ?? []) {
        if (record[name] === undefined || record[name] === null) problems.add(() => missingMember(shape.members[name], `${path}.${memberPath(name)}`));
      }
      for (const [name, member] of Object.entries(shape.members)) {
        const v = record[name];
        if (v !== undefined && v !== null) checkValue(member, v, `${path}.${memberPath(name)}`, problems);
      }
      return;
    }
  }
}

function checkLength(shape: { min?: number; max?: number }, value: unknown, length: number, path: string, problems: Problems): void {
  const s = shape as Shape;
  if (shape.min !== undefined && length < shape.min) fail(problems, s, value, path, `have length greater than or equal to ${shape.min}`);
  else if (shape.max !== undefined && length > shape.max) fail(problems, s, value, path, `have length less than or equal to ${shape.max}`);
}
