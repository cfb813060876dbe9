// The AWS-CLI dialect: `pskms kms <operation> --options`, behaving as `aws kms` (CLI v2) does —
// JSON, text, a table or YAML on stdout; errors on stderr framed by a blank line; exit 252
// for usage and parameter errors, 254 for a service error, 255 for anything else.
import { KmsError, OPERATIONS, type OperationName } from '../../engine/index.js';
import type { OperationModel, Shape } from '../../engine/model.js';
import type { KmsResponse } from '../../engine/operation.js';
import { closeMatches } from '../close-matches.js';
import { checkRequired, kebab, parseArguments, UnknownOptionsError } from './arguments.js';
import { formatOutput, QueryError } from './output.js';
import { PAGINATED, paginate, paginationConflict } from './pagination.js';
import { validateParameters } from './param-validation.js';
import { GeneralError, optionValue, ParamError, UsageError, type BinaryFormat } from './values.js';
import { awsCliEndpoint, awsCliLocalRegion, awsCliTarget, CLI_NO_REGION, ResolutionError } from '../../remote/resolution.js';
import { localKms, remoteKms, type KmsService } from '../../remote/kms-service.js';
import { RemoteFailure } from '../../remote/remote-failure.js';

export const EXIT_USAGE = 252;
export const EXIT_SERVICE_ERROR = 254;
export const EXIT_GENERAL_ERROR = 255;
export const EXIT_CONFIGURATION_ERROR = 253;

const USAGE = `usage: pskms [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  pskms help
  pskms <command> help
  pskms <command> <subcommand> help
`;

// code-point order, as Python sorts; localeCompare would also load ICU's collator on every start
const OPERATION_WORDS = (Object.keys(OPERATIONS) as OperationName[]).map((op) => [kebab(op), op] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** argparse's choice list: cells of 40 columns, two to a line, `help` last. */
function choiceList(): string {
  const cells = [...OPERATION_WORDS.map(([w]) => w), 'help'].map((w) => w.padEnd(40));
  const lines: string[] = [];
  for (let i = 0; i < cells.length; i += 2) lines.push(cells.slice(i, i + 2).join(' | '));
  return lines.join('\n');
}

function invalidOperation(word: string): string {
  const close = closeMatches(word, OPERATION_WORDS.map(([w]) => w));
  const suggestion = close.length > 0 ? `\n\nInvalid choice: '${word}', maybe you meant:\n\n${close.map((w) => `  * ${w}`).join('\n')}` : '';
  return `argument operation: Invalid choice, valid choices are:\n\n${choiceList()}\n${suggestion}`;
}

/** What an option takes, in words, from its shape in the model. */
function describeShape(shape: Shape): string {
  const range = (what: string, min?: number, max?: number) =>
    min !== undefined && max !== undefined ? ` (${what} ${min} to ${max})` : max !== undefined ? ` (${what} at most ${max})` : min !== undefined ? ` (${what} at least ${min})` : '';
  switch (shape.type) {
    case 'string':
      return shape.enum ? `One of: ${shape.enum.join(', ')}.` : `A string${range('length', shape.min, shape.max)}.`;
    case 'blob':
      return `Base64 text, or fileb://path for a file's raw bytes${range('bytes', shape.min, shape.max)}; with --cli-binary-format raw-in-base64-out, the text itself.`;
    case 'integer':
      return `An integer${range('from', shape.min, shape.max)}.`;
    case 'boolean':
      return 'A flag: the option alone for true, --no-<option> for false.';
    case 'timestamp':
      return 'A time: ISO 8601 text (2027-01-31T12:00:00Z) or seconds since the epoch.';
    case 'map':
      return 'A map: key=value,key2=value2, or a JSON object.';
    case 'list':
      return shape.member.type === 'structure'
        ? `A list of structures, each in shorthand (${Object.keys(shape.member.members).map((m) => `${m}=…`).join(',')}) as a separate word, or a JSON list${range('items', shape.min, shape.max)}.`
        : `One or more values, as separate words or a JSON list${range('items', shape.min, shape.max)}.`;
    case 'structure':
      return `A structure in shorthand (${Object.keys(shape.members).map((m) => `${m}=…`).join(',')}) or JSON.`;
  }
}

const GLOBAL_OPTIONS: readonly [string, string][] = [
  ['--endpoint-url <url>', 'Call this endpoint (pskms serve, another emulator, AWS) instead of the local store; also AWS_ENDPOINT_URL_KMS.'],
  ['--region <region>', 'The region: of the local store, or to call. Else AWS_REGION, AWS_DEFAULT_REGION, the profile\'s region.'],
  ['--profile <name>', 'A profile of ~/.aws/config and ~/.aws/credentials, for the region and, with an endpoint, the credentials.'],
  ['--output json|text|table|yaml', 'The output format (json by default, or AWS_DEFAULT_OUTPUT).'],
  ['--query <jmespath>', 'A JMESPath expression applied to the response before it is printed.'],
  ['--cli-input-json <json> | --cli-input-yaml <yaml>', 'The whole request, in API member names; options given as well win.'],
  ['--generate-cli-skeleton [input|yaml-input|output]', 'Print an empty request (or response) to fill in, and stop.'],
  ['--cli-binary-format base64|raw-in-base64-out', 'How blob options are read: base64 text (the default) or the text itself.'],
  ['--color on|off|auto', 'Colour for --output table.'],
  ['--debug', 'Print what is called, on stderr (never a key or plaintext).'],
];

async function operationHelp(operation: OperationName, model: OperationModel): Promise<string> {
  const synopsis = Object.entries(model.input).map(([member, shape]) => {
    const opt = `--${kebab(member)}`;
    const value = shape.type === 'boolean' ? `| --no-${kebab(member)}` : shape.type === 'string' && shape.enum ? `<${shape.enum.join('|')}>` : `<${shape.type}>`;
    return `  ${model.required.includes(member) ? opt : `[${opt}]`} ${value}`;
  });
  const paginated = PAGINATED[operation] !== undefined;
  const pages = paginated ? '\n  [--page-size <integer>] [--max-items <integer>] [--starting-token <string>] [--no-paginate]' : '';
  // the operation's one-line description, from the cmdlet that calls it (loaded for help only)
  const cmdlet = (await (await import('../../../cmdlets/index.js')).allCmdlets()).find((d) => d.operation === operation);
  const options = Object.entries(model.input).flatMap(([member, shape]) => [
    `  --${kebab(member)}${model.required.includes(member) ? ' (required)' : ''}`,
    `      ${describeShape(shape)}`,
  ]);
  const pagingOptions = paginated
    ? ['  --page-size <integer>', '      Items asked for in each call; pskms kms still follows every page.', '  --max-items <integer> / --starting-token <token>', '      At most this many items in all, and where to go on from (the NextToken printed).', '  --no-paginate', '      One call only, as KMS answers it.']
    : [];
  return [
    `${kebab(operation)} (KMS ${operation})`,
    '',
    'DESCRIPTION',
    ...(cmdlet ? [`  ${cmdlet.synopsis}`] : []),
    `  See https://docs.aws.amazon.com/kms/latest/APIReference/API_${operation}.html`,
    '',
    'SYNOPSIS',
    `${synopsis.join('\n')}${pages}`,
    '',
    'OPTIONS',
    ...options,
    ...pagingOptions,
    '',
    'GLOBAL OPTIONS',
    ...GLOBAL_OPTIONS.flatMap(([option, text]) => [`  ${option}`, `      ${text}`]),
    '',
  ].join('\n');
}

function fail(code: number, text: string): number {
  process.stderr.write(text);
  return code;
}

/** Builds the request from the parsed words, with the CLI's own checks. */
function buildRequest(model: OperationModel, words: Map<string, string[]>, format: BinaryFormat): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const [member, given] of words) request[member] = optionValue(`--${kebab(member)}`, model.input[member], given, format);
  validateParameters(model, request);
  return request;
}

function choice<T extends string>(option: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!choices.includes(value as T)) throw new UsageError(`argument ${option}: Invalid choice, valid choices are:\n\n${choices.map((c) => c.padEnd(40)).join(' | ')}`);
  return value as T;
}

function integerOption(globals: Map<string, string>, option: string): number | undefined {
  const text = globals.get(option);
  if (text === undefined) return undefined;
  if (!/^\s*[+-]?\d+\s*$/.test(text)) throw new UsageError(`argument ${option}: invalid int value: '${text}'`);
  return Number(text);
}

export async function runAwsCli(argv: string[]): Promise<number> {
  const [word, ...rest] = argv;
  if (word === undefined) return fail(EXIT_USAGE, `\n${USAGE}\npskms: error: the following arguments are required: operation\n\n`);
  if (word === 'help') {
    process.stdout.write(`KMS operations (pskms kms <operation> help for one):\n\n${OPERATION_WORDS.map(([w]) => `  ${w}`).join('\n')}\n`);
    return 0;
  }
  const operation = OPERATION_WORDS.find(([w]) => w === word)?.[1];
  if (!operation) return fail(EXIT_USAGE, `\n${USAGE}\npskms: error: ${invalidOperation(word)}\n\n`);
  const model = OPERATIONS[operation];
  if (rest[0] === 'help') {
    process.stdout.write(await operationHelp(operation, model));
    return 0;
  }
  const resultKey = PAGINATED[operation];
  let globals: ReadonlyMap<string, string> | undefined;
  try {
    const args = parseArguments(model, rest, resultKey !== undefined);
    globals = args.globals;
    const output = choice('--output', args.globals.get('--output') ?? process.env.AWS_DEFAULT_OUTPUT, ['json', 'text', 'table', 'yaml'] as const, 'json');
    const color = choice('--color', args.globals.get('--color'), ['on', 'off', 'auto'] as const, 'auto');
    const format = choice('--cli-binary-format', args.globals.get('--cli-binary-format'), ['base64', 'raw-in-base64-out'] as const, 'base64');
    const skeleton = args.globals.get('--generate-cli-skeleton');
    if (skeleton !== undefined) {
      process.stdout.write(await (await import('./cli-input.js')).cliSkeleton(operation, skeleton));
      return 0;
    }
    const pageSize = integerOption(args.globals, '--page-size');
    const maxItems = integerOption(args.globals, '--max-items');
    // --cli-input-json / --cli-input-yaml give members in API names; options on the command line win
    const fromInput = args.globals.has('--cli-input-json') || args.globals.has('--cli-input-yaml') ? await (await import('./cli-input.js')).cliInput(model, args.globals) : {};
    const request = { ...fromInput, ...buildRequest(model, args.words, format) };
    checkRequired(model, new Set(Object.keys(request)));
    if (args.flags.has('--debug')) process.stderr.write(`pskms: calling ${operation} with members ${Object.keys(request).join(', ') || '(none)'}\n`);
    const call = serviceFor(operation, args.globals);
    let response;
    const pagingArgs = ['--starting-token', '--page-size', '--max-items'].filter((o) => args.globals.has(o));
    paginationConflict(args.flags.has('--no-paginate'), pagingArgs);
    // as in the AWS CLI, --limit or --marker turn automatic pagination off
    if (resultKey && !args.flags.has('--no-paginate') && !args.words.has('Limit') && !args.words.has('Marker')) {
      // --page-size becomes each page's Limit, which botocore validates like any member
      if (pageSize !== undefined) validateParameters(model, { Limit: pageSize });
      response = await paginate(resultKey, request, { pageSize, maxItems, startingToken: args.globals.get('--starting-token') }, call);
    } else {
      response = await call(request);
    }
    process.stdout.write(await formatOutput(response, output, args.globals.get('--query'), { operation, color, stdout: process.stdout }));
    return 0;
  } catch (e) {
    if (e instanceof QueryError) return fail(EXIT_USAGE, `\n${e.message}\n`);
    if (e instanceof UnknownOptionsError) return fail(EXIT_USAGE, `\n${USAGE}\n${e.message}\n\n`);
    if (e instanceof UsageError) return fail(EXIT_USAGE, `\n${USAGE}\npskms: error: ${e.message}\n\n`);
    if (e instanceof ParamError) return fail(EXIT_USAGE, `\n${e.message}\n`);
    if (e instanceof KmsError) return fail(EXIT_SERVICE_ERROR, `\nAn error occurred (${e.type}) when calling the ${operation} operation: ${e.message}\n`);
    if (e instanceof GeneralError) return fail(EXIT_GENERAL_ERROR, `\n${e.message}\n`);
    if (e instanceof ConfigurationError) return fail(EXIT_CONFIGURATION_ERROR, `\n${e.message}\n`);
    const failure = remoteFailureMessage(e, globals);
    if (failure) return fail(failure[0], `\n${failure[1]}\n`);
    throw e;
  }
}

/** A call that never reached KMS, as the AWS CLI words it, with its exit code. */
function remoteFailureMessage(e: unknown, globals: ReadonlyMap<string, string> | undefined): [number, string] | undefined {
  if (!(e instanceof RemoteFailure)) return undefined;
  if (e.kind === 'no-credentials') return [EXIT_CONFIGURATION_ERROR, 'Unable to locate credentials. You can configure credentials by running "aws configure".'];
  if (e.kind === 'bad-endpoint') {
    return [EXIT_GENERAL_ERROR, `Bad value for --endpoint-url "${globals?.get('--endpoint-url') ?? e.url}": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/`];
  }
  return [EXIT_GENERAL_ERROR, `Could not connect to the endpoint URL: "${e.url}"`];
}

/** An AWS CLI configuration problem (no region for a remote endpoint): exit 253. */
class ConfigurationError extends Error {}

/**
 * The local engine, or — with --endpoint-url, AWS_ENDPOINT_URL_KMS, or PSKMS_BACKEND=aws for AWS
 * itself — a real KMS endpoint through the AWS SDK, with the region and credentials the AWS CLI would use.
 */
function serviceFor(operation: OperationName, globals: Map<string, string>): (request: Record<string, unknown>) => Promise<KmsResponse> {
  const options = { endpointUrl: globals.get('--endpoint-url'), region: globals.get('--region'), profile: globals.get('--profile') };
  if (!awsCliEndpoint(options, process.env) && process.env.PSKMS_BACKEND !== 'aws') {
    const service = localFor(options);
    return (request) => service(operation, request);
  }
  let target;
  try {
    target = awsCliTarget(options, process.env);
  } catch (e) {
    if (!(e instanceof ResolutionError)) throw e;
    throw e.message === CLI_NO_REGION ? new ConfigurationError(e.message) : new GeneralError(e.message);
  }
  const service = remoteKms(target);
  return (request) => service(operation, request);
}

/** The local engine in the region the AWS CLI would use; a missing profile or a bad region is a general error. */
function localFor(options: { endpointUrl?: string; region?: string; profile?: string }): KmsService {
  try {
    return localKms(awsCliLocalRegion(options, process.env));
  } catch (e) {
    throw new GeneralError((e as Error).message);
  }
}
