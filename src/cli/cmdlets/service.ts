// The service behind a cmdlet call: the local engine, or — with -EndpointUrl, AWS_ENDPOINT_URL_KMS,
// or PSKMS_BACKEND=aws for AWS itself — a real KMS endpoint, with the region and credentials
// resolved in AWS.Tools' order.
import { localKms, remoteKms } from '../../remote/kms-service.js';
import { RemoteFailure } from '../../remote/remote-failure.js';
import { CmdletError } from '../../binding/error-records.js';
import type { Service } from '../../binding/invoke-cmdlet.js';
import { awsToolsEndpoint, awsToolsLocalRegion, awsToolsTarget, BAD_REGION_TYPE, NO_CREDENTIALS, ResolutionError, type AwsToolsCommon } from '../../remote/resolution.js';

/** AWS.Tools' common parameters as bound, plus the shell defaults the module passes on. */
export type CommonParameters = AwsToolsCommon;

/** The common parameters a user can bind, with their aliases. */
export const COMMON_PARAMETER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  Region: ['RegionToCall'],
  EndpointUrl: [],
  ProfileName: ['StoredCredentials', 'AWSProfileName'],
  ProfileLocation: ['AWSProfilesLocation', 'ProfilesLocation'],
  AccessKey: ['AK'],
  SecretKey: ['SK', 'SecretAccessKey'],
  SessionToken: ['ST'],
};

function executionError(message: string): CmdletError {
  return new CmdletError(message, 'System.InvalidOperationException', 'InvalidOperationException', 'InvalidOperation');
}

function resolutionFailure(e: ResolutionError): CmdletError {
  if (e.message === BAD_REGION_TYPE) return new CmdletError(e.message, 'System.ArgumentException', 'ArgumentException', 'InvalidArgument');
  return executionError(e.message);
}

/** The local engine, with the region AWS.Tools would pick (the engine's default if none). */
function localService(common: CommonParameters, env: NodeJS.ProcessEnv): Service {
  try {
    return localKms(awsToolsLocalRegion(common, env));
  } catch (e) {
    // a region name no AWS region has, or a malformed PSKMS_ACCOUNT_ID
    throw new CmdletError((e as Error).message, 'System.ArgumentException', 'ArgumentException', 'InvalidArgument');
  }
}

export function serviceFor(common: CommonParameters, env: NodeJS.ProcessEnv = process.env): Service {
  const remote = awsToolsEndpoint(common, env) || env.PSKMS_BACKEND === 'aws';
  let target;
  try {
    if (!remote) return localService(common, env);
    target = awsToolsTarget(common, env);
  } catch (e) {
    throw e instanceof ResolutionError ? resolutionFailure(e) : e;
  }
  const endpoint = remoteKms(target);
  return async (operation, request) => {
    try {
      return await endpoint(operation, request);
    } catch (e) {
      if (!(e instanceof RemoteFailure)) throw e;
      // as AWS.Tools reports them: container or instance credentials that are not there, and
      // the .NET SDK's own exceptions for an endpoint that is not a URL or cannot be reached
      if (e.kind === 'no-credentials') throw executionError(NO_CREDENTIALS);
      if (e.kind === 'bad-endpoint') throw new CmdletError('Invalid URI: The format of the URI could not be determined.', 'System.InvalidOperationException', 'System.UriFormatException', 'InvalidOperation');
      throw new CmdletError(`Connection refused (${e.address})`, 'System.InvalidOperationException', 'System.Net.Http.HttpRequestException', 'InvalidOperation');
    }
  };
}
