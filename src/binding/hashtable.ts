// AWS.Tools' Hashtable → Dictionary<string,string> (EncryptionContext and the like): hard casts,
// so a key or value that is not a string is the InvalidCastException AWS.Tools throws.
import { thrownFromProcessRecord } from './error-records.js';
import { dotNetTypeOf, type PsValue } from './ps-values.js';

function cast(value: PsValue): string | null {
  if (value.t === 'string') return value.v;
  if (value.t === 'null') return null;
  throw thrownFromProcessRecord(`Unable to cast object of type '${dotNetTypeOf(value)}' to type 'System.String'.`, 'System.InvalidCastException');
}

/** The encryption context a hashtable gives; @{} is an empty context, present all the same. */
export function toStringDictionary(value: PsValue): Record<string, string | null> {
  if (value.t !== 'hashtable') throw thrownFromProcessRecord(`Unable to cast object of type '${dotNetTypeOf(value)}' to type 'System.Collections.Hashtable'.`, 'System.InvalidCastException');
  // no prototype: a key such as __proto__ is an ordinary key of the context
  const result: Record<string, string | null> = Object.create(null);
  for (const [k, v] of value.entries) {
    const key = cast(k);
    result[key ?? ''] = cast(v);
  }
  return result;
}
