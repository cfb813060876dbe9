// The KMS wire format (awsJson1.1): request JSON → engine request by the model's shapes (blobs
// base64, timestamps epoch seconds), engine response → JSON, and AWS's error bodies.
import { KmsError } from '../engine/errors.js';
import type { OperationModel, Shape } from '../engine/model.js';

/** A body that is not the JSON the operation's shapes describe (AWS: SerializationException, 400). */
export class SerializationError extends Error {}

function fromJson(shape: Shape, value: unknown, path: string): unknown {
  if (value === null) return undefined;
  switch (shape.type) {
    case 'blob':
      if (typeof value !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) throw new SerializationError(`${path} is not base64 text`);
      return new Uint8Array(Buffer.from(value, 'base64'));
    case 'list':
      if (!Array.isArray(value)) throw new SerializationError(`${path} is not a list`);
      return value.map((v, i) => fromJson(shape.member, v, `${path}[${i}]`));
    case 'map':
      if (typeof value !== 'object' || Array.isArray(value)) throw new SerializationError(`${path} is not a map`);
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, fromJson(shape.value, v, `${path}.${k}`)]));
    case 'structure':
      if (typeof value !== 'object' || Array.isArray(value)) throw new SerializationError(`${path} is not a structure`);
      return Object.fromEntries(Object.entries(value as object).filter(([k]) => shape.members[k]).map(([k, v]) => [k, fromJson(shape.members[k], v, `${path}.${k}`)]));
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new SerializationError(`${path} is not an integer`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new SerializationError(`${path} is not a boolean`);
      return value;
    case 'timestamp': {
      // epoch seconds, as the SDKs send it; ISO 8601 text is read too
      const time = typeof value === 'number' ? new Date(value * 1000) : typeof value === 'string' ? new Date(value) : undefined;
      if (!time || Number.isNaN(time.getTime())) throw new SerializationError(`${path} is not a timestamp`);
      return time;
    }
    case 'string':
      if (typeof value !== 'string') throw new SerializationError(`${path} is not a string`);
      return value;
  }
}

/** The engine request for an operation's JSON body; members the model does not have are ignored, as AWS does. */
export function requestFromJson(model: OperationModel, body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SerializationError('the body is not a JSON object');
  const request: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    const shape = model.input[name];
    if (!shape) continue;
    const converted = fromJson(shape, value, name);
    if (converted !== undefined) request[name] = converted;
  }
  return request;
}

function toJson(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toJson(v)]));
  return value;
}

export function responseToJson(response: Record<string, unknown>): string {
  return JSON.stringify(toJson(response));
}

export function errorBody(type: string, message: string): string {
  return JSON.stringify(message === '' ? { __type: type } : { __type: type, message });
}

export function kmsErrorBody(e: KmsError): string {
  return errorBody(e.type, e.message);
}
