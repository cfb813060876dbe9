// The AWS CLI's argument grammar for one operation, read as its argparse reads it:
// `--name value` or `--name=value`; a list option takes every word up to the next option;
// a boolean is `--name` / `--no-name`; an unambiguous prefix names an option (`--key` for
// `--key-id`). Every member of the operation's model is an option in kebab case.
import type { OperationModel, Shape } from '../../engine/model.js';
import { UsageError } from './values.js';

/** Global options that take a value, and those that are flags. */
const GLOBAL_VALUES = ['--region', '--output', '--query', '--cli-input-json', '--cli-input-yaml', '--cli-binary-format', '--endpoint-url', '--profile', '--color', '--cli-read-timeout', '--cli-connect-timeout', '--page-size', '--max-items', '--starting-token'];
const GLOBAL_FLAGS = ['--no-paginate', '--no-cli-pager', '--debug', '--no-verify-ssl', '--no-cli-auto-prompt'];

const SKELETON = '--generate-cli-skeleton';
const SKELETON_CHOICES = ['input', 'yaml-input', 'output'];

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z])([A-Z][a-z])/g, '$1-$2').toLowerCase();
}

export interface ParsedArguments {
  /** the words given to each member's option, by member name */
  words: Map<string, string[]>;
  globals: Map<string, string>;
  flags: Set<string>;
}

/** Unknown tokens, kept in order for "Unknown options: …" (a usage error of its own). */
export class UnknownOptionsError extends UsageError {}

export function parseArguments(model: OperationModel, argv: readonly string[], paginated: boolean): ParsedArguments {
  const members = new Map<string, [string, Shape]>(Object.entries(model.input).map(([m, s]) => [`--${kebab(m)}`, [m, s]]));
  const booleans = [...members].filter(([, [, s]]) => s.type === 'boolean').map(([o]) => `--no-${o.slice(2)}`);
  const globals = GLOBAL_VALUES.filter((g) => paginated || !['--page-size', '--max-items', '--starting-token'].includes(g));
  const known = [...members.keys(), ...booleans, ...globals, ...GLOBAL_FLAGS, SKELETON];

  const resolve = (name: string): string | undefined => {
    if (known.includes(name)) return name;
    const candidates = known.filter((k) => k.startsWith(name));
    if (candidates.length > 1) throw new UsageError(`ambiguous option: ${name} could match ${candidates.join(', ')}`);
    return candidates[0];
  };

  const parsed: ParsedArguments = { words: new Map(), globals: new Map(), flags: new Set() };
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const eq = token.indexOf('=');
    const option = token.startsWith('--') ? resolve(eq > 0 ? token.slice(0, eq) : token) : undefined;
    if (!option) {
      unknown.push(token);
      continue;
    }
    const inline = eq > 0 ? token.slice(eq + 1) : undefined;
    const takeOne = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`argument ${option}: expected one argument`);
      i++;
      return next;
    };
    if (option === SKELETON) {
      // an optional value: input (the default), yaml-input or output
      const next = inline ?? (SKELETON_CHOICES.includes(argv[i + 1]) ? argv[++i] : 'input');
      if (!SKELETON_CHOICES.includes(next)) throw new UsageError(`argument ${SKELETON}: Invalid choice, valid choices are:\n\n${SKELETON_CHOICES.join(' | ')}`);
      parsed.globals.set(SKELETON, next);
      continue;
    }
    const isFlag = GLOBAL_FLAGS.includes(option) || booleans.includes(option) || members.get(option)?.[1].type === 'boolean';
    if (isFlag && inline !== undefined) throw new UsageError(`argument ${option}: ignored explicit argument '${inline}'`);
    if (GLOBAL_FLAGS.includes(option)) parsed.flags.add(option);
    else if (globals.includes(option)) parsed.globals.set(option, takeOne());
    else if (booleans.includes(option)) parsed.words.set(members.get(`--${option.slice(5)}`)![0], ['false']);
    else {
      const [member, shape] = members.get(option)!;
      if (shape.type === 'boolean') parsed.words.set(member, ['true']);
      else if (shape.type === 'list' && inline === undefined) {
        const list: string[] = [];
        while (i + 1 < argv.length && !argv[i + 1].startsWith('--')) list.push(argv[++i]);
        parsed.words.set(member, list);
      } else parsed.words.set(member, [takeOne()]);
    }
  }
  // members may also come from --cli-input-json/yaml; a skeleton needs none
  if (!parsed.globals.has('--cli-input-json') && !parsed.globals.has('--cli-input-yaml') && !parsed.globals.has(SKELETON)) {
    checkRequired(model, new Set(parsed.words.keys()));
  }
  if (unknown.length > 0) throw new UnknownOptionsError(`Unknown options: ${unknown.join(', ')}`);
  return parsed;
}

export function checkRequired(model: OperationModel, present: ReadonlySet<string>): void {
  const missing = model.required.filter((m) => !present.has(m) && model.input[m].type !== 'boolean');
  if (missing.length > 0) throw new UsageError(`the following arguments are required: ${missing.map((m) => `--${kebab(m)}`).join(', ')}`);
}
