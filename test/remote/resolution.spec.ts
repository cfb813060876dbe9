// The remote target's endpoint, region and credentials, in AWS.Tools' order for the cmdlets and
// the AWS CLI's order for `pskms kms`, from the shared config files and the environment.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '../helpers/scratch-root.js';
import { awsCliTarget, awsToolsEndpoint, awsToolsTarget, ResolutionError } from '../../src/remote/resolution.js';
import { parseIni, readProfiles } from '../../src/remote/shared-config.js';

function files(credentials: string, config: string): NodeJS.ProcessEnv {
  const dir = scratchDir('aws-');
  writeFileSync(join(dir, 'credentials'), credentials);
  writeFileSync(join(dir, 'config'), config);
  return { AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'), AWS_CONFIG_FILE: join(dir, 'config') };
}

const noFiles = (): NodeJS.ProcessEnv => files('', '');

function failure(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ResolutionError);
    return (e as Error).message;
  }
  throw new Error('expected a ResolutionError');
}

describe('shared config files', () => {
  it('parses sections, comments and sub-settings as the AWS CLI does', () => {
    const ini = parseIni('# c\n[default]\naws_access_key_id = AK\n; c\nregion=eu-west-1\ns3 =\n  max_concurrent_requests = 5\n[profile dev]\nRegion = us-west-2\n');
    expect(ini.get('default')).to.deep.equal({ aws_access_key_id: 'AK', region: 'eu-west-1', s3: '' });
    expect(ini.get('profile dev')).to.deep.equal({ region: 'us-west-2' });
    const commented = parseIni('[default] ; production\nregion = eu-west-1\n[profile dev] # dev\nregion = us-west-2\n');
    expect([commented.get('default')?.region, commented.get('profile dev')?.region]).to.deep.equal(['eu-west-1', 'us-west-2']);
  });

  it('merges `[profile x]` of the config file with `[x]` of the credentials file, credentials winning', () => {
    const env = files('[dev]\naws_access_key_id = A\naws_secret_access_key = S\nregion = ap-south-1\n', '[profile dev]\nregion = us-west-2\noutput = json\n[dev]\nregion = ignored-1\n');
    expect(readProfiles(env).get('dev')).to.deep.equal({ region: 'ap-south-1', output: 'json', aws_access_key_id: 'A', aws_secret_access_key: 'S' });
  });
});

describe("AWS.Tools' credential and region order (cmdlets)", () => {
  const keys = { AccessKey: 'AKPARAM', SecretKey: 'SKPARAM' };

  it('uses -AccessKey/-SecretKey first, only as a pair', () => {
    const env = { ...files('[default]\naws_access_key_id = AKDEF\naws_secret_access_key = SKDEF\n', ''), AWS_REGION: 'us-west-1' };
    expect(awsToolsTarget({ ...keys, SessionToken: 'T' }, env).credentials).to.deep.equal({ accessKeyId: 'AKPARAM', secretAccessKey: 'SKPARAM', sessionToken: 'T' });
    expect(awsToolsTarget({ AccessKey: 'AKPARAM' }, env).credentials?.accessKeyId).to.equal('AKDEF');
  });

  it('fails at once for a -ProfileName that is not there, without falling back', () => {
    const env = { ...files('[default]\naws_access_key_id = AKDEF\naws_secret_access_key = SKDEF\n', ''), AWS_REGION: 'us-west-1', AWS_ACCESS_KEY_ID: 'AKENV', AWS_SECRET_ACCESS_KEY: 'SKENV' };
    expect(failure(() => awsToolsTarget({ ProfileName: 'missing' }, env))).to.equal('No credentials specified or obtained from persisted/shell defaults.');
  });

  it('takes a named profile\'s keys, or hands a role/SSO profile to the SDK by name', () => {
    const env = { ...files('[ci]\naws_access_key_id = AKCI\naws_secret_access_key = SKCI\n', '[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = ci\n'), AWS_REGION: 'us-west-1' };
    expect(awsToolsTarget({ ProfileName: 'ci' }, env).credentials?.accessKeyId).to.equal('AKCI');
    const role = awsToolsTarget({ ProfileName: 'role' }, env);
    expect(role.profile).to.equal('role');
    expect(role.credentials).to.equal(undefined);
  });

  it('refuses a role or SSO profile from a -ProfileLocation file, which the SDK would look up elsewhere', () => {
    const other = join(scratchDir('aws-'), 'creds');
    writeFileSync(other, '[role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n');
    expect(failure(() => awsToolsTarget({ ProfileName: 'role', ProfileLocation: other }, { ...noFiles(), AWS_REGION: 'us-west-1' }))).to.match(/^No credentials specified or obtained from persisted\/shell defaults\. With -ProfileLocation/);
  });

  it('reads only the -ProfileLocation file when one is given', () => {
    const env = { ...files('[ci]\naws_access_key_id = AKCI\naws_secret_access_key = SKCI\n', ''), AWS_REGION: 'us-west-1' };
    const other = join(scratchDir('aws-'), 'creds');
    writeFileSync(other, '[ci]\naws_access_key_id = AKOTHER\naws_secret_access_key = SKOTHER\n');
    expect(awsToolsTarget({ ProfileName: 'ci', ProfileLocation: other }, env).credentials?.accessKeyId).to.equal('AKOTHER');
  });

  it('then the shell credentials, then the environment, then the default profile, then "AWS PS Default"', () => {
    const both = files('[default]\naws_access_key_id = AKDEF\naws_secret_access_key = SKDEF\n[AWS PS Default]\naws_access_key_id = AKLEGACY\naws_secret_access_key = SKLEGACY\n', '');
    const env = { ...both, AWS_REGION: 'us-west-1', AWS_ACCESS_KEY_ID: 'AKENV', AWS_SECRET_ACCESS_KEY: 'SKENV' };
    const shell = { accessKeyId: 'AKSHELL', secretAccessKey: 'SKSHELL' };
    expect(awsToolsTarget({ ShellCredentials: shell }, env).credentials?.accessKeyId).to.equal('AKSHELL');
    expect(awsToolsTarget({}, env).credentials?.accessKeyId).to.equal('AKENV');
    expect(awsToolsTarget({}, { ...both, AWS_REGION: 'us-west-1' }).credentials?.accessKeyId).to.equal('AKDEF');
    const legacyOnly = files('[AWS PS Default]\naws_access_key_id = AKLEGACY\naws_secret_access_key = SKLEGACY\n', '');
    expect(awsToolsTarget({}, { ...legacyOnly, AWS_REGION: 'us-west-1' }).credentials?.accessKeyId).to.equal('AKLEGACY');
    // nothing configured: left to the SDK's container/instance providers
    expect(awsToolsTarget({}, { ...noFiles(), AWS_REGION: 'us-west-1' })).to.deep.include({ region: 'us-west-1' }).and.not.have.property('credentials');
  });

  it('takes the region from -Region, the shell, the default profile (before AWS_REGION), then AWS_REGION', () => {
    const env = { ...files('', '[default]\nregion = eu-central-1\n'), AWS_REGION: 'us-west-1', AWS_DEFAULT_REGION: 'ca-central-1' };
    expect(awsToolsTarget({ ...keys, Region: 'ap-east-1', ShellRegion: 'sa-east-1' }, env).region).to.equal('ap-east-1');
    expect(awsToolsTarget({ ...keys, ShellRegion: 'sa-east-1' }, env).region).to.equal('sa-east-1');
    expect(awsToolsTarget(keys, env).region).to.equal('eu-central-1');
    expect(awsToolsTarget(keys, { ...noFiles(), AWS_REGION: 'us-west-1', AWS_DEFAULT_REGION: 'ca-central-1' }).region).to.equal('us-west-1');
  });

  it("fails with AWS.Tools' messages: no region (AWS_DEFAULT_REGION is not read), an empty -Region, credentials before region", () => {
    expect(failure(() => awsToolsTarget(keys, { ...noFiles(), AWS_DEFAULT_REGION: 'ca-central-1' }))).to.equal('No region specified or obtained from persisted/shell defaults.');
    expect(failure(() => awsToolsTarget({ ...keys, Region: '' }, noFiles()))).to.equal('Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance');
    expect(failure(() => awsToolsTarget({ ProfileName: 'nope' }, noFiles()))).to.equal('No credentials specified or obtained from persisted/shell defaults.');
  });

  it('goes to -EndpointUrl, else AWS_ENDPOINT_URL_KMS, else AWS_ENDPOINT_URL, unless configured endpoints are ignored', () => {
    const env = { AWS_ENDPOINT_URL_KMS: 'http://kms.local', AWS_ENDPOINT_URL: 'http://all.local' };
    expect(awsToolsEndpoint({ EndpointUrl: 'http://param.local' }, env)).to.equal('http://param.local');
    expect(awsToolsEndpoint({}, env)).to.equal('http://kms.local');
    expect(awsToolsEndpoint({}, { AWS_ENDPOINT_URL: 'http://all.local' })).to.equal('http://all.local');
    expect(awsToolsEndpoint({}, { ...env, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' })).to.equal(undefined);
    expect(awsToolsEndpoint({ EndpointUrl: '' }, {})).to.equal(undefined);
  });
});

describe("the AWS CLI's region and profile order (pskms kms)", () => {
  it('takes --region, AWS_REGION, AWS_DEFAULT_REGION, then the profile\'s region', () => {
    const env = files('', '[default]\nregion = eu-central-1\n[profile dev]\nregion = us-west-2\n');
    expect(awsCliTarget({ region: 'ap-east-1' }, { ...env, AWS_REGION: 'us-west-1' }).region).to.equal('ap-east-1');
    expect(awsCliTarget({}, { ...env, AWS_REGION: 'us-west-1', AWS_DEFAULT_REGION: 'ca-central-1' }).region).to.equal('us-west-1');
    expect(awsCliTarget({}, { ...env, AWS_DEFAULT_REGION: 'ca-central-1' }).region).to.equal('ca-central-1');
    expect(awsCliTarget({}, env).region).to.equal('eu-central-1');
    expect(awsCliTarget({ profile: 'dev' }, env)).to.deep.include({ region: 'us-west-2', profile: 'dev' });
    expect(awsCliTarget({}, { ...env, AWS_PROFILE: 'dev' }).region).to.equal('us-west-2');
  });

  it('lets the environment\'s keys win over AWS_PROFILE, but not over --profile, as botocore does', () => {
    const env = { ...files('[dev]\naws_access_key_id = AKDEV\naws_secret_access_key = SKDEV\n', '[profile dev]\nregion = us-west-2\n'), AWS_ACCESS_KEY_ID: 'AKENV', AWS_SECRET_ACCESS_KEY: 'SKENV' };
    expect(awsCliTarget({}, { ...env, AWS_PROFILE: 'dev' })).to.deep.include({ region: 'us-west-2', credentials: { accessKeyId: 'AKENV', secretAccessKey: 'SKENV' } });
    const explicit = awsCliTarget({ profile: 'dev' }, env);
    expect([explicit.profile, explicit.credentials]).to.deep.equal(['dev', undefined]);
  });

  it('fails for a profile that is not there, and with no region at all', () => {
    expect(failure(() => awsCliTarget({ profile: 'nope' }, noFiles()))).to.equal('The config profile (nope) could not be found');
    expect(failure(() => awsCliTarget({}, noFiles()))).to.equal('You must specify a region. You can also configure your region by running "aws configure".');
  });
});
