// PowerShell's argument syntax, as far as a POSIX shell lets it through: `-Name value`,
// `-Name:value`, `-Switch`, positional values, and the literals a script would write —
// $null/$true/$false, numbers, 'quoted' strings, a,b,c arrays, @(…), @{k='v'} or a JSON object
// as a Hashtable, and fileb://path for a file (a FileInfo: its raw bytes).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { declaredParameters, type CmdletDefinition, type ParameterDefinition } from '../../binding/definition.js';
import { bindingError } from '../../binding/error-records.js';
import type { PsValue } from '../../binding/ps-values.js';
import { COMMON_PARAMETER_ALIASES, type CommonParameters } from './service.js';
import { bracketDepth, MAX_NESTING } from '../nesting.js';

/** Splits on a separator outside quotes and brackets. */
function splitTopLevel(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if ('({['.includes(ch)) depth++;
    else if (')}]'.includes(ch)) depth--;
    else if (depth === 0 && separators.includes(ch)) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

function unquoted(text: string): string | undefined {
  if (text.length >= 2 && text[0] === "'" && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  if (text.length >= 2 && text[0] === '"' && text.endsWith('"')) return text.slice(1, -1).replace(/`"/g, '"');
  return undefined;
}

function number(text: string): PsValue | undefined {
  if (/^-?\d+$/.test(text)) {
    const n = Number(text);
    return { t: 'number', v: n, type: Math.abs(n) <= 2147483647 ? 'System.Int32' : 'System.Int64' };
  }
  if (/^-?0x[0-9a-f]+$/i.test(text)) return { t: 'number', v: Number.parseInt(text.replace('-', ''), 16) * (text.startsWith('-') ? -1 : 1), type: 'System.Int32' };
  if (/^-?\d*\.\d+$/.test(text)) return { t: 'number', v: Number(text), type: 'System.Double' };
  return undefined;
}

function fromJson(value: unknown): PsValue {
  if (value === null) return { t: 'null' };
  if (typeof value === 'string') return { t: 'string', v: value };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (typeof value === 'number') return { t: 'number', v: value, type: Number.isInteger(value) ? 'System.Int32' : 'System.Double' };
  if (Array.isArray(value)) return { t: 'array', type: 'System.Object[]', items: value.map(fromJson) };
  return { t: 'hashtable', entries: Object.entries(value as Record<string, unknown>).map(([k, v]) => [{ t: 'string', v: k }, fromJson(v)]) };
}

function hashtable(body: string): PsValue {
  const entries: [PsValue, PsValue][] = [];
  for (const part of splitTopLevel(body, ';\n')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw bindingError(`Missing '=' operator after key in hash literal: ${part.trim()}`, 'MissingEqualsInHashLiteral');
    entries.push([scalar(part.slice(0, eq).trim()), scalar(part.slice(eq + 1).trim())]);
  }
  return { t: 'hashtable', entries };
}

function fileInfo(path: string): PsValue {
  const full = resolve(path);
  if (!existsSync(full)) throw bindingError(`Cannot find path '${full}' because it does not exist.`, 'PathNotFound');
  return statSync(full).isDirectory() ? { t: 'DirectoryInfo', path: full } : { t: 'FileInfo', path: full };
}

/** One value: no top-level commas. */
function scalar(text: string): PsValue {
  const t = text.trim();
  const lower = t.toLowerCase();
  if (lower === '$null') return { t: 'null' };
  if (lower === '$true') return { t: 'bool', v: true };
  if (lower === '$false') return { t: 'bool', v: false };
  const quoted = unquoted(t);
  if (quoted !== undefined) return { t: 'string', v: quoted };
  if (t.startsWith('@{') && t.endsWith('}')) return hashtable(t.slice(2, -1));
  if (t.startsWith('@(') && t.endsWith(')')) return array(t.slice(2, -1));
  if (t.startsWith('{') && t.endsWith('}')) {
    try {
      return fromJson(JSON.parse(t));
    } catch {
      return { t: 'string', v: text };
    }
  }
  if (t.startsWith('fileb://')) return fileInfo(t.slice('fileb://'.length));
  return number(t) ?? { t: 'string', v: text };
}

function array(body: string): PsValue {
  const items = body.trim() === '' ? [] : splitTopLevel(body, ',').map(scalar);
  return { t: 'array', type: 'System.Object[]', items };
}

/** The value of one command-line word, as PowerShell reads an argument. */
export function parseArgumentValue(word: string): PsValue {
  // the literal syntax is read recursively: a value thousands of levels deep would overflow the stack
  if (bracketDepth(word) > MAX_NESTING) throw bindingError(`Cannot process argument: the value nests more than ${MAX_NESTING} levels deep.`, 'ParameterArgumentTransformationError');
  const parts = splitTopLevel(word, ',');
  return parts.length > 1 ? array(word) : scalar(word);
}

export interface DialectCommonParameters {
  whatIf: boolean;
  confirm: boolean;
  /** AWS.Tools' service parameters: -Region, -EndpointUrl, -ProfileName, credentials */
  service: CommonParameters;
}

const COMMON_SWITCHES = ['Verbose', 'Debug'];
const COMMON_VALUES = ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable'];

interface Candidate {
  name: string;
  aliases: readonly string[];
  takesValue: boolean;
  param?: ParameterDefinition;
}

function candidates(def: CmdletDefinition): Candidate[] {
  const own = declaredParameters(def).map((p) => ({ name: p.name, aliases: p.aliases ?? [], takesValue: p.type !== 'switch', param: p }));
  const common: Candidate[] = [
    ...Object.entries(COMMON_PARAMETER_ALIASES).map(([name, aliases]) => ({ name, aliases, takesValue: true })),
    ...COMMON_SWITCHES.map((name) => ({ name, aliases: [], takesValue: false })),
    ...COMMON_VALUES.map((name) => ({ name, aliases: [], takesValue: true })),
  ];
  if (def.shouldProcess) common.push({ name: 'WhatIf', aliases: ['wi'], takesValue: false }, { name: 'Confirm', aliases: ['cf'], takesValue: false });
  return [...own, ...common];
}

/** A parameter named on the command line: its full name or an alias, or an unambiguous prefix. */
function resolveName(all: Candidate[], given: string): Candidate {
  const lower = given.toLowerCase();
  const exact = all.find((c) => c.name.toLowerCase() === lower || c.aliases.some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const prefixed = all.filter((c) => c.name.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  if (prefixed.length > 1) {
    throw bindingError(`Parameter cannot be processed because the parameter name '${given}' is ambiguous. Possible matches include: ${prefixed.map((c) => `-${c.name}`).join(' ')}.`, 'AmbiguousParameter');
  }
  throw bindingError(`A parameter cannot be found that matches parameter name '${given}'.`, 'NamedParameterNotFound');
}

export function parseCmdletArguments(def: CmdletDefinition, argv: readonly string[]): { bound: Record<string, PsValue>; common: DialectCommonParameters } {
  const all = candidates(def);
  const bound: Record<string, PsValue> = {};
  const common: DialectCommonParameters = { whatIf: false, confirm: false, service: {} };
  const positional = def.parameters.find((p) => p.position === 0);
  let positionalUsed = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const named = /^-([A-Za-z_][\w]*)(:(.*))?$/s.exec(token);
    if (!named) {
      if (!positional || positionalUsed || bound[positional.name]) {
        throw bindingError(`A positional parameter cannot be found that accepts argument '${token}'.`, 'PositionalParameterNotFound');
      }
      bound[positional.name] = parseArgumentValue(token);
      positionalUsed = true;
      continue;
    }
    const candidate = resolveName(all, named[1]);
    let value: PsValue;
    if (named[2] !== undefined) value = parseArgumentValue(named[3]);
    else if (!candidate.takesValue) value = { t: 'switch', v: true };
    else {
      if (i + 1 >= argv.length) {
        throw bindingError(`Missing an argument for parameter '${candidate.name}'. Specify a parameter of type '${candidate.param?.type ?? 'System.String'}' and try again.`, 'MissingArgument');
      }
      value = parseArgumentValue(argv[++i]);
    }
    if (candidate.param) bound[candidate.name] = value;
    else if (candidate.name === 'WhatIf') common.whatIf = value.t === 'switch' || value.t === 'bool' ? value.v : true;
    else if (candidate.name === 'Confirm') common.confirm = value.t === 'switch' || value.t === 'bool' ? value.v : true;
    else if (candidate.name in COMMON_PARAMETER_ALIASES && value.t === 'string') common.service[candidate.name as Exclude<keyof CommonParameters, 'ShellCredentials'>] = value.v;
  }
  return { bound, common };
}
