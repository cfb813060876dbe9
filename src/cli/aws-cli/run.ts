// The AWS-CLI dialect: `pskms kms <operation> --options`, as `aws kms` behaves — JSON or text
// on stdout; a service error on stderr with exit 254; a usage or parameter error with exit 252.
import { createContext, invoke, KmsError, OPERATIONS, type OperationName } from '../../engine/index.js';
import { isOperationName } from '../../engine/model.js';
import { kebab, parseArguments } from './arguments.js';
import { formatOutput } from './output.js';
import { ParamError, UsageError } from './values.js';

export const EXIT_USAGE = 252;
export const EXIT_SERVICE_ERROR = 254;

const USAGE = `usage: pskms kms <operation> [--option value ...]
To see help text, you can run:

  pskms kms help
  pskms kms <operation> help
`;

function operationFor(word: string): OperationName | undefined {
  return (Object.keys(OPERATIONS) as OperationName[]).find((op) => kebab(op) === word);
}

function operationList(): string {
  return (Object.keys(OPERATIONS) as OperationName[]).map((op) => `  ${kebab(op)}`).sort().join('\n');
}

function operationHelp(operation: OperationName): string {
  const model = OPERATIONS[operation];
  const lines = Object.entries(model.input).map(([member, shape]) => {
    const opt = `--${kebab(member)}`;
    const value = shape.type === 'boolean' ? `| --no-${kebab(member)}` : shape.type === 'string' && shape.enum ? `<${shape.enum.join('|')}>` : `<${shape.type}>`;
    return `  ${model.required.includes(member) ? opt : `[${opt}]`} ${value}`;
  });
  return `${kebab(operation)} (KMS ${operation})\n\n${lines.join('\n')}\n  [--region <region>] [--output json|text] [--cli-binary-format base64|raw-in-base64-out]\n`;
}

function usageError(message: string): number {
  process.stderr.write(`${USAGE}\npskms: error: ${message}\n`);
  return EXIT_USAGE;
}

export async function runAwsCli(argv: string[]): Promise<number> {
  const [word, ...rest] = argv;
  if (word === undefined || word === 'help') {
    process.stdout.write(`${USAGE}\nOperations:\n${operationList()}\n`);
    return word === undefined ? EXIT_USAGE : 0;
  }
  const operation = isOperationName(word) ? word : operationFor(word);
  if (!operation) {
    return usageError(`argument operation: Invalid choice, valid choices are:\n\n${operationList()}`);
  }
  if (rest[0] === 'help') {
    process.stdout.write(operationHelp(operation));
    return 0;
  }
  let parsed;
  try {
    parsed = parseArguments(OPERATIONS[operation], rest);
  } catch (e) {
    if (e instanceof UsageError) return e.cause === 'unknown' ? unknownOptions(e.message) : usageError(e.message);
    if (e instanceof ParamError) {
      process.stderr.write(`\n${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  try {
    const ctx = createContext({ region: parsed.globals.region });
    const response = await invoke(ctx, operation, parsed.request);
    process.stdout.write(formatOutput(response, parsed.globals.output));
    return 0;
  } catch (e) {
    if (e instanceof KmsError) {
      process.stderr.write(`\nAn error occurred (${e.type}) when calling the ${operation} operation: ${e.message}\n`);
      return EXIT_SERVICE_ERROR;
    }
    if (e instanceof Error && /PSKMS_ACCOUNT_ID|region name/.test(e.message)) {
      process.stderr.write(`\n${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

function unknownOptions(message: string): number {
  process.stderr.write(`${USAGE}\n${message}\n`);
  return EXIT_USAGE;
}
