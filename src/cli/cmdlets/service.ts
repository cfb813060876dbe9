// The service behind a cmdlet call: the local engine, or — with -EndpointUrl, or
// PSKMS_BACKEND=aws for AWS itself — a real KMS endpoint, with AWS.Tools' common parameters
// for the region and the credentials.
import { createContext, invoke } from '../../engine/index.js';
import { CmdletError } from '../../binding/error-records.js';
import type { Service } from '../../binding/invoke-cmdlet.js';

/** AWS.Tools' common parameters, as bound. */
export interface CommonParameters {
  Region?: string;
  EndpointUrl?: string;
  ProfileName?: string;
  AccessKey?: string;
  SecretKey?: string;
  SessionToken?: string;
}

export const COMMON_PARAMETER_ALIASES: Readonly<Record<keyof CommonParameters, readonly string[]>> = {
  Region: ['RegionToCall'],
  EndpointUrl: [],
  ProfileName: ['StoredCredentials', 'AWSProfileName'],
  AccessKey: ['AK'],
  SecretKey: ['SK', 'SecretAccessKey'],
  SessionToken: ['ST'],
};

function executionError(message: string): CmdletError {
  return new CmdletError(message, 'System.InvalidOperationException', 'InvalidOperationException', 'InvalidOperation');
}

export function serviceFor(common: CommonParameters, env: NodeJS.ProcessEnv = process.env): Service {
  if (!common.EndpointUrl && env.PSKMS_BACKEND !== 'aws') {
    return (operation, request) => invoke(createContext({ region: common.Region }), operation, request);
  }
  // AWS.Tools: -Region, else the shell's and profiles' defaults, else AWS_REGION
  const region = common.Region || env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (!region) throw executionError('No region specified or obtained from persisted/shell defaults.');
  // a key pair is used only whole, as AWS.Tools' credential factory uses it
  const credentials = common.AccessKey && common.SecretKey
    ? { accessKeyId: common.AccessKey, secretAccessKey: common.SecretKey, ...(common.SessionToken ? { sessionToken: common.SessionToken } : {}) }
    : undefined;
  return async (operation, request) => {
    const { remoteCall } = await import('../../remote/remote-kms.js');
    try {
      return await remoteCall({ endpoint: common.EndpointUrl || undefined, region, profile: credentials ? undefined : common.ProfileName, credentials }, operation, request);
    } catch (e) {
      if ((e as Error).name === 'CredentialsProviderError') throw executionError('No credentials specified or obtained from persisted/shell defaults.');
      throw e;
    }
  };
}
