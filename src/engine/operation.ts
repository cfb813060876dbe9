// Requests and responses in AWS's member names (blobs as Uint8Array, maps as records). A
// handler's own request type is derived from the model (model.ts RequestOf; index.ts checks
// every handler against it).

export type KmsRequest = Readonly<Record<string, unknown>>;
export type KmsResponse = Record<string, unknown>;

/** Drops members whose value is undefined, so responses carry only what AWS returns. */
export function compact(response: Record<string, unknown>): KmsResponse {
  return Object.fromEntries(Object.entries(response).filter(([, v]) => v !== undefined));
}
