// The AWS shared credentials and config files (~/.aws/credentials, ~/.aws/config), read as the
// AWS CLI and AWS.Tools read them: profiles by name, `[profile x]` sections in the config file,
// the credentials file winning where both name a setting. Read only on the remote path.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type Profile = Readonly<Record<string, string>>;

/** `key = value` settings per section; lines starting with # or ; are comments; indented lines are sub-settings and are skipped. */
export function parseIni(text: string): Map<string, Record<string, string>> {
  const sections = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*([#;]|$)/.test(raw)) continue;
    // a header may carry a comment after it, as Python's configparser allows
    const header = /^\s*\[\s*([^\]]+?)\s*\]/.exec(raw);
    if (header) {
      current = sections.get(header[1]) ?? {};
      sections.set(header[1], current);
      continue;
    }
    if (!current || /^\s/.test(raw)) continue;
    const setting = /^([^=]+?)\s*=\s*(.*?)\s*$/.exec(raw);
    if (setting) current[setting[1].toLowerCase()] = setting[2];
  }
  return sections;
}

function readIni(path: string): Map<string, Record<string, string>> {
  try {
    return parseIni(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
}

export function credentialsFilePath(env: NodeJS.ProcessEnv): string {
  return env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials');
}

export function configFilePath(env: NodeJS.ProcessEnv): string {
  return env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config');
}

/** Every profile of both files, or of one credentials-format file when a location is given (AWS.Tools' -ProfileLocation). */
export function readProfiles(env: NodeJS.ProcessEnv, location?: string): Map<string, Profile> {
  if (location) return readIni(location);
  const profiles = new Map<string, Profile>();
  for (const [section, settings] of readIni(configFilePath(env))) {
    const name = section === 'default' ? 'default' : /^profile\s+(.+)$/.exec(section)?.[1];
    if (name) profiles.set(name, settings);
  }
  for (const [name, settings] of readIni(credentialsFilePath(env))) profiles.set(name, { ...profiles.get(name), ...settings });
  return profiles;
}

export interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** The profile's own key pair, if it has one. */
export function staticCredentials(profile: Profile | undefined): StaticCredentials | undefined {
  if (!profile?.aws_access_key_id || !profile.aws_secret_access_key) return undefined;
  return { accessKeyId: profile.aws_access_key_id, secretAccessKey: profile.aws_secret_access_key, ...(profile.aws_session_token ? { sessionToken: profile.aws_session_token } : {}) };
}

/** A profile the SDK can make credentials from: keys, a role to assume, SSO, or a credential process. */
export function canMakeCredentials(profile: Profile | undefined): boolean {
  if (!profile) return false;
  return Boolean(staticCredentials(profile) || profile.role_arn || profile.sso_session || profile.sso_start_url || profile.credential_process);
}

/**
 * The KMS endpoint configured outside the command line, as the AWS SDKs and CLI read it:
 * AWS_ENDPOINT_URL_KMS, then AWS_ENDPOINT_URL, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true.
 */
export function configuredEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true') return undefined;
  return env.AWS_ENDPOINT_URL_KMS || env.AWS_ENDPOINT_URL || undefined;
}
