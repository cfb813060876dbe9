// The AWS CLI's argument grammar for one operation, read as its argparse reads it:
// `--name value`, `--name=value`, a list option takes every word up to the next `--option`,
// a boolean is `--name` / `--no-name`. Options come from the operation's model, so every
// member is an option named in kebab case (KeyId → --key-id).
import type { OperationModel, Shape } from '../../engine/model.js';
import { optionValue, UsageError, type BinaryFormat } from './values.js';

export interface GlobalOptions {
  region?: string;
  output: 'json' | 'text';
  binaryFormat: BinaryFormat;
}

const GLOBAL_VALUE_OPTIONS = ['--region', '--output', '--cli-binary-format', '--profile', '--endpoint-url', '--color', '--cli-read-timeout', '--cli-connect-timeout', '--ca-bundle'];
const GLOBAL_FLAGS = ['--no-cli-pager', '--no-paginate', '--no-verify-ssl', '--no-sign-request', '--debug', '--no-cli-auto-prompt'];

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

export function optionNames(model: OperationModel): Map<string, [string, Shape]> {
  return new Map(Object.entries(model.input).map(([member, shape]) => [`--${kebab(member)}`, [member, shape]]));
}

function required(model: OperationModel): string[] {
  return model.required.map((m) => `--${kebab(m)}`);
}

export interface ParsedArguments {
  request: Record<string, unknown>;
  globals: GlobalOptions;
}

export function parseArguments(model: OperationModel, argv: readonly string[]): ParsedArguments {
  const options = optionNames(model);
  const words = new Map<string, string[]>();
  const unknown: string[] = [];
  const globals: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--')) {
      unknown.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const name = eq > 0 ? token.slice(0, eq) : token;
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const takeOne = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`argument ${name}: expected one argument`);
      i++;
      return next;
    };
    if (GLOBAL_VALUE_OPTIONS.includes(name)) {
      globals[name] = takeOne();
      continue;
    }
    if (GLOBAL_FLAGS.includes(name)) continue;
    const negated = name.startsWith('--no-') ? options.get(`--${name.slice(5)}`) : undefined;
    if (negated && negated[1].type === 'boolean') {
      words.set(`--${name.slice(5)}`, ['false']);
      continue;
    }
    const option = options.get(name);
    if (!option) {
      unknown.push(token);
      continue;
    }
    const [, shape] = option;
    if (shape.type === 'boolean') {
      words.set(name, [inline ?? 'true']);
    } else if (shape.type === 'list' && inline === undefined) {
      const list: string[] = [];
      while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) list.push(argv[++i]);
      if (list.length === 0) throw new UsageError(`argument ${name}: expected at least one argument`);
      words.set(name, list);
    } else {
      words.set(name, [takeOne()]);
    }
  }
  const missing = required(model).filter((o) => !words.has(o));
  if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.join(', ')}`);
  if (unknown.length > 0) throw new UsageError(`Unknown options: ${unknown.join(', ')}`, { cause: 'unknown' });

  const output = globals['--output'] ?? 'json';
  if (output !== 'json' && output !== 'text') throw new UsageError(`argument --output: Invalid choice, valid choices are:\n\njson                                     | text`);
  const binaryFormat = globals['--cli-binary-format'] ?? 'base64';
  if (binaryFormat !== 'base64' && binaryFormat !== 'raw-in-base64-out') {
    throw new UsageError(`argument --cli-binary-format: Invalid choice, valid choices are:\n\nbase64                                   | raw-in-base64-out`);
  }

  const request: Record<string, unknown> = {};
  for (const [name, values] of words) {
    const [member, shape] = options.get(name)!;
    request[member] = shape.type === 'boolean' ? values[0] !== 'false' : optionValue(name, shape, values, binaryFormat);
  }
  checkEnums(model, request);
  return { request, globals: { region: globals['--region'], output, binaryFormat } };
}

/** The CLI refuses an enum value the model does not list before making any call. */
function checkEnums(model: OperationModel, request: Record<string, unknown>): void {
  for (const [member, shape] of Object.entries(model.input)) {
    const value = request[member];
    if (shape.type === 'string' && shape.enum && typeof value === 'string' && !shape.enum.includes(value)) {
      throw new UsageError(`argument --${kebab(member)}: Invalid choice, valid choices are:\n\n${shape.enum.join(' | ')}`);
    }
  }
}
