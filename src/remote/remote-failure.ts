// Kept apart from remote-kms.ts (which brings in the AWS SDK), so that the front ends can tell
// this failure apart without loading the SDK.

/**
 * A call that never reached KMS: no credentials, an endpoint that is not a URL, or one that
 * cannot be reached. Each front end words it as the client it imitates does.
 */
export class RemoteFailure extends Error {
  constructor(
    readonly kind: 'no-credentials' | 'bad-endpoint' | 'connect',
    /** the URL the request went to, for 'connect' */
    readonly url: string,
    /** host:port, for 'connect' */
    readonly address: string,
  ) {
    super(kind);
  }
}
