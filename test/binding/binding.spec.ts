// The AWS.Tools binding rules (research: powershell-binding.md), exercised through the same
// line-delimited JSON protocol the PowerShell module speaks.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blobOf, bool, bytes, int, ModuleHost, nul, objects, prop, str, stream, strings, sw, table } from '../helpers/module-host.js';
import { pskms } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';
import { scratchDir } from '../helpers/scratch-root.js';

const SELECT_ERROR = { message: 'Invalid value for -Select parameter.', exceptionType: 'System.ArgumentException', paramName: 'Select' };

describe('the binding layer (module protocol)', function () {
  const home = tempHome();
  const host = new ModuleHost(home);
  let key: string;
  let signing: string;
  let rsaSigning: string;

  before(async () => {
    key = pskms(home, ['kms', 'create-key']).json().KeyMetadata.KeyId;
    signing = pskms(home, ['kms', 'create-key', '--key-spec', 'ECC_NIST_P256', '--key-usage', 'SIGN_VERIFY']).json().KeyMetadata.KeyId;
    rsaSigning = pskms(home, ['kms', 'create-key', '--key-spec', 'RSA_2048', '--key-usage', 'SIGN_VERIFY']).json().KeyMetadata.KeyId;
  });
  after(() => host.close());

  const decrypt = async (blob: Buffer, context?: [string, string][]) => {
    const reply = await host.invoke('Invoke-KMSDecrypt', { CiphertextBlob: stream(blob), ...(context ? { EncryptionContext: table(context.map(([k, v]) => [k, str(v)])) } : {}) });
    expect(reply.error).to.equal(null);
    return blobOf(prop(reply.output[0], 'Plaintext'));
  };

  describe('-Select', () => {
    it("'^KeyId' returns the bound parameter's value", async () => {
      const reply = await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str('^keyid') });
      expect(reply.output).to.deep.equal([{ t: 'string', v: key }]);
    });

    it("'^GrantTokens' matches a parameter's alias; an unbound parameter emits nothing", async () => {
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), GrantToken: strings('t1', 't2'), Select: str('^GrantTokens') })).output).to.deep.equal([str('t1'), str('t2')]);
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str('^GrantToken') })).output).to.deep.equal([]);
    });

    it("'KeyMetadata.KeyState' follows the path, case-insensitively, to the SDK's ConstantClass value", async () => {
      const enabled = { t: 'constant', v: 'Enabled', type: 'Amazon.KeyManagementService.KeyState' };
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str('KeyMetadata.KeyState') })).output).to.deep.equal([enabled]);
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str('keymetadata.KEYSTATE') })).output).to.deep.equal([enabled]);
    });

    it("'SigningAlgorithms' flattens the list into one object per algorithm", async () => {
      const reply = await host.invoke('Get-KMSPublicKey', { KeyId: str(rsaSigning), Select: str('SigningAlgorithms') });
      expect(reply.output.map((o) => (o as { v: string }).v)).to.deep.equal(['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_384', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384', 'RSASSA_PKCS1_V1_5_SHA_512']);
      const nested = await host.invoke('Get-KMSKey', { KeyId: str(signing), Select: str('KeyMetadata.SigningAlgorithms') });
      expect(nested.output).to.deep.equal([str('ECDSA_SHA_256')]);
    });

    it("'*' returns the whole response object with its .NET type name and property order", async () => {
      const reply = await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str('*') });
      expect(reply.output).to.have.length(1);
      const response = reply.output[0] as { type: string; props: [string, unknown][] };
      expect(response.type).to.equal('Amazon.KeyManagementService.Model.DescribeKeyResponse');
      expect(response.props.map(([k]) => k)).to.deep.equal(['KeyMetadata', 'ResponseMetadata', 'ContentLength', 'HttpStatusCode']);
      const metadata = prop(response as never, 'KeyMetadata') as { type: string; props: [string, unknown][] };
      expect(metadata.type).to.equal('Amazon.KeyManagementService.Model.KeyMetadata');
      expect(metadata.props.map(([k]) => k).slice(0, 6)).to.deep.equal(['Arn', 'AWSAccountId', 'CloudHsmClusterId', 'CreationDate', 'CurrentKeyMaterialId', 'CustomerMasterKeySpec']);
    });

    it('an invalid -Select is "Invalid value for -Select parameter." and the call is not made', async () => {
      for (const select of ['', 'HttpStatusCode', 'ResponseMetadata', 'KeyMetadata.', '.KeyId', 'Nope', '^Region', '^', 'KeyMetadata.KeyState.Nope']) {
        const reply = await host.invoke('Get-KMSKey', { KeyId: str(key), Select: str(select) });
        expect(reply.error, select).to.deep.include({ ...SELECT_ERROR, fullyQualifiedErrorId: 'System.ArgumentException,Amazon.PowerShell.Cmdlets.KMS.GetKMSKeyCmdlet' });
      }
      const before = pskms(home, ['kms', 'list-keys']).json().Keys.length;
      const reply = await host.invoke('New-KMSKey', { Select: str('Nope') });
      expect(reply.error).to.deep.include(SELECT_ERROR);
      expect(pskms(home, ['kms', 'list-keys']).json().Keys.length).to.equal(before);
    });

    it('is evaluated after ShouldProcess: under -WhatIf an invalid -Select is never reported', async () => {
      const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), Select: str('Nope') }, { whatIf: true });
      expect(reply.error).to.equal(null);
      expect(reply.output).to.deep.equal([]);
    });
  });

  describe('-PassThru', () => {
    it('alone returns the associated parameter; with -Select it is refused after -Select is checked', async () => {
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), PassThru: sw() })).output).to.deep.equal([str(key)]);
      const both = await host.invoke('Get-KMSKey', { KeyId: str(key), PassThru: sw(), Select: str('KeyMetadata') });
      expect(both.error).to.deep.include({ message: '-PassThru cannot be used when -Select is specified.', exceptionType: 'System.ArgumentException' });
      const invalidBoth = await host.invoke('Get-KMSKey', { KeyId: str(key), PassThru: sw(), Select: str('Nope') });
      expect(invalidBoth.error).to.deep.include(SELECT_ERROR);
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key), PassThru: sw(false) })).output[0]).to.have.property('type', 'Amazon.KeyManagementService.Model.KeyMetadata');
    });

    it('on Test-KMSSignature returns the message, one byte per object', async () => {
      const sig = blobOf((await host.invoke('Invoke-KMSSigning', { KeyId: str(signing), Message: str('hi'), SigningAlgorithm: str('ECDSA_SHA_256') })).output[0]);
      const reply = await host.invoke('Test-KMSSignature', { KeyId: str(signing), Message: str('hi'), Signature: stream(sig), SigningAlgorithm: str('ECDSA_SHA_256'), PassThru: sw() });
      expect(reply.output).to.deep.equal([{ t: 'number', v: 104, type: 'System.Byte' }, { t: 'number', v: 105, type: 'System.Byte' }]);
    });
  });

  describe('byte[] parameters', () => {
    const roundTrip = async (value: Parameters<ModuleHost['invoke']>[1][string], newline = '\n') => {
      const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: value }, { newline });
      expect(reply.error).to.equal(null);
      return decrypt(blobOf(prop(reply.output[0], 'CiphertextBlob')));
    };

    it('a string is its UTF-8 bytes: never base64-decoded, never read as a path', async () => {
      expect((await roundTrip(str('aGVsbG8='))).toString()).to.equal('aGVsbG8=');
      expect((await roundTrip(str('/etc/hostname'))).toString()).to.equal('/etc/hostname');
      expect((await roundTrip(str('héllo ☃'))).equals(Buffer.from('héllo ☃', 'utf8'))).to.equal(true);
    });

    it('string[] (and any all-string collection) is each line followed by the platform newline', async () => {
      expect((await roundTrip(strings('a', 'b'))).toString()).to.equal('a\nb\n');
      expect((await roundTrip(strings('a', 'b'), '\r\n')).toString()).to.equal('a\r\nb\r\n');
      expect((await roundTrip(objects(str('x'), str('y')))).toString()).to.equal('x\ny\n');
    });

    it('byte[] as is, a MemoryStream whole, another stream from its position, a FileInfo its file', async () => {
      expect([...(await roundTrip(bytes(Buffer.from([0, 1, 255]))))]).to.deep.equal([0, 1, 255]);
      expect([...(await roundTrip(stream(Buffer.from([9, 8, 7]))))]).to.deep.equal([9, 8, 7]);
      expect([...(await roundTrip({ t: 'Stream', type: 'System.IO.FileStream', v: Buffer.from([5, 6]).toString('base64') }))]).to.deep.equal([5, 6]);
      const file = join(scratchDir('file-'), 'data.bin');
      writeFileSync(file, Buffer.from([1, 2, 3, 4]));
      expect([...(await roundTrip({ t: 'FileInfo', path: file }))]).to.deep.equal([1, 2, 3, 4]);
    });

    it('anything else goes through PowerShell\'s conversion: numbers become bytes; others are binding errors', async () => {
      expect([...(await roundTrip(objects(int(1), int(2), int(3))))]).to.deep.equal([1, 2, 3]);
      expect([...(await roundTrip(int(65)))]).to.deep.equal([65]);
      const tooBig = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: objects(int(1), int(300)) });
      expect(tooBig.error).to.deep.include({ exceptionType: 'System.Management.Automation.ParameterBindingException', fullyQualifiedErrorId: 'CannotConvertArgumentNoMessage,Invoke-KMSEncrypt' });
      const mixed = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: objects(int(1), str('a')) });
      expect(mixed.error?.message).to.contain('Cannot convert value "a" to type "System.Byte"');
      const dir = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: { t: 'DirectoryInfo', path: tmpdir() } });
      expect(dir.error?.message).to.contain('System.IO.DirectoryInfo');
    });

    it('a double NaN is refused as out of range for a byte, never bound as byte 0', async () => {
      // found by test/reliability/fuzz.spec.ts; ConvertTo-Json writes [double]::NaN as the string "NaN"
      const nan = { t: 'number', v: 'NaN' as unknown as number, type: 'System.Double' } as const;
      const inner = 'Cannot convert value "NaN" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."';
      const scalar = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: nan });
      expect(scalar.error).to.deep.include({ message: `Cannot bind parameter 'Plaintext'. Cannot convert value "NaN" to type "System.Byte[]". Error: "${inner}"`, fullyQualifiedErrorId: 'CannotConvertArgumentNoMessage,Invoke-KMSEncrypt' });
      const inArray = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: objects(int(1), nan) });
      expect(inArray.error?.message).to.contain(inner);
    });

    it('an empty byte[] for a mandatory parameter is PowerShell\'s empty-array binding error', async () => {
      const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('') });
      expect(reply.error).to.deep.include({ message: "Cannot bind argument to parameter 'Plaintext' because it is an empty array." });
    });
  });

  describe('Hashtable → encryption context', () => {
    it('a hashtable with an int value is the terminating InvalidCastException, and no call is made', async () => {
      const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), EncryptionContext: table([['a', int(1)]]) });
      expect(reply.error).to.deep.include({
        message: "Unable to cast object of type 'System.Int32' to type 'System.String'.",
        exceptionType: 'System.InvalidCastException',
        fullyQualifiedErrorId: 'System.InvalidCastException,Amazon.PowerShell.Cmdlets.KMS.InvokeKMSEncryptCmdlet',
      });
      expect(reply.output).to.deep.equal([]);
      const key2 = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), EncryptionContext: { t: 'hashtable', entries: [[int(1), str('x')]] } });
      expect(key2.error?.exceptionType).to.equal('System.InvalidCastException');
      const boolean = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), EncryptionContext: table([['a', bool(true)]]) });
      expect(boolean.error?.message).to.equal("Unable to cast object of type 'System.Boolean' to type 'System.String'.");
    });

    it('string keys and values become the encryption context; @{} is an empty but present context', async () => {
      const enc = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('ctx'), EncryptionContext: table([['app', str('web')]]) });
      const blob = blobOf(prop(enc.output[0], 'CiphertextBlob'));
      expect((await decrypt(blob, [['app', 'web']])).toString()).to.equal('ctx');
      const wrong = await host.invoke('Invoke-KMSDecrypt', { CiphertextBlob: stream(blob), EncryptionContext: table([]) });
      expect(wrong.error?.innerException?.type).to.equal('Amazon.KeyManagementService.Model.InvalidCiphertextException');
      const empty = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('e'), EncryptionContext: table([]) });
      expect((await decrypt(blobOf(prop(empty.output[0], 'CiphertextBlob')))).toString()).to.equal('e');
    });
  });

  describe('robustness', () => {
    it('a key named __proto__ is an ordinary encryption context key', async () => {
      const enc = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('p'), EncryptionContext: table([['__proto__', str('x')]]) });
      const blob = blobOf(prop(enc.output[0], 'CiphertextBlob'));
      expect((await host.invoke('Invoke-KMSDecrypt', { CiphertextBlob: stream(blob) })).error?.innerException?.type).to.equal('Amazon.KeyManagementService.Model.InvalidCiphertextException');
      expect((await decrypt(blob, [['__proto__', 'x']])).toString()).to.equal('p');
    });

    it('bytes given to a string parameter are not echoed in the binding error', async () => {
      const secret = Buffer.from('top secret plaintext');
      const reply = await host.invoke('Get-KMSKey', { KeyId: bytes(secret) });
      expect(reply.error?.message).to.equal('Cannot bind parameter \'KeyId\'. Cannot convert value "System.Byte[]" to type "System.String".');
      expect(JSON.stringify(reply)).to.not.contain(secret.toString('base64'));
    });

    it('a FileInfo that does not exist is a binding error, not a crash', async () => {
      const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: { t: 'FileInfo', path: '/no/such/file' } });
      expect(reply.error?.message).to.equal("Cannot process argument transformation on parameter 'Plaintext'. Could not find file '/no/such/file'.");
    });
  });

  describe('other parameter types', () => {
    it('Tag[] takes hashtables or objects with TagKey/TagValue; int? and bool? take numbers and booleans', async () => {
      const tag = (k: string, v: string) => table([['TagKey', str(k)], ['TagValue', str(v)]]);
      const asObject = { t: 'object' as const, type: 'System.Management.Automation.PSCustomObject', props: [['TagKey', str('b')], ['TagValue', str('2')]] as [string, ReturnType<typeof str>][] };
      const reply = await host.invoke('New-KMSKey', { Tag: objects(tag('a', '1'), asObject), Description: str('tagged'), Force: sw() });
      expect(reply.error).to.equal(null);
      const keyId = (prop(reply.output[0], 'KeyId') as { v: string }).v;
      expect(pskms(home, ['kms', 'list-resource-tags', '--key-id', keyId]).json().Tags).to.deep.equal([{ TagKey: 'a', TagValue: '1' }, { TagKey: 'b', TagValue: '2' }]);
      const random = await host.invoke('New-KMSRandom', { NumberOfBytes: str('16') });
      expect(blobOf(random.output[0]).length).to.equal(16);
      const dry = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), DryRun: bool(true) });
      expect(dry.error?.innerException?.type).to.equal('Amazon.KeyManagementService.Model.DryRunOperationException');
      // the pipeline's by-property-name binding hands a response's MemoryStream to a byte[] parameter
      const enc = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('piped') });
      expect((await decrypt(blobOf(prop(enc.output[0], 'CiphertextBlob')))).toString()).to.equal('piped');
    });
  });

  describe('Recipient_* parameters', () => {
    it('build the Recipient only when one of them is not $null', async () => {
      const none = await host.invoke('New-KMSRandom', { NumberOfBytes: int(8), Recipient_AttestationDocument: nul, Recipient_KeyEncryptionAlgorithm: nul });
      expect(blobOf(none.output[0]).length).to.equal(8);
      const some = await host.invoke('New-KMSRandom', { NumberOfBytes: int(8), Recipient_AttestationDocument: str('not a document') });
      expect(some.error?.message).to.match(/^The attestation document is not valid: /);
    });
  });

  describe('New-KMSMac and Test-KMSMac', () => {
    it('make and check an HMAC; a wrong one is a terminating KMSInvalidMacException record', async () => {
      const hmacKey = pskms(home, ['kms', 'create-key', '--key-spec', 'HMAC_384', '--key-usage', 'GENERATE_VERIFY_MAC']).json().KeyMetadata.KeyId;
      const made = await host.invoke('New-KMSMac', { Message: str('data'), KeyId: str(hmacKey), MacAlgorithm: str('hmac_sha_384') });
      expect(made.asked).to.deep.equal([{ target: hmacKey, action: 'New-KMSMac (GenerateMac)' }]);
      const response = made.output[0] as { type: string };
      expect(response.type).to.equal('Amazon.KeyManagementService.Model.GenerateMacResponse');
      const mac = prop(made.output[0], 'Mac');
      const ok = await host.invoke('Test-KMSMac', { Message: str('data'), KeyId: str(hmacKey), Mac: mac, MacAlgorithm: str('HMAC_SHA_384'), Select: str('MacValid') });
      expect(ok.output).to.deep.equal([bool(true)]);
      const bad = await host.invoke('Test-KMSMac', { Message: str('other'), KeyId: str(hmacKey), Mac: mac, MacAlgorithm: str('HMAC_SHA_384') });
      expect(bad.error?.fullyQualifiedErrorId).to.equal('Amazon.KeyManagementService.Model.KMSInvalidMacException,Amazon.PowerShell.Cmdlets.KMS.TestKMSMacCmdlet');
    });
  });

  describe('descriptions and tags', () => {
    it('Update-KMSKeyDescription and Add-/Get-/Remove-KMSResourceTag: targets, impacts, -PassThru and Tag objects', async () => {
      const tagged = pskms(home, ['kms', 'create-key']).json().KeyMetadata.KeyId;
      const described = await host.invoke('Update-KMSKeyDescription', { KeyId: str(tagged), Description: str('renamed') });
      expect(described).to.deep.include({ output: [], error: null, asked: [{ target: tagged, action: 'Update-KMSKeyDescription (UpdateKeyDescription)' }] });
      expect(pskms(home, ['kms', 'describe-key', '--key-id', tagged]).json().KeyMetadata.Description).to.equal('renamed');
      const tags = { t: 'array' as const, type: 'System.Object[]', items: [table([['TagKey', str('team')], ['TagValue', str('a')]]), table([['TagKey', str('env')], ['TagValue', str('')]])] };
      const added = await host.invoke('Add-KMSResourceTag', { KeyId: str(tagged), Tag: tags, PassThru: sw() });
      expect(added).to.deep.include({ output: [str(tagged)], error: null, asked: [{ target: tagged, action: 'Add-KMSResourceTag (TagResource)' }] });
      const listed = await host.invoke('Get-KMSResourceTag', { KeyId: str(tagged) });
      expect(listed.asked).to.deep.equal([]);
      expect(listed.output.map((t) => (t as { type: string }).type)).to.deep.equal(['Amazon.KeyManagementService.Model.Tag', 'Amazon.KeyManagementService.Model.Tag']);
      expect(listed.output.map((t) => prop(t, 'TagKey')).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).to.deep.equal([str('env'), str('team')]);
      const removed = await host.invoke('Remove-KMSResourceTag', { KeyId: str(tagged), TagKey: str('team') });
      expect(removed).to.deep.include({ output: [], error: null, asked: [{ target: tagged, action: 'Remove-KMSResourceTag (UntagResource)' }] });
      expect(pskms(home, ['kms', 'list-resource-tags', '--key-id', tagged]).json().Tags).to.deep.equal([{ TagKey: 'env', TagValue: '' }]);
    });
  });

  describe('enum constants', () => {
    it('match case-insensitively to the canonical value; unknown values reach the service', async () => {
      const reply = await host.invoke('Invoke-KMSSigning', { KeyId: str(signing), Message: str('m'), SigningAlgorithm: str('ecdsa_sha_256'), Select: str('SigningAlgorithm') });
      expect(reply.output).to.deep.equal([{ t: 'constant', v: 'ECDSA_SHA_256', type: 'Amazon.KeyManagementService.SigningAlgorithmSpec' }]);
      const unknown = await host.invoke('Invoke-KMSSigning', { KeyId: str(signing), Message: str('m'), SigningAlgorithm: str('ECDSA_SHA_1') });
      expect(unknown.error?.innerException?.type).to.equal('Amazon.KeyManagementService.AmazonKeyManagementServiceException');
      expect(unknown.error?.innerException?.errorCode).to.equal('ValidationException');
      expect(unknown.error?.message).to.match(/^1 validation error detected: Value 'ECDSA_SHA_1' at 'signingAlgorithm'/);
    });
  });

  describe('ShouldProcess', () => {
    it('-WhatIf on Invoke-KMSReEncrypt asks with the DestinationKeyId target, then nothing happens', async () => {
      const enc = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x') });
      const blob = blobOf(prop(enc.output[0], 'CiphertextBlob'));
      const reply = await host.invoke('Invoke-KMSReEncrypt', { CiphertextBlob: stream(blob), DestinationKeyId: str(key) }, { whatIf: true });
      expect(reply.asked).to.deep.equal([{ target: key, action: 'Invoke-KMSReEncrypt (ReEncrypt)' }]);
      expect(reply).to.deep.include({ output: [], error: null });
    });

    it('-Force skips the question but not -WhatIf; a declined question gives no output and no error', async () => {
      expect((await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), Force: sw() })).asked).to.deep.equal([]);
      expect((await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str('x'), Force: sw() }, { whatIf: true })).asked).to.have.length(1);
      const before = pskms(home, ['kms', 'list-keys']).json().Keys.length;
      const declined = await host.invoke('New-KMSKey', { Description: str('declined') }, { proceed: false });
      expect(declined.asked).to.deep.equal([{ target: '', action: 'New-KMSKey (CreateKey)' }]);
      expect(declined).to.deep.include({ output: [], error: null });
      expect(pskms(home, ['kms', 'list-keys']).json().Keys.length).to.equal(before);
    });

    it('cmdlets without ShouldProcess never ask', async () => {
      expect((await host.invoke('Get-KMSKey', { KeyId: str(key) }, { whatIf: true })).asked).to.deep.equal([]);
    });
  });

  describe('required parameters', () => {
    it('bound to $null: AWS.Tools\' warning, and the call proceeds', async () => {
      const reply = await host.invoke('Invoke-KMSSigning', { KeyId: str(signing), Message: str('m'), SigningAlgorithm: nul });
      expect(reply.warnings).to.deep.equal(['You are passing $null as a value for parameter SigningAlgorithm which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.']);
      expect(reply.error?.message).to.equal("1 validation error detected: Value null at 'signingAlgorithm' failed to satisfy constraint: Member must not be null");
    });

    it('omitted: PowerShell\'s missing-mandatory binding error', async () => {
      const reply = await host.invoke('Invoke-KMSSigning', { Message: str('m') });
      expect(reply.error).to.deep.include({ message: 'Cannot process command because of one or more missing mandatory parameters: KeyId SigningAlgorithm.', fullyQualifiedErrorId: 'MissingMandatoryParameter,Invoke-KMSSigning' });
    });
  });

  describe('emission and error records', () => {
    it('Invoke-KMSSigning emits one MemoryStream; Test-KMSSignature one True; a void cmdlet nothing', async () => {
      const signed = await host.invoke('Invoke-KMSSigning', { KeyId: str(signing), Message: str('m'), SigningAlgorithm: str('ECDSA_SHA_256') });
      expect(signed.output).to.have.length(1);
      expect(signed.output[0].t).to.equal('MemoryStream');
      const verified = await host.invoke('Test-KMSSignature', { KeyId: str(signing), Message: str('m'), Signature: signed.output[0], SigningAlgorithm: str('ECDSA_SHA_256') });
      expect(verified.output).to.deep.equal([bool(true)]);
      expect((await host.invoke('Enable-KMSKey', { KeyId: str(key) })).output).to.deep.equal([]);
    });

    it('Test-KMSSignature with a bad signature: a terminating KMSInvalidSignatureException record', async () => {
      const reply = await host.invoke('Test-KMSSignature', { KeyId: str(signing), Message: str('m'), Signature: bytes(Buffer.from('bad')), SigningAlgorithm: str('ECDSA_SHA_256') });
      expect(reply.output).to.deep.equal([]);
      expect(reply.error).to.deep.equal({
        message: '',
        exceptionType: 'System.InvalidOperationException',
        innerException: { type: 'Amazon.KeyManagementService.Model.KMSInvalidSignatureException', message: '', errorCode: 'KMSInvalidSignatureException', statusCode: 400 },
        errorId: 'Amazon.KeyManagementService.Model.KMSInvalidSignatureException',
        category: 'InvalidOperation',
        fullyQualifiedErrorId: 'Amazon.KeyManagementService.Model.KMSInvalidSignatureException,Amazon.PowerShell.Cmdlets.KMS.TestKMSSignatureCmdlet',
      });
    });

    it('Get-KMSKeyList follows every page and emits one object per key', async () => {
      const count = pskms(home, ['kms', 'list-keys']).json().Keys.length;
      expect(count).to.be.greaterThan(2);
      const reply = await host.invoke('Get-KMSKeyList', { Limit: int(1) });
      expect(reply.output).to.have.length(count);
      expect(reply.output.every((o) => o.t === 'object' && o.type === 'Amazon.KeyManagementService.Model.KeyListEntry')).to.equal(true);
      const one = await host.invoke('Get-KMSKeyList', { Limit: int(1), NoAutoIteration: sw() });
      expect(one.output).to.have.length(1);
    });

    it('one module host serves a pipeline of many records', async () => {
      const pid = host.pid;
      for (let i = 0; i < 50; i++) {
        const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(key), Plaintext: str(`record ${i}`), Select: str('KeyId') });
        expect(reply.output).to.have.length(1);
      }
      expect(host.pid).to.equal(pid);
    });
  });
});
