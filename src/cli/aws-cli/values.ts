// Turning AWS CLI option words into request values, by the member's shape: blobs (base64,
// fileb://, file://), maps and structures (JSON or shorthand k=v,k2=v2), lists, integers.
import { readFileSync } from 'node:fs';
import type { Shape } from '../../engine/model.js';

/** A usage error: the AWS CLI prints it and exits 252. */
export class UsageError extends Error {}

/** A parameter the CLI could not read: the AWS CLI prints it and exits 252. */
export class ParamError extends Error {}

export type BinaryFormat = 'base64' | 'raw-in-base64-out';

function loadParamFile(option: string, word: string): { text?: string; bytes?: Uint8Array } | undefined {
  const match = /^(fileb|file):\/\/(.*)$/s.exec(word);
  if (!match) return undefined;
  const [, scheme, path] = match;
  try {
    const bytes = readFileSync(path.startsWith('~/') ? `${process.env.HOME}${path.slice(1)}` : path);
    return scheme === 'fileb' ? { bytes: new Uint8Array(bytes) } : { text: bytes.toString('utf8') };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? `[Errno 2] No such file or directory: '${path}'` : err.message;
    throw new ParamError(`Error parsing parameter '${option}': Unable to load paramfile ${word}: ${reason}`);
  }
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function blobValue(option: string, word: string, format: BinaryFormat): Uint8Array {
  const file = loadParamFile(option, word);
  if (file?.bytes) return file.bytes;
  const text = file?.text ?? word;
  if (format === 'raw-in-base64-out') return new Uint8Array(Buffer.from(text, 'utf8'));
  const compact = text.replace(/\s+/g, '');
  if (!BASE64.test(compact)) throw new ParamError(`Invalid base64: "${text}"`);
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** Splits shorthand on commas outside quotes: a=1,b="x,y" → ['a=1', 'b="x,y"']. */
function splitShorthand(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(text: string): string {
  const t = text.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1) : t;
}

function shorthandPairs(option: string, text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of splitShorthand(text)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      throw new ParamError(`Error parsing parameter '${option}': Expected: '=', received: 'EOF' for input:\n${text}`);
    }
    result[unquote(part.slice(0, eq))] = unquote(part.slice(eq + 1));
  }
  return result;
}

function parseJson(option: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ParamError(`Error parsing parameter '${option}': Invalid JSON: ${(e as Error).message}\nJSON received: ${text}`);
  }
}

function textOf(option: string, word: string): string {
  const file = loadParamFile(option, word);
  if (file?.bytes) return Buffer.from(file.bytes).toString('utf8');
  return file?.text ?? word;
}

/** The value of a member from the words given to its option. */
export function optionValue(option: string, shape: Shape, words: readonly string[], format: BinaryFormat): unknown {
  if (shape.type === 'list') {
    if (words.length === 1 && words[0].trimStart().startsWith('[')) return fromJson(option, shape, parseJson(option, textOf(option, words[0])), format);
    const items = shape.member.type === 'structure' || words.length > 1 ? words : splitShorthand(words[0] ?? '');
    return items.map((w) => optionValue(option, shape.member, [w], format));
  }
  const word = words[words.length - 1] ?? '';
  switch (shape.type) {
    case 'blob':
      return blobValue(option, word, format);
    case 'boolean':
      return word;
    case 'integer': {
      const text = textOf(option, word).trim();
      if (!/^-?\d+$/.test(text)) throw new ParamError(`invalid literal for int() with base 10: '${text}'`);
      return Number(text);
    }
    case 'string':
      return textOf(option, word);
    case 'map':
    case 'structure': {
      const text = textOf(option, word);
      if (text.trimStart().startsWith('{')) return fromJson(option, shape, parseJson(option, text), format);
      return fromJson(option, shape, shorthandPairs(option, text), format);
    }
  }
}

/** JSON (or shorthand) values take the member's shape: blobs inside structures are base64. */
function fromJson(option: string, shape: Shape, value: unknown, format: BinaryFormat): unknown {
  if (shape.type === 'blob' && typeof value === 'string') return blobValue(option, value, format);
  if (shape.type === 'list' && Array.isArray(value)) return value.map((v) => fromJson(option, shape.member, v, format));
  if (shape.type === 'structure' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape.members[k] ? fromJson(option, shape.members[k], v, format) : v]));
  }
  if (shape.type === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value)) return Number(value);
  return value;
}
