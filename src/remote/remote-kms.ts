// A real KMS endpoint as the service behind the cmdlets and `pskms kms`: pskms serve, another
// emulator, or AWS itself, through @aws-sdk/client-kms. Loaded only when a remote endpoint is
// asked for, so the local path's start-up does not pay for the SDK. Responses come back in the
// engine's shapes (Uint8Array blobs, Date timestamps), so every front end shapes them as before.
import { ERROR_STATUS, KmsError, type KmsErrorType } from '../engine/errors.js';
import { RemoteFailure } from './remote-failure.js';
import type { OperationName } from '../engine/model.js';
import type { KmsResponse } from '../engine/operation.js';
import { OUTPUTS, STRUCTURES, type OutputShape, type StructureName } from '../engine/output-model.js';

export interface RemoteOptions {
  /** the endpoint URL; undefined: AWS's own endpoint for the region */
  endpoint?: string;
  region: string;
  profile?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'EPIPE']);

/** The request URL the SDK sends to: the endpoint with a path of at least '/'. */
function requestUrl(endpoint: string | undefined, region: string): URL {
  return new URL(endpoint ?? `https://kms.${region}.amazonaws.com/`);
}

function asRemoteFailure(e: unknown, options: RemoteOptions): RemoteFailure | undefined {
  const err = e as { name?: string; code?: string; cause?: { code?: string } };
  if (err?.name === 'CredentialsProviderError') return new RemoteFailure('no-credentials', '', '');
  if (err?.code === 'ERR_INVALID_URL') return new RemoteFailure('bad-endpoint', options.endpoint ?? '', '');
  const code = err?.code ?? err?.cause?.code;
  if ((code && NETWORK_ERRORS.has(code)) || err?.name === 'TimeoutError') {
    const url = requestUrl(options.endpoint, options.region);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return new RemoteFailure('connect', url.href, `${url.hostname}:${port}`);
  }
  return undefined;
}

/** An SDK error as the KMS exception it names (types pskms does not model keep their name as a message prefix). */
function asKmsError(e: unknown): unknown {
  const err = e as { name?: string; message?: string; $metadata?: unknown };
  if (!err || typeof err.name !== 'string' || err.$metadata === undefined) return e;
  // the JS SDK says UnknownError where the error body has no message (InvalidCiphertextException's has none)
  const message = err.message === 'UnknownError' ? '' : err.message ?? '';
  if (Object.hasOwn(ERROR_STATUS, err.name)) return new KmsError(err.name as KmsErrorType, message);
  return new KmsError('KMSInternalException', `${err.name}: ${message}`);
}

/** The SDK's members in the order of AWS's model (the SDK keeps the wire order). */
function inModelOrder(shape: OutputShape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof shape === 'object') return (value as unknown[]).map((v) => inModelOrder(shape.list, v));
  if (!(shape in STRUCTURES)) return value;
  return structure(STRUCTURES[shape as StructureName] as Record<string, OutputShape>, value as Record<string, unknown>);
}

function structure(members: Record<string, OutputShape>, value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(members).map(([k, s]) => [k, inModelOrder(s, value[k])]).filter(([, v]) => v !== undefined));
}

export async function remoteCall(options: RemoteOptions, operation: OperationName, request: Record<string, unknown>): Promise<KmsResponse> {
  // the SDK warns on every process about Node 20; pskms supports Node 20 on purpose
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  if (options.endpoint !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(options.endpoint);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new RemoteFailure('bad-endpoint', options.endpoint, '');
  }
  const sdk = (await import('@aws-sdk/client-kms')) as unknown as Record<string, new (input: unknown) => unknown> & { KMSClient: new (config: object) => { send(command: unknown): Promise<Record<string, unknown>>; destroy(): void } };
  const client = new sdk.KMSClient({
    region: options.region,
    maxAttempts: 1,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  try {
    const { $metadata: _metadata, ...response } = await client.send(new sdk[`${operation}Command`](request));
    return structure(OUTPUTS[operation] as Record<string, OutputShape>, response);
  } catch (e) {
    throw asRemoteFailure(e, options) ?? asKmsError(e);
  } finally {
    client.destroy();
  }
}
