// What an operation handler is: a request in AWS's member names (blobs as Uint8Array, maps as
// records), scoped by a RequestContext, answered by a response in AWS's member names.
import type { RequestContext } from './context.js';

export type KmsRequest = Readonly<Record<string, unknown>>;
export type KmsResponse = Record<string, unknown>;
export type OperationHandler = (ctx: RequestContext, request: any) => Promise<KmsResponse>;

/** Drops members whose value is undefined, so responses carry only what AWS returns. */
export function compact(response: Record<string, unknown>): KmsResponse {
  return Object.fromEntries(Object.entries(response).filter(([, v]) => v !== undefined));
}
