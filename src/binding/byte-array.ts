// AWS.Tools' MemoryStreamParameterConverter: how a value bound to a byte[] parameter becomes
// bytes. A string is its UTF-8 bytes (never base64, never a path); a MemoryStream its whole
// buffer; other streams from their position; strings one line each; a FileInfo the file.
import { readFileSync } from 'node:fs';
import { bindingError } from './error-records.js';
import { dotNetTypeOf, type PsValue } from './ps-values.js';

function b64(v: string): Uint8Array {
  return new Uint8Array(Buffer.from(v, 'base64'));
}

/** The converter's own cases, in its order; undefined where it hands the value on unchanged. */
function transform(parameter: string, value: PsValue, newline: string): Uint8Array | undefined {
  switch (value.t) {
    case 'string':
      return new Uint8Array(Buffer.from(value.v, 'utf8'));
    case 'bytes':
      return b64(value.v);
    case 'MemoryStream':
    case 'Stream':
      return b64(value.v);
    case 'array':
      // string[] and any enumerable of strings only: each string followed by the platform newline
      if (value.items.every((item) => item.t === 'string')) {
        return new Uint8Array(Buffer.from(value.items.map((item) => (item as { v: string }).v + newline).join(''), 'utf8'));
      }
      return undefined;
    case 'FileInfo':
      try {
        return new Uint8Array(readFileSync(value.path));
      } catch {
        throw bindingError(`Cannot process argument transformation on parameter '${parameter}'. Could not find file '${value.path}'.`, 'ParameterArgumentTransformationError');
      }
    default:
      return undefined;
  }
}

/** PowerShell's conversion of one value to System.Byte. */
function toByte(parameter: string, item: PsValue, whole: PsValue): number {
  const fail = (inner: string): never => {
    throw bindingError(`Cannot bind parameter '${parameter}'. Cannot convert value "${describe(whole)}" to type "System.Byte[]". Error: "${inner}"`, 'CannotConvertArgumentNoMessage');
  };
  if (item.t === 'number') {
    const n = Number.isInteger(item.v) ? item.v : roundHalfEven(item.v);
    // NaN (ConvertTo-Json sends [double]::NaN as "NaN") is out of range too, as Convert.ToByte has it
    if (!(n >= 0 && n <= 255)) fail(`Cannot convert value "${item.v}" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."`);
    return n;
  }
  if (item.t === 'string') {
    const t = item.v.trim();
    if (!/^[+-]?\d+$/.test(t)) fail(`Cannot convert value "${item.v}" to type "System.Byte". Error: "Input string was not in a correct format."`);
    const n = Number(t);
    if (n < 0 || n > 255) fail(`Cannot convert value "${item.v}" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."`);
    return n;
  }
  if (item.t === 'bool') return item.v ? 1 : 0;
  return fail(`Cannot convert the "${describe(item)}" value of type "${dotNetTypeOf(item)}" to type "System.Byte".`);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function describe(value: PsValue): string {
  if (value.t === 'FileInfo' || value.t === 'DirectoryInfo') return value.path;
  if (value.t === 'number' || value.t === 'string' || value.t === 'bool') return String(value.v);
  return dotNetTypeOf(value);
}

/** The bytes a byte[] parameter receives; null stays null. Throws PowerShell's binding error. */
export function toByteArray(parameter: string, value: PsValue, newline: string): Uint8Array | null {
  if (value.t === 'null') return null;
  const transformed = transform(parameter, value, newline);
  if (transformed) return transformed;
  // otherwise PowerShell's own conversion to byte[]
  if (value.t === 'array') return new Uint8Array(value.items.map((item) => toByte(parameter, item, value)));
  if (value.t === 'number' || value.t === 'bool') return new Uint8Array([toByte(parameter, value, value)]);
  throw bindingError(`Cannot bind parameter '${parameter}'. Cannot convert the "${describe(value)}" value of type "${dotNetTypeOf(value)}" to type "System.Byte[]".`, 'CannotConvertArgumentNoMessage');
}
