// Where a remote call goes and as whom: the endpoint, region and credentials, resolved in the
// order of the client being imitated — AWS.Tools for the cmdlets, the AWS CLI for `pskms kms` —
// and failing with that client's message.
import type { RemoteOptions } from './remote-kms.js';
import { canMakeCredentials, configuredEndpoint, readProfiles, staticCredentials, type StaticCredentials } from './shared-config.js';

/** A region or credentials that cannot be resolved; the message is the imitated client's. */
export class ResolutionError extends Error {}

/** AWS.Tools' common parameters, plus the shell defaults (Set-DefaultAWSRegion, Set-AWSCredential) the module passes on. */
export interface AwsToolsCommon {
  Region?: string;
  EndpointUrl?: string;
  ProfileName?: string;
  ProfileLocation?: string;
  AccessKey?: string;
  SecretKey?: string;
  SessionToken?: string;
  /** $StoredAWSRegion */
  ShellRegion?: string;
  /** $StoredAWSCredentials, as keys */
  ShellCredentials?: StaticCredentials;
}

/** AWS.Tools' legacy profile, still consulted after `default`. */
const LEGACY_DEFAULT_PROFILE = 'AWS PS Default';

export const NO_CREDENTIALS = 'No credentials specified or obtained from persisted/shell defaults.';
export const NO_REGION = 'No region specified or obtained from persisted/shell defaults.';
const PROFILE_LOCATION_KEYS_ONLY = 'With -ProfileLocation, pskms can use only a profile with aws_access_key_id and aws_secret_access_key.';
export const BAD_REGION_TYPE = 'Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance';

/** The endpoint a cmdlet call goes to, or undefined for the local engine. */
export function awsToolsEndpoint(common: AwsToolsCommon, env: NodeJS.ProcessEnv): string | undefined {
  return common.EndpointUrl || configuredEndpoint(env);
}

type Profiles = () => ReturnType<typeof readProfiles>;

/** The shared config files, read at most once however often one resolution asks. */
function profilesOnce(env: NodeJS.ProcessEnv, location?: string): Profiles {
  let profiles: ReturnType<typeof readProfiles> | undefined;
  return () => (profiles ??= readProfiles(env, location));
}

/** An access key pair, with its session token if there is one. */
function keyPair(accessKeyId: string, secretAccessKey: string, sessionToken?: string): StaticCredentials {
  return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}

/** AWS.Tools' TryGetCredentials order: keys, -ProfileName (no fallback if missing), shell, environment, default profiles, then the instance. */
function awsToolsCredentials(common: AwsToolsCommon, env: NodeJS.ProcessEnv, profiles: Profiles): Pick<RemoteOptions, 'credentials' | 'profile'> {
  if (common.AccessKey && common.SecretKey) return { credentials: keyPair(common.AccessKey, common.SecretKey, common.SessionToken) };
  if (common.ProfileName) {
    const profile = profiles().get(common.ProfileName);
    if (!canMakeCredentials(profile)) throw new ResolutionError(NO_CREDENTIALS);
    // the SDK finds role, SSO and process profiles only in the default files, so one from another file cannot be used
    if (common.ProfileLocation && !staticCredentials(profile)) throw new ResolutionError(`${NO_CREDENTIALS} ${PROFILE_LOCATION_KEYS_ONLY}`);
    return fromProfile(common.ProfileName, profile!);
  }
  if (common.ShellCredentials) return { credentials: common.ShellCredentials };
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return { credentials: keyPair(env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN) };
  for (const name of ['default', LEGACY_DEFAULT_PROFILE]) {
    const profile = profiles().get(name);
    if (canMakeCredentials(profile)) return fromProfile(name, profile!);
  }
  // container or instance credentials: the SDK's chain finds them, or fails at call time
  return {};
}

/** A profile's own keys, or its name for the SDK to assume a role, use SSO or run a credential process. */
function fromProfile(name: string, profile: Parameters<typeof staticCredentials>[0]): Pick<RemoteOptions, 'credentials' | 'profile'> {
  const credentials = staticCredentials(profile);
  return credentials ? { credentials } : { profile: name };
}

/** AWS.Tools' TryGetRegion order: -Region, the shell default, the default profiles' region, then AWS_REGION. */
export function awsToolsRegion(common: AwsToolsCommon, env: NodeJS.ProcessEnv, profiles = profilesOnce(env, common.ProfileLocation)): string | undefined {
  if (common.Region !== undefined) {
    if (common.Region === '') throw new ResolutionError(BAD_REGION_TYPE);
    return common.Region;
  }
  if (common.ShellRegion) return common.ShellRegion;
  return profiles().get('default')?.region || profiles().get(LEGACY_DEFAULT_PROFILE)?.region || env.AWS_REGION || undefined;
}

/** The region of a local cmdlet call: AWS.Tools' order, then AWS_DEFAULT_REGION; undefined leaves the engine's default. */
export function awsToolsLocalRegion(common: AwsToolsCommon, env: NodeJS.ProcessEnv): string | undefined {
  return awsToolsRegion(common, env) || env.AWS_DEFAULT_REGION || undefined;
}

/** The remote target of a cmdlet call; credentials are resolved before the region, as AWS.Tools does. */
export function awsToolsTarget(common: AwsToolsCommon, env: NodeJS.ProcessEnv): RemoteOptions {
  const profiles = profilesOnce(env, common.ProfileLocation);
  const credentials = awsToolsCredentials(common, env, profiles);
  const region = awsToolsRegion(common, env, profiles);
  if (!region) throw new ResolutionError(NO_REGION);
  return { endpoint: awsToolsEndpoint(common, env), region, ...credentials };
}

/** The AWS CLI's options that choose the target. */
export interface AwsCliGlobals {
  endpointUrl?: string;
  region?: string;
  profile?: string;
}

export const CLI_NO_REGION = 'You must specify a region. You can also configure your region by running "aws configure".';

/** The endpoint a `pskms kms` call goes to, or undefined for the local engine. */
export function awsCliEndpoint(globals: AwsCliGlobals, env: NodeJS.ProcessEnv): string | undefined {
  return globals.endpointUrl || configuredEndpoint(env);
}

/** A named profile that neither shared file has fails local calls too, as it fails the AWS CLI's. */
function requireProfile(globals: AwsCliGlobals, env: NodeJS.ProcessEnv, profiles: Profiles): void {
  const profileName = globals.profile || env.AWS_PROFILE;
  if (profileName && !profiles().has(profileName)) throw new ResolutionError(`The config profile (${profileName}) could not be found`);
}

/** The region of a local `pskms kms` call (undefined: the engine's default), the named profile checked; the shared files read once. */
export function awsCliLocalRegion(globals: AwsCliGlobals, env: NodeJS.ProcessEnv): string | undefined {
  const profiles = profilesOnce(env);
  requireProfile(globals, env, profiles);
  return awsCliRegion(globals, env, profiles);
}

/** The AWS CLI's region order: --region, AWS_REGION, AWS_DEFAULT_REGION, then the profile's region. */
function awsCliRegion(globals: AwsCliGlobals, env: NodeJS.ProcessEnv, profiles: Profiles): string | undefined {
  return globals.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || profiles().get(globals.profile || env.AWS_PROFILE || 'default')?.region || undefined;
}

/**
 * The remote target of a `pskms kms` call. The profile must exist if named. As botocore does,
 * only an explicit --profile sets the environment's keys aside; with AWS_PROFILE they still win.
 */
export function awsCliTarget(globals: AwsCliGlobals, env: NodeJS.ProcessEnv): RemoteOptions {
  const profileName = globals.profile || env.AWS_PROFILE;
  const profiles = profilesOnce(env);
  requireProfile(globals, env, profiles);
  const region = awsCliRegion(globals, env, profiles);
  if (!region) throw new ResolutionError(CLI_NO_REGION);
  const envKeys = !globals.profile && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
    ? { credentials: keyPair(env.AWS_ACCESS_KEY_ID, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN) }
    : undefined;
  return { endpoint: awsCliEndpoint(globals, env), region, ...(envKeys ?? (profileName ? { profile: profileName } : {})) };
}
