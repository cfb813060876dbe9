// The same operations against a remote KMS endpoint (pskms serve here): through the AWS SDK
// directly, through `pskms kms --endpoint-url`, and through the cmdlets' -EndpointUrl — each
// giving what the local engine gives.
import { expect } from 'chai';
import { KMSClient, CreateKeyCommand, DescribeKeyCommand, EncryptCommand, DecryptCommand, SignCommand, VerifyCommand, DisableKeyCommand, GenerateDataKeyPairCommand, DeriveSharedSecretCommand, GetPublicKeyCommand } from '@aws-sdk/client-kms';
import { generateKeyPairSync } from 'node:crypto';
import { pskms } from '../helpers/cli.js';
import { startServe, type RunningServer } from '../helpers/serve.js';
import { ModuleHost, prop, str } from '../helpers/module-host.js';
import { tempHome } from '../helpers/store.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

describe('a remote KMS endpoint', function () {
  const home = tempHome();
  const remoteHome = tempHome();
  let server: RunningServer;
  let url: string;
  let sdk: KMSClient;
  const creds = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' };

  before(async () => {
    server = await startServe(remoteHome);
    url = server.url;
    sdk = new KMSClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  });
  after(async () => {
    sdk.destroy();
    await server.stop();
  });

  const sdkError = async (p: Promise<unknown>): Promise<{ name: string; message: string }> => {
    try {
      await p;
    } catch (e) {
      return { name: (e as Error).name, message: (e as Error).message };
    }
    throw new Error('expected an error');
  };

  it('@aws-sdk/client-kms runs the operations and parses AWS\'s exception names', async () => {
    const key = (await sdk.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).KeyMetadata!;
    const sig = await sdk.send(new SignCommand({ KeyId: key.KeyId, Message: Buffer.from('sdk'), SigningAlgorithm: 'ECDSA_SHA_256' }));
    expect((await sdk.send(new VerifyCommand({ KeyId: key.Arn, Message: Buffer.from('sdk'), Signature: sig.Signature, SigningAlgorithm: 'ECDSA_SHA_256' }))).SignatureValid).to.equal(true);
    expect((await sdkError(sdk.send(new VerifyCommand({ KeyId: key.Arn, Message: Buffer.from('x'), Signature: sig.Signature, SigningAlgorithm: 'ECDSA_SHA_256' })))).name).to.equal('KMSInvalidSignatureException');
    const sym = (await sdk.send(new CreateKeyCommand({}))).KeyMetadata!;
    const enc = await sdk.send(new EncryptCommand({ KeyId: sym.KeyId, Plaintext: Buffer.from('sdk secret'), EncryptionContext: { a: 'b' } }));
    expect(Buffer.from((await sdk.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: 'b' } }))).Plaintext!).toString()).to.equal('sdk secret');
    expect((await sdkError(sdk.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob })))).name).to.equal('InvalidCiphertextException');
    expect((await sdkError(sdk.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { a: 'b' }, KeyId: key.KeyId })))).name).to.equal('IncorrectKeyException');
    expect((await sdkError(sdk.send(new EncryptCommand({ KeyId: sym.KeyId, Plaintext: Buffer.from('x'), DryRun: true })))).name).to.equal('DryRunOperationException');
    const pair = await sdk.send(new GenerateDataKeyPairCommand({ KeyId: sym.KeyId, KeyPairSpec: 'ECC_NIST_P384' }));
    expect(pair.PublicKey!.length).to.equal(120);
    const agree = (await sdk.send(new CreateKeyCommand({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' }))).KeyMetadata!;
    const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const shared = await sdk.send(new DeriveSharedSecretCommand({ KeyId: agree.KeyId, KeyAgreementAlgorithm: 'ECDH', PublicKey: peer.publicKey.export({ format: 'der', type: 'spki' }) }));
    expect(shared.SharedSecret!.length).to.equal(32);
    expect((await sdk.send(new GetPublicKeyCommand({ KeyId: agree.KeyId }))).KeyAgreementAlgorithms).to.deep.equal(['ECDH']);
    await sdk.send(new DisableKeyCommand({ KeyId: sym.KeyId }));
    expect(await sdkError(sdk.send(new EncryptCommand({ KeyId: sym.KeyId, Plaintext: Buffer.from('x') })))).to.deep.equal({ name: 'DisabledException', message: `${sym.Arn} is disabled.` });
    expect((await sdkError(sdk.send(new DescribeKeyCommand({ KeyId: 'alias/none' })))).name).to.equal('NotFoundException');
    expect((await sdkError(sdk.send(new DescribeKeyCommand({ KeyId: '' })))).name).to.equal('ValidationException');
  });

  it('pskms kms --endpoint-url prints what the local engine prints for the same store', () => {
    const remote = pskms(home, ['kms', 'create-key', '--description', 'remote', '--endpoint-url', url, '--region', 'us-east-1'], creds).json().KeyMetadata;
    const local = pskms(remoteHome, ['kms', 'describe-key', '--key-id', remote.KeyId]);
    const again = pskms(home, ['kms', 'describe-key', '--key-id', remote.KeyId, '--endpoint-url', url, '--region', 'us-east-1'], creds);
    expect(again.stdout).to.equal(local.stdout);
    const missingLocal = pskms(remoteHome, ['kms', 'describe-key', '--key-id', 'alias/none']);
    const missingRemote = pskms(home, ['kms', 'describe-key', '--key-id', 'alias/none', '--endpoint-url', url, '--region', 'us-east-1'], creds);
    expect([missingRemote.code, missingRemote.stderr]).to.deep.equal([missingLocal.code, missingLocal.stderr]);
    const noRegion = pskms(home, ['kms', 'list-keys', '--endpoint-url', url], creds);
    expect([noRegion.code, noRegion.stderr]).to.deep.equal([253, '\nYou must specify a region. You can also configure your region by running "aws configure".\n']);
  });

  it('the cmdlets with -EndpointUrl: the dialect and the module protocol', async () => {
    const keyId = pskms(home, ['New-KMSKey', '-KeySpec', 'ECC_NIST_P256', '-KeyUsage', 'SIGN_VERIFY', '-Select', 'KeyMetadata.KeyId', '-EndpointUrl', url, '-Region', 'us-east-1', '-AccessKey', 'a', '-SecretKey', 'b']).stdout.trim();
    expect(pskms(remoteHome, ['Get-KMSKey', keyId, '-Select', 'KeyMetadata.KeyState']).stdout).to.equal('Enabled\n');
    const remoteErr = pskms(home, ['Get-KMSKey', 'alias/none', '-EndpointUrl', url, '-Region', 'us-east-1', '-AccessKey', 'a', '-SecretKey', 'b']);
    expect(remoteErr.stderr).to.equal(pskms(remoteHome, ['Get-KMSKey', 'alias/none']).stderr);
    const noRegion = pskms(home, ['Get-KMSKey', keyId, '-EndpointUrl', url, '-AccessKey', 'a', '-SecretKey', 'b']);
    expect(noRegion.stderr).to.contain('Get-KMSKey: No region specified or obtained from persisted/shell defaults.');

    const host = new ModuleHost(home);
    const signed = await host.invoke('Invoke-KMSSigning', { KeyId: str(keyId), Message: str('remote'), SigningAlgorithm: str('ECDSA_SHA_256'), Select: str('*') }, { common: { EndpointUrl: url, Region: 'us-east-1', AccessKey: 'a', SecretKey: 'b' } });
    expect(signed.error).to.equal(null);
    expect((signed.output[0] as { type: string }).type).to.equal('Amazon.KeyManagementService.Model.SignResponse');
    // the key lives only at the endpoint: the local engine does not know it
    const checked = await host.invoke('Test-KMSSignature', { KeyId: str(keyId), Message: str('remote'), Signature: prop(signed.output[0], 'Signature'), SigningAlgorithm: str('ECDSA_SHA_256') });
    expect(checked.error?.innerException?.type).to.equal('Amazon.KeyManagementService.Model.NotFoundException');
    const checkedRemote = await host.invoke('Test-KMSSignature', { KeyId: str(keyId), Message: str('remote'), Signature: prop(signed.output[0], 'Signature'), SigningAlgorithm: str('ECDSA_SHA_256') }, { common: { EndpointUrl: url, Region: 'us-east-1', AccessKey: 'a', SecretKey: 'b' } });
    expect(checkedRemote.output).to.deep.equal([{ t: 'bool', v: true }]);
    host.close();
  });
});
