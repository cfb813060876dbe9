// AWS.Tools' output emission: nothing for null; one object per element for enumerables
// (byte[], lists, the values of a -Select path); one object for a response, a MemoryStream,
// a bool or a string.
import type { CmdletDefinition } from './definition.js';
import { propertyOf, type DotNetObject, type DotNetValue } from './dotnet-objects.js';
import type { Converted } from './parameter-values.js';
import type { PsValue } from './ps-values.js';
import { evaluatePath, type Selector } from './select.js';

export function toPsValue(value: DotNetValue): PsValue {
  if (value === null) return { t: 'null' };
  if (typeof value === 'string') return { t: 'string', v: value };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (typeof value === 'number') return { t: 'number', v: value, type: Number.isInteger(value) ? 'System.Int32' : 'System.Double' };
  if (value instanceof Date) return { t: 'datetime', v: value.toISOString(), ms: value.getTime() };
  switch (value.kind) {
    case 'MemoryStream': return { t: 'MemoryStream', v: Buffer.from(value.bytes).toString('base64') };
    case 'constant': return { t: 'constant', v: value.value, type: value.type };
    case 'list': return { t: 'array', type: `System.Collections.Generic.List\`1[${value.elementType}]`, items: value.items.map(toPsValue) };
    case 'object': return { t: 'object', type: value.type, props: value.props.map(([k, v]) => [k, toPsValue(v)]) };
  }
}

/** What PowerShell writes for one result: its elements if it is enumerable, else itself. */
function enumerate(value: DotNetValue): PsValue[] {
  if (value === null) return [];
  if (typeof value === 'object' && !(value instanceof Date) && value.kind === 'list') return value.items.filter((i) => i !== null).map(toPsValue);
  return [toPsValue(value)];
}

function convertedValues(value: Converted | undefined): PsValue[] {
  if (!value) return [];
  switch (value.kind) {
    case 'null': return [];
    case 'string': return [{ t: 'string', v: value.value }];
    case 'strings': return value.value.map((v) => ({ t: 'string', v }));
    case 'bytes': return [...value.value].map((b) => ({ t: 'number', v: b, type: 'System.Byte' }));
    case 'int': return [{ t: 'number', v: value.value, type: 'System.Int32' }];
    case 'bool': return [{ t: 'bool', v: value.value }];
    case 'datetime': return [{ t: 'datetime', v: value.value.toISOString(), ms: value.value.getTime() }];
    case 'switch': return [{ t: 'switch', v: value.value }];
    case 'hashtable': return [value.value];
    case 'tags': return value.value.map((tag) => ({ t: 'object', type: 'Amazon.KeyManagementService.Model.Tag', props: [['TagKey', { t: 'string', v: tag.TagKey }], ['TagValue', { t: 'string', v: tag.TagValue }]] }));
  }
}

export function emit(def: CmdletDefinition, selector: Selector | undefined, response: DotNetObject, converted: ReadonlyMap<string, Converted>): PsValue[] {
  if (!selector) {
    // the cmdlet's built-in default: the whole response, one property of it, or nothing
    if (def.select === '*') return [toPsValue(response)];
    if (def.select === '') return [];
    return enumerate(propertyOf(response, def.select));
  }
  switch (selector.kind) {
    case 'all': return [toPsValue(response)];
    case 'path': return evaluatePath(response, selector.path).map(toPsValue);
    case 'parameter': return convertedValues(converted.get(selector.parameter.name));
  }
}
