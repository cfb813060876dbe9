// pskms seed FILE: makes the keys a JSON or YAML document describes, so that a test suite starts
// from a known store; pskms export writes a store back out in the same format.
//   pskms seed keys.yaml [--region us-east-1] [--account 111122223333]
//   pskms export [--region r] [--account a] [--all] [--format yaml|json] [--no-key-material] [--out file]
import { readdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../store/atomic-file.js';
import { join } from 'node:path';
import { createContext, storeHome, type RequestContext } from '../engine/context.js';
import { exportScope, SeedError, seedKeys, seedScope, type SeedKey, type SeedResult } from '../engine/seed.js';

const SEED_USAGE = 'usage: pskms seed <file.yaml|file.json> [--region <region>] [--account <12 digits>]';
const EXPORT_USAGE = 'usage: pskms export [--region <region>] [--account <12 digits>] [--all] [--format yaml|json] [--no-key-material] [--out <file>]';

/** Options as --name value pairs and bare --flags; undefined when argv has a word it does not take. */
function options(argv: readonly string[], valued: readonly string[], flags: readonly string[]): { values: Map<string, string>; flags: Set<string>; words: string[] } | undefined {
  const values = new Map<string, string>();
  const set = new Set<string>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (valued.includes(word)) {
      if (argv[i + 1] === undefined) return undefined;
      values.set(word, argv[++i]);
    } else if (flags.includes(word)) set.add(word);
    else if (word.startsWith('--')) return undefined;
    else words.push(word);
  }
  return { values, flags: set, words };
}

function fail(message: string, code = 252): number {
  process.stderr.write(`${message}\n`);
  return code;
}

/** A seed document's parse error, by position only: the parsers' own messages quote the text, which may be key material. */
class ParseError extends Error {}

async function parseDocument(path: string): Promise<unknown> {
  const text = readFileSync(path, 'utf8');
  if (/\.json$/i.test(path) || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch (e) {
      const position = /position (\d+)/.exec((e as Error).message)?.[1];
      throw new ParseError(`not valid JSON${position ? ` (at character ${position})` : ''}`);
    }
  }
  const yaml = await import('js-yaml');
  try {
    return yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    throw new ParseError(`not valid YAML${mark ? ` (line ${mark.line + 1}, column ${mark.column + 1})` : ''}`);
  }
}

export async function runSeed(argv: readonly string[]): Promise<number> {
  const parsed = options(argv, ['--region', '--account'], []);
  if (!parsed || parsed.words.length !== 1) return fail(SEED_USAGE);
  const [file] = parsed.words;
  let keys: SeedKey[];
  try {
    keys = seedKeys(await parseDocument(file));
  } catch (e) {
    const reason = e instanceof SeedError || e instanceof ParseError ? e.message : (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    return fail(`pskms seed: error: ${file}: ${reason}`);
  }
  // one locked pass per account and Region the document names
  const scopes = new Map<string, SeedKey[]>();
  let defaults: RequestContext;
  try {
    defaults = createContext({ region: parsed.values.get('--region'), accountId: parsed.values.get('--account') });
  } catch (e) {
    return fail(`pskms seed: error: ${(e as Error).message}`);
  }
  for (const key of keys) {
    const scope = `${key.Account ?? defaults.accountId}/${key.Region ?? defaults.region}`;
    scopes.set(scope, [...(scopes.get(scope) ?? []), key]);
  }
  const result: SeedResult = { created: [], updated: [], unchanged: [] };
  try {
    for (const [scope, scopeKeys] of scopes) {
      const [accountId, region] = scope.split('/');
      await seedScope(createContext({ region, accountId }), scopeKeys, result, (key) => keys.indexOf(key));
    }
  } catch (e) {
    if (e instanceof SeedError) return fail(`pskms seed: error: ${file}: ${e.message}`);
    throw e;
  }
  process.stdout.write(`${keys.length} keys: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged\n`);
  return 0;
}

/** Every account/Region directory of the store. */
function allScopes(home: string): { accountId: string; region: string }[] {
  const dirs = (path: string) => {
    try {
      return readdirSync(path, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    } catch {
      return [];
    }
  };
  return dirs(home).filter((a) => /^\d{12}$/.test(a)).flatMap((accountId) => dirs(join(home, accountId)).map((region) => ({ accountId, region })));
}

export async function runExport(argv: readonly string[]): Promise<number> {
  const parsed = options(argv, ['--region', '--account', '--format', '--out'], ['--all', '--no-key-material']);
  const format = parsed?.values.get('--format') ?? (/\.json$/i.test(parsed?.values.get('--out') ?? '') ? 'json' : 'yaml');
  if (!parsed || parsed.words.length > 0 || !['yaml', 'json'].includes(format)) return fail(EXPORT_USAGE);
  let scopes: { accountId: string; region: string }[];
  try {
    const ctx = createContext({ region: parsed.values.get('--region'), accountId: parsed.values.get('--account') });
    scopes = parsed.flags.has('--all') ? allScopes(storeHome()) : [{ accountId: ctx.accountId, region: ctx.region }];
  } catch (e) {
    return fail(`pskms export: error: ${(e as Error).message}`);
  }
  const exported = scopes.map((scope) => exportScope(createContext(scope), { keyMaterial: !parsed.flags.has('--no-key-material') }));
  const keys = exported.flatMap((e) => e.keys);
  const leftOut = exported.flatMap((e) => e.leftOut);
  if (leftOut.length > 0) process.stderr.write(`pskms export: left out ${leftOut.length} key(s) that a seed cannot make (multi-Region keys, keys in custom key stores): ${leftOut.join(', ')}\n`);
  const text = format === 'json' ? `${JSON.stringify({ Keys: keys }, null, 2)}\n` : (await import('js-yaml')).dump({ Keys: keys }, { lineWidth: -1, noRefs: true });
  const out = parsed.values.get('--out');
  // the export holds private key material: a new file only its owner can read, put in place whole
  if (out) writeFileAtomic(out, text);
  else process.stdout.write(text);
  return 0;
}
