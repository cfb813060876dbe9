// pskms serve: the KMS wire protocol (awsJson1.1) over HTTP, on the same store the CLI uses.
// POST / with X-Amz-Target: TrentService.<Operation>; the region comes from the SigV4
// credential scope (else the server's default), the account from the access key's entry in
// an access-key → account map (--accounts FILE or PSKMS_ACCOUNT_MAP), else PSKMS_ACCOUNT_ID.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { REGION_NAME } from '../engine/context.js';
import { createContext, invoke, KmsError, OPERATIONS, type RequestContext } from '../engine/index.js';
import { isOperationName } from '../engine/model.js';
import { errorBody, kmsErrorBody, requestFromJson, responseToJson, SerializationError } from '../protocol/aws-json.js';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface ServeOptions {
  host: string;
  port: number;
  region?: string;
  /** access key id → 12-digit account; when set, only these access keys are served */
  accounts?: ReadonlyMap<string, string>;
  log?: (line: string) => void;
}

/** The access key of a SigV4 Authorization header. */
export function accessKeyOfAuthorization(header: string | undefined): string | undefined {
  return header ? /Credential=([^/,\s]+)\//.exec(header)?.[1] : undefined;
}

/** A JSON file {"<access key id>": "<account id>", …}. */
export function readAccountMap(path: string): Map<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${path}: expected a JSON object of access key id → account id`);
  const map = new Map<string, string>();
  for (const [key, account] of Object.entries(parsed)) {
    if (typeof account !== 'string' || !/^\d{12}$/.test(account)) throw new Error(`${path}: the account of ${key} must be 12 digits`);
    map.set(key, account);
  }
  return map;
}

/** An unsigned or unknown caller, refused as AWS refuses it. */
class CallerError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

function accountOf(req: IncomingMessage, options: ServeOptions): string | undefined {
  if (!options.accounts) return undefined;
  const accessKey = accessKeyOfAuthorization(req.headers.authorization);
  if (!accessKey) throw new CallerError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const account = options.accounts.get(accessKey);
  if (!account) throw new CallerError('UnrecognizedClientException', 'The security token included in the request is invalid.');
  return account;
}

/** The region of a SigV4 Authorization header: Credential=<key>/<date>/<region>/kms/aws4_request. */
export function regionOfAuthorization(header: string | undefined): string | undefined {
  return header ? /Credential=[^/,]+\/\d{8}\/([^/,]+)\/kms\/aws4_request/.exec(header)?.[1] : undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // past the limit the rest is read and dropped, so that the refusal can still be answered
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'Content-Type': 'application/x-amz-json-1.1', 'Content-Length': Buffer.byteLength(body), 'x-amzn-RequestId': randomUUID() });
  res.end(body);
}

function contextOf(req: IncomingMessage, options: ServeOptions, accountId: string | undefined): RequestContext {
  // the scope's region was checked on arrival, and the server's own region and account at start
  return createContext({ region: regionOfAuthorization(req.headers.authorization) ?? options.region, accountId });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ServeOptions): Promise<[string, number]> {
  const target = String(req.headers['x-amz-target'] ?? '');
  const operation = target.startsWith('TrentService.') ? target.slice('TrentService.'.length) : '';
  if (req.method !== 'POST' || req.url !== '/') {
    reply(res, 404, errorBody('UnknownOperationException', ''));
    return [operation || '-', 404];
  }
  const scope = regionOfAuthorization(req.headers.authorization);
  if (scope !== undefined && !REGION_NAME.test(scope)) {
    // AWS refuses a signature scoped to something that is not a Region before it reads the call
    reply(res, 400, errorBody('InvalidSignatureException', 'Credential should be scoped to a valid region.'));
    return [operation || '-', 400];
  }
  // AWS authenticates the caller before it reads the call
  let accountId: string | undefined;
  try {
    accountId = accountOf(req, options);
  } catch (e) {
    if (!(e instanceof CallerError)) throw e;
    reply(res, 400, errorBody(e.type, e.message));
    return [operation || '-', 400];
  }
  if (!isOperationName(operation)) {
    reply(res, 400, errorBody('UnknownOperationException', ''));
    return [operation || '-', 400];
  }
  const body = await readBody(req);
  if (body === undefined) {
    reply(res, 413, errorBody('SerializationException', `The request body is larger than ${MAX_BODY_BYTES} bytes.`));
    return [operation, 413];
  }
  try {
    const request = requestFromJson(OPERATIONS[operation], body.length === 0 ? {} : JSON.parse(body.toString('utf8')));
    const ctx = contextOf(req, options, accountId);
    reply(res, 200, responseToJson(await invoke(ctx, operation, request)));
    return [operation, 200];
  } catch (e) {
    if (e instanceof KmsError) {
      reply(res, e.httpStatus, kmsErrorBody(e));
      return [operation, e.httpStatus];
    }
    if (e instanceof SerializationError || e instanceof SyntaxError) {
      reply(res, 400, errorBody('SerializationException', e instanceof SerializationError ? e.message : 'The request body is not JSON.'));
      return [operation, 400];
    }
    reply(res, 500, errorBody('KMSInternalException', 'The request was rejected because an internal exception occurred. The request can be retried.'));
    return [operation, 500];
  }
}

export function serve(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const server = createServer((req, res) => {
    const started = Date.now();
    handle(req, res, options).then(([operation, status]) => {
      // one line per request: never a body, so no key material or plaintext
      log(`${new Date().toISOString()} ${operation} ${status} ${Date.now() - started}ms`);
    }, () => res.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ url: `http://${options.host}:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

export const SERVE_USAGE = 'usage: pskms serve [--host 127.0.0.1] [--port 4599] [--region us-east-1] [--accounts access-keys.json]';

export async function runServe(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help')) {
    process.stdout.write([
      SERVE_USAGE,
      '',
      'Serves the KMS API (awsJson1.1) over HTTP on the store in PSKMS_HOME (~/.pskms), until SIGINT or SIGTERM.',
      '  --host      the address to listen on (127.0.0.1)',
      '  --port      the port (4599); 0 picks a free one. The first line printed names the address.',
      "  --region    the region of a request whose signature names none (else the request's SigV4 scope gives it)",
      '  --accounts  a JSON file mapping access keys to 12-digit account ids ({"AKIA…": "111111111111"}), so one',
      '              server holds many accounts; other access keys get UnrecognizedClientException.',
      '              Also PSKMS_ACCOUNT_MAP. Without it, every request is in PSKMS_ACCOUNT_ID (111122223333).',
      '',
    ].join('\n'));
    return 0;
  }
  const args = new Map<string, string>();
  const usage = (why: string) => {
    process.stderr.write(`${SERVE_USAGE}\npskms serve: ${why}\n`);
    return 252;
  };
  for (let i = 0; i < argv.length; i += 2) {
    const [option, value] = [argv[i], argv[i + 1]];
    if (!['--port', '--host', '--region', '--accounts'].includes(option)) return usage(`unknown option '${option}'`);
    // an option with no value (`--port` alone) must not quietly mean port 0 or host ''
    if (value === undefined || value === '' || value.startsWith('--')) return usage(`${option} needs a value`);
    args.set(option, value);
  }
  const port = Number(args.get('--port') ?? '4599');
  const host = args.get('--host') ?? '127.0.0.1';
  if (!/^\d+$/.test(args.get('--port') ?? '4599') || port > 65535) return usage(`--port takes a port number from 0 to 65535, not '${args.get('--port')}'`);
  const accountsFile = args.get('--accounts') || process.env.PSKMS_ACCOUNT_MAP;
  let accounts: Map<string, string> | undefined;
  try {
    accounts = accountsFile ? readAccountMap(accountsFile) : undefined;
  } catch (e) {
    process.stderr.write(`pskms serve: ${(e as Error).message}\n`);
    return 252;
  }
  try {
    // a bad default region or PSKMS_ACCOUNT_ID is the server's fault: refuse to start, not every request
    createContext({ region: args.get('--region') });
  } catch (e) {
    process.stderr.write(`pskms serve: ${(e as Error).message}\n`);
    return 252;
  }
  let server;
  try {
    server = await serve({ host, port, region: args.get('--region'), ...(accounts ? { accounts } : {}) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') process.stderr.write(`pskms serve: port ${port} on ${host} is already in use; stop what listens there, or choose another with --port\n`);
    else if (code === 'EACCES') process.stderr.write(`pskms serve: not allowed to listen on port ${port} on ${host}; choose a port above 1023 with --port\n`);
    else process.stderr.write(`pskms serve: cannot listen on ${host}:${port} (${code ?? (e as Error).message})\n`);
    return 1;
  }
  process.stdout.write(`pskms serve: listening on ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
