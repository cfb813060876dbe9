// Turning AWS CLI option words into request values, by the member's shape, as the AWS CLI v2
// does: paramfiles (file://, fileb://), JSON or shorthand for maps, structures and lists of
// structures, one word per list item, base64 for blobs, Python int() for integers.
import { readFileSync } from 'node:fs';
import type { Shape } from '../../engine/model.js';
import { parseShorthand, type ShorthandValue } from './shorthand.js';
import { bracketDepth, MAX_NESTING } from '../nesting.js';

/** argparse's errors: usage, then `pskms: error: …` (exit 252). */
export class UsageError extends Error {}

/** Errors reading a parameter (paramfile, JSON, shorthand, client-side validation): exit 252. */
export class ParamError extends Error {}

/** Errors the AWS CLI raises as plain exceptions (bad base64, bad int): exit 255. */
export class GeneralError extends Error {}

export type BinaryFormat = 'base64' | 'raw-in-base64-out';

interface Loaded {
  text?: string;
  bytes?: Uint8Array;
}

function loadParamFile(option: string, word: string): Loaded | undefined {
  const match = /^(fileb|file):\/\/(.*)$/s.exec(word);
  if (!match) return undefined;
  const [, scheme, raw] = match;
  const path = raw.startsWith('~/') ? `${process.env.HOME}${raw.slice(1)}` : raw;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? `[Errno 2] No such file or directory: '${path}'` : err.message;
    throw new ParamError(`Error parsing parameter '${option}': Unable to load paramfile ${word}: ${reason}`);
  }
  if (scheme === 'fileb') return { bytes: new Uint8Array(bytes) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    throw new ParamError(`Error parsing parameter '${option}': Unable to load paramfile (${path}), text contents could not be decoded.  If this is a binary file, please use the fileb:// prefix instead of the file:// prefix.`);
  }
}

/** Python's lenient base64.b64decode: characters outside the alphabet are dropped; padding ends the data. */
export function decodeBase64Leniently(text: string): Uint8Array | undefined {
  const chars = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const pad = chars.indexOf('=');
  const data = pad < 0 ? chars : chars.slice(0, pad);
  const padding = pad < 0 ? '' : chars.slice(pad);
  const rem = data.length % 4;
  if (rem === 1) return undefined;
  if (rem === 2 && !padding.startsWith('==')) return undefined;
  if (rem === 3 && !padding.startsWith('=')) return undefined;
  return new Uint8Array(Buffer.from(data, 'base64'));
}

function blobValue(option: string, word: string, format: BinaryFormat): Uint8Array {
  const file = loadParamFile(option, word);
  if (file?.bytes) return file.bytes;
  const text = file?.text ?? word;
  if (format === 'raw-in-base64-out') return new Uint8Array(Buffer.from(text, 'utf8'));
  const bytes = decodeBase64Leniently(text);
  if (!bytes) throw new GeneralError(`Invalid base64: "${text}"`);
  return bytes;
}

function textOf(option: string, word: string): string {
  const file = loadParamFile(option, word);
  return file?.bytes ? Buffer.from(file.bytes).toString('utf8') : (file?.text ?? word);
}

function parseJson(option: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ParamError(`Error parsing parameter '${option}': Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`);
  }
}

/** A map, a structure or a list of structures: JSON when it starts with { or [, else shorthand. */
function complexValue(option: string, text: string): unknown {
  if (bracketDepth(text) > MAX_NESTING) throw new ParamError(`Error parsing parameter '${option}': the value nests more than ${MAX_NESTING} levels deep`);
  if (/^\s*[{[]/.test(text)) return parseJson(option, text);
  try {
    return parseShorthand(text);
  } catch (e) {
    throw new ParamError(`Error parsing parameter '${option}': ${(e as Error).message}`);
  }
}

/** Python int(): surrounding space, a sign and digit-group underscores are allowed. */
function integerValue(text: string): number {
  const t = text.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) throw new GeneralError(`invalid literal for int() with base 10: '${text}'`);
  return Number(t.replace(/_/g, ''));
}

/**
 * A time as botocore reads one: seconds since the epoch, or ISO 8601 text. Text it cannot read
 * stays text, for the client-side validation to refuse as botocore does.
 */
function timestampValue(value: string | number): Date | string | number {
  const seconds = typeof value === 'number' ? value : /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : undefined;
  const time = seconds !== undefined ? new Date(seconds * 1000) : new Date(value);
  return Number.isNaN(time.getTime()) ? value : time;
}

/** The value of a member from the words given to its option. */
export function optionValue(option: string, shape: Shape, words: readonly string[], format: BinaryFormat): unknown {
  if (shape.type === 'list') {
    const first = words[0] === undefined ? '' : textOf(option, words[0]);
    if (/^\s*[[{]/.test(first) || (shape.member.type === 'structure' && words.length > 0)) {
      if (/^\s*\[/.test(first)) return coerce(shape, parseJson(option, first), format, option);
      return words.map((w) => coerce(shape.member, complexValue(option, textOf(option, w)), format, option));
    }
    return words.map((w) => coerce(shape.member, textOf(option, w), format, option));
  }
  const word = words[words.length - 1] ?? '';
  switch (shape.type) {
    case 'blob':
      return blobValue(option, word, format);
    case 'integer':
      return integerValue(textOf(option, word));
    case 'boolean':
      return word !== 'false';
    case 'timestamp':
      return timestampValue(textOf(option, word));
    case 'string':
      return textOf(option, word);
    case 'map':
    case 'structure':
      return coerce(shape, complexValue(option, textOf(option, word)), format, option);
  }
}

/**
 * Gives parsed JSON or shorthand the member's shape where the CLI would: blobs inside are
 * base64 text, integers from shorthand text, a scalar where a list belongs becomes a list.
 * Anything else is left for the client-side validation to report.
 */
function coerce(shape: Shape, value: unknown, format: BinaryFormat, option: string): unknown {
  switch (shape.type) {
    case 'blob':
      return typeof value === 'string' ? blobValue(option, value, format) : value;
    case 'integer':
      return typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
    case 'boolean':
      return typeof value === 'string' && /^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : value;
    case 'timestamp':
      return typeof value === 'string' || typeof value === 'number' ? timestampValue(value) : value;
    case 'list':
      if (typeof value === 'string') return [coerce(shape.member, value, format, option)];
      return Array.isArray(value) ? value.map((v) => coerce(shape.member, v, format, option)) : value;
    case 'structure':
      if (!isRecord(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape.members[k] ? coerce(shape.members[k], v, format, option) : v]));
    case 'map':
      if (!isRecord(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, coerce(shape.value, v, format, option)]));
    default:
      return value;
  }
}

function isRecord(value: unknown): value is Record<string, ShorthandValue | unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
