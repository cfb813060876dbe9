// A bound parameter value converted to the .NET type the cmdlet declares, as PowerShell and
// AWS.Tools convert it at bind time. The converted value is what -Select '^Param' returns and
// what the request is built from.
import { OPERATIONS, type Shape } from '../engine/model.js';
import { toByteArray } from './byte-array.js';
import { toConstant } from './constant-class.js';
import { memberOf, type CmdletDefinition, type ParameterDefinition } from './definition.js';
import { bindingError } from './error-records.js';
import { dotNetTypeOf, type PsValue } from './ps-values.js';

export type Converted =
  | { kind: 'null' }
  | { kind: 'string'; value: string }
  | { kind: 'strings'; value: string[] }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'int'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'datetime'; value: Date }
  | { kind: 'switch'; value: boolean }
  /** kept as given: AWS.Tools casts it when it builds the request (hashtable.ts) */
  | { kind: 'hashtable'; value: PsValue }
  | { kind: 'tags'; value: { TagKey: string; TagValue: string }[] };

function cannotConvert(param: ParameterDefinition, value: PsValue, to: string): never {
  // scalars are shown as PowerShell shows them; bytes and streams never (they may be secrets)
  const shown = value.t === 'string' || value.t === 'number' || value.t === 'bool' || value.t === 'datetime' ? String(value.v) : dotNetTypeOf(value);
  throw bindingError(`Cannot bind parameter '${param.name}'. Cannot convert value "${shown}" to type "${to}".`, 'CannotConvertArgumentNoMessage');
}

function scalarString(param: ParameterDefinition, value: PsValue): string {
  switch (value.t) {
    case 'string': case 'constant': return value.v;
    case 'number': return String(value.v);
    case 'bool': return value.v ? 'True' : 'False';
    case 'datetime': return value.v;
    default: return cannotConvert(param, value, 'System.String');
  }
}

function enumValues(def: CmdletDefinition, param: ParameterDefinition): readonly string[] {
  const path = memberOf(param).split('.');
  let shape: Shape | undefined = OPERATIONS[def.operation].input[path[0]];
  if (shape?.type === 'structure') shape = shape.members[path[1]];
  return shape?.type === 'string' && shape.enum ? shape.enum : [];
}

function tagOf(param: ParameterDefinition, item: PsValue): { TagKey: string; TagValue: string } {
  const entries: [string, PsValue][] =
    item.t === 'hashtable' ? item.entries.map(([k, v]) => [k.t === 'string' ? k.v : '', v]) : item.t === 'object' ? item.props : [];
  const field = (name: string): string => {
    const found = entries.find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found ? scalarString(param, found[1]) : '';
  };
  if (entries.length === 0) cannotConvert(param, item, 'Amazon.KeyManagementService.Model.Tag');
  return { TagKey: field('TagKey'), TagValue: field('TagValue') };
}

export function convertParameter(def: CmdletDefinition, param: ParameterDefinition, value: PsValue, newline: string): Converted {
  if (value.t === 'null' && param.type !== 'switch') return { kind: 'null' };
  switch (param.type) {
    case 'byte[]': {
      const bytes = toByteArray(param.name, value, newline);
      return bytes ? { kind: 'bytes', value: bytes } : { kind: 'null' };
    }
    case 'string':
      return { kind: 'string', value: scalarString(param, value) };
    case 'string[]':
      return { kind: 'strings', value: value.t === 'array' ? value.items.map((i) => scalarString(param, i)) : [scalarString(param, value)] };
    case 'int?': {
      const text = value.t === 'number' ? String(value.v) : value.t === 'string' ? value.v.trim() : '';
      if (!/^[+-]?\d+$/.test(text)) cannotConvert(param, value, 'System.Int32');
      return { kind: 'int', value: Number(text) };
    }
    case 'bool?':
      if (value.t === 'bool' || value.t === 'switch') return { kind: 'bool', value: value.v };
      if (value.t === 'number') return { kind: 'bool', value: value.v !== 0 };
      return cannotConvert(param, value, 'System.Boolean');
    case 'DateTime?': {
      // pwsh converts to [datetime] as it binds; text from the cmdlet dialect is read as ISO 8601
      const time = value.t === 'datetime' ? new Date(value.ms ?? value.v) : value.t === 'string' ? new Date(value.v) : undefined;
      if (!time || Number.isNaN(time.getTime())) cannotConvert(param, value, 'System.DateTime');
      return { kind: 'datetime', value: time };
    }
    case 'switch':
      return { kind: 'switch', value: value.t === 'switch' || value.t === 'bool' ? value.v : value.t !== 'null' };
    case 'Hashtable':
      if (value.t !== 'hashtable') cannotConvert(param, value, 'System.Collections.Hashtable');
      return { kind: 'hashtable', value };
    case 'Tag[]':
      return { kind: 'tags', value: (value.t === 'array' ? value.items : [value]).map((item) => tagOf(param, item)) };
    default:
      return { kind: 'string', value: toConstant(scalarString(param, value), enumValues(def, param)) };
  }
}
