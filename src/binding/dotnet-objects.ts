// The AWS SDK for .NET's view of a KMS response: the response class (properties in its
// declaration order, which is alphabetical), nested model classes, List<T> members and
// MemoryStream blobs. -Select resolves against these types, and the cmdlets emit these objects.
import { randomUUID } from 'node:crypto';
import type { OperationName } from '../engine/model.js';
import { OUTPUTS, STRUCTURES, type OutputShape, type StructureName } from '../engine/output-model.js';
import { responseToJson } from '../protocol/aws-json.js';
import { CONSTANT_MEMBERS, CONSTANT_NAMESPACE } from './constant-classes.js';

export type DotNetValue = null | string | number | boolean | Date | DotNetStream | DotNetConstant | DotNetList | DotNetObject;
export interface DotNetStream { kind: 'MemoryStream'; bytes: Uint8Array }
/** a ConstantClass value (Amazon.KeyManagementService.KeySpec, …) */
export interface DotNetConstant { kind: 'constant'; type: string; value: string }
export interface DotNetList { kind: 'list'; elementType: string; items: DotNetValue[] }
export interface DotNetObject {
  kind: 'object';
  type: string;
  /** every property, declared ones first, then those the response base class adds */
  props: [string, DotNetValue][];
}

const MODEL = 'Amazon.KeyManagementService.Model';
const DICTIONARY = 'System.Collections.Generic.Dictionary`2[System.String,System.String]';

/** The declared (selectable) properties of a type, in .NET declaration order. */
export type TypeMembers = Readonly<Record<string, OutputShape>>;

export function responseMembers(operation: OperationName): TypeMembers {
  return OUTPUTS[operation];
}

export function structureMembers(name: StructureName): TypeMembers {
  return STRUCTURES[name] as TypeMembers;
}

export function dotNetOrder(names: readonly string[]): string[] {
  return [...names].sort((a, b) => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function typeNameOf(shape: OutputShape): string {
  if (typeof shape === 'object') return `System.Collections.Generic.List\`1[${typeNameOf(shape.list)}]`;
  switch (shape) {
    case 'string': return 'System.String';
    case 'blob': return 'System.IO.MemoryStream';
    case 'boolean': return 'System.Boolean';
    case 'integer': return 'System.Int32';
    case 'timestamp': return 'System.DateTime';
    case 'map': return DICTIONARY;
    default: return `${MODEL}.${shape}`;
  }
}

function convert(shape: OutputShape, value: unknown, member: string): DotNetValue {
  if (value === undefined || value === null) return null;
  if (typeof shape === 'object') {
    return { kind: 'list', elementType: typeNameOf(shape.list), items: (value as unknown[]).map((v) => convert(shape.list, v, '')) };
  }
  switch (shape) {
    case 'blob': return { kind: 'MemoryStream', bytes: value as Uint8Array };
    case 'string': {
      const constant = Object.hasOwn(CONSTANT_MEMBERS, member) ? CONSTANT_MEMBERS[member] : undefined;
      return constant ? { kind: 'constant', type: `${CONSTANT_NAMESPACE}.${constant}`, value: value as string } : (value as string);
    }
    case 'boolean': case 'integer': return value as boolean | number;
    case 'timestamp': return value as Date;
    // a Dictionary<string, string> (encryption context constraints): its keys read as properties
    case 'map': return { kind: 'object', type: DICTIONARY, props: Object.entries(value as Record<string, string>) };
    default: return objectOf(`${MODEL}.${shape}`, structureMembers(shape), value as Record<string, unknown>);
  }
}

function objectOf(type: string, members: TypeMembers, value: Record<string, unknown>): DotNetObject {
  return { kind: 'object', type, props: dotNetOrder(Object.keys(members)).map((name) => [name, convert(members[name], value[name], name)]) };
}

/** The response object an AWS.Tools cmdlet receives from the SDK. */
export function responseObject(operation: OperationName, response: Record<string, unknown>): DotNetObject {
  const object = objectOf(`${MODEL}.${operation}Response`, responseMembers(operation), response);
  const metadata: DotNetObject = {
    kind: 'object',
    type: 'Amazon.Runtime.ResponseMetadata',
    props: [['RequestId', randomUUID()], ['Metadata', { kind: 'object', type: 'System.Collections.Generic.Dictionary`2[System.String,System.String]', props: [] }]],
  };
  // ContentLength: the length of the body the SDK received, as awsJson1.1 encodes it
  object.props.push(['ResponseMetadata', metadata], ['ContentLength', Buffer.byteLength(responseToJson(response))], ['HttpStatusCode', 'OK']);
  return object;
}

export function propertyOf(object: DotNetObject, name: string): DotNetValue {
  return object.props.find(([n]) => n === name)?.[1] ?? null;
}
