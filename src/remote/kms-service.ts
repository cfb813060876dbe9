// The KMS a front end calls: the local engine in one Region, or a KMS endpoint (pskms serve,
// another emulator, AWS). Each front end decides which by its own tool's rules (the AWS CLI's,
// AWS.Tools') and words the failures as that tool does; the two ways of calling live here once.
import { createContext, invoke } from '../engine/index.js';
import type { OperationName } from '../engine/model.js';
import type { KmsResponse } from '../engine/operation.js';
import type { RemoteOptions } from './remote-kms.js';

export type KmsService = (operation: OperationName, request: Record<string, unknown>) => Promise<KmsResponse>;

/** The local engine; throws (before any call) when the Region or PSKMS_ACCOUNT_ID is malformed. */
export function localKms(region: string | undefined): KmsService {
  const ctx = createContext({ region });
  return (operation, request) => invoke(ctx, operation, request);
}

/** A KMS endpoint through the AWS SDK, loaded only once a call goes there. */
export function remoteKms(target: RemoteOptions): KmsService {
  return async (operation, request) => (await import('./remote-kms.js')).remoteCall(target, operation, request);
}
