// The cmdlet dialect from bash: `pskms Invoke-KMSSigning -KeyId … -Message 'hello' …`, bound by
// the same layer as the module. The four seed flows are checked with openssl.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pskms } from '../helpers/cli.js';
import { openssl, opensslSucceeds, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { tempHome } from '../helpers/store.js';

describe('pskms <Cmdlet> (cmdlet dialect)', function () {
  const home = tempHome();
  const scratch = new Scratch();
  const run = (...args: string[]) => pskms(home, args);
  const line = (...args: string[]) => {
    const res = run(...args);
    expect(res.code, res.stderr).to.equal(0);
    return res.stdout.replace(/\n$/, '');
  };

  describe('the seed flows', function () {
    before(function () {
      requireOpenssl(this);
    });

    it('Get-KMSSharedSecret equals openssl\'s ECDH secret', () => {
      const key = line('New-KMSKey', '-KeySpec', 'ECC_NIST_P256', '-KeyUsage', 'KEY_AGREEMENT', '-Select', 'KeyMetadata.KeyId');
      const peer = scratch.write('peer.pem', openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']));
      const peerDer = scratch.write('peer.der', openssl(['pkey', '-in', peer, '-pubout', '-outform', 'DER']));
      const response = JSON.parse(line('Get-KMSSharedSecret', key, '-KeyAgreementAlgorithm', 'ECDH', '-PublicKey', `fileb://${peerDer}`));
      expect(Object.keys(response)).to.deep.equal(['KeyAgreementAlgorithm', 'KeyId', 'KeyOrigin', 'SharedSecret']);
      const secret = line('Get-KMSSharedSecret', '-KeyId', key, '-KeyAgreementAlgorithm', 'ecdh', '-PublicKey', `fileb://${peerDer}`, '-Select', 'SharedSecret');
      const kmsPub = scratch.write('kms.der', Buffer.from(line('Get-KMSPublicKey', key, '-Select', 'PublicKey'), 'base64'));
      expect(secret).to.equal(openssl(['pkeyutl', '-derive', '-inkey', peer, '-peerkey', kmsPub, '-peerform', 'DER']).toString('base64'));
      expect(response.SharedSecret).to.equal(secret);
    });

    it('Invoke-KMSSigning output verifies with openssl; Test-KMSSignature prints True', () => {
      const key = line('New-KMSKey', '-KeySpec', 'ECC_NIST_P384', '-KeyUsage', 'SIGN_VERIFY', '-Select', 'KeyMetadata.KeyId');
      line('New-KMSAlias', '-AliasName', 'alias/app', '-TargetKeyId', key);
      const signature = line('Invoke-KMSSigning', '-KeyId', 'alias/app', '-Message', 'hello', '-SigningAlgorithm', 'ECDSA_SHA_384');
      const pub = scratch.write('sign.der', Buffer.from(line('Get-KMSPublicKey', 'alias/app', '-Select', 'PublicKey'), 'base64'));
      const msg = scratch.write('hello.txt', 'hello');
      const sig = scratch.write('hello.sig', Buffer.from(signature, 'base64'));
      expect(opensslSucceeds(['dgst', '-sha384', '-verify', pub, '-keyform', 'DER', '-signature', sig, msg])).to.equal(true);
      expect(line('Test-KMSSignature', 'hello', '-KeyId', 'alias/app', '-Signature', `fileb://${sig}`, '-SigningAlgorithm', 'ECDSA_SHA_384')).to.equal('True');
    });

    it('Invoke-KMSReEncrypt output decrypts under the new key', () => {
      const a = line('New-KMSKey', '-Select', 'KeyMetadata.KeyId');
      const b = line('New-KMSKey', '-Description', 'new', '-Select', 'KeyMetadata.Arn');
      const blob = line('Invoke-KMSEncrypt', a, '-Plaintext', 'secret', '-EncryptionContext', "@{app='web'}", '-Select', 'CiphertextBlob');
      const blobFile = scratch.write('blob.bin', Buffer.from(blob, 'base64'));
      const re = JSON.parse(line('Invoke-KMSReEncrypt', '-CiphertextBlob', `fileb://${blobFile}`, '-SourceEncryptionContext', '{"app":"web"}', '-DestinationKeyId', b));
      expect(re.KeyId).to.equal(b);
      const reFile = scratch.write('re.bin', Buffer.from(re.CiphertextBlob, 'base64'));
      const plaintext = line('Invoke-KMSDecrypt', '-CiphertextBlob', `fileb://${reFile}`, '-Select', 'Plaintext');
      expect(Buffer.from(plaintext, 'base64').toString()).to.equal('secret');
      expect(line('Invoke-KMSDecrypt', '-CiphertextBlob', `fileb://${reFile}`, '-Select', 'KeyId')).to.equal(b);
    });

    it('New-KMSDataKeyPair\'s keys parse with openssl and match', () => {
      const wrap = line('New-KMSKey', '-Select', 'KeyMetadata.KeyId');
      const pair = JSON.parse(line('New-KMSDataKeyPair', wrap, '-KeyPairSpec', 'RSA_2048'));
      const priv = scratch.write('pair.p8', Buffer.from(pair.PrivateKeyPlaintext, 'base64'));
      expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-noout', '-text']).toString()).to.contain('Private-Key: (2048 bit');
      expect(openssl(['pkey', '-inform', 'DER', '-in', priv, '-pubout', '-outform', 'DER']).toString('base64')).to.equal(pair.PublicKey);
    });
  });

  describe('argument syntax and output', () => {
    it('-Select \'^Message\' prints one byte per line; a,b,c is a string[]; $true/$false and -Switch:$false work', () => {
      const key = line('New-KMSKey', '-KeySpec', 'ECC_NIST_P256', '-KeyUsage', 'SIGN_VERIFY', '-Select', 'KeyMetadata.KeyId');
      expect(line('Invoke-KMSSigning', '-KeyId', key, '-Message', 'hi', '-SigningAlgorithm', 'ECDSA_SHA_256', '-Select', '^Message')).to.equal('104\n105');
      expect(line('Get-KMSKey', key, '-Select', '^GrantTokens', '-GrantToken', 'a,b,c')).to.equal('a\nb\nc');
      expect(line('Invoke-KMSSigning', '-KeyId', key, '-Message', 'x', '-SigningAlgorithm', 'ECDSA_SHA_256', '-DryRun', '$false', '-Force:$false', '-Select', 'SigningAlgorithm')).to.equal('ECDSA_SHA_256');
      expect(line('Get-KMSKey', key, '-Select', 'KeyMetadata.Enabled')).to.equal('True');
    });

    it('a plain word is a string\'s UTF-8 bytes; \'a\',\'b\' lines; fileb:// the file\'s raw bytes', () => {
      const key = line('New-KMSKey', '-Select', 'KeyMetadata.KeyId');
      const roundTrip = (value: string) => {
        const blob = line('Invoke-KMSEncrypt', key, '-Plaintext', value, '-Select', 'CiphertextBlob');
        const file = scratch.write(`rt-${Math.random()}.bin`, Buffer.from(blob, 'base64'));
        return Buffer.from(line('Invoke-KMSDecrypt', '-CiphertextBlob', `fileb://${file}`, '-Select', 'Plaintext'), 'base64');
      };
      expect(roundTrip('aGVsbG8=').toString()).to.equal('aGVsbG8=');
      expect(roundTrip("'a','b'").toString()).to.equal('a\nb\n');
      const raw = join(scratch.dir, 'raw.bin');
      writeFileSync(raw, Buffer.from([0, 255, 10]));
      expect([...roundTrip(`fileb://${raw}`)]).to.deep.equal([0, 255, 10]);
    });

    it('-WhatIf prints PowerShell\'s What if line on stderr and does nothing', () => {
      const key = line('New-KMSKey', '-Select', 'KeyMetadata.KeyId');
      const res = run('Invoke-KMSReEncrypt', '-CiphertextBlob', 'x', '-DestinationKeyId', key, '-WhatIf');
      expect(res.code).to.equal(0);
      expect(res.stdout).to.equal('');
      expect(res.stderr).to.equal(`What if: Performing the operation "Invoke-KMSReEncrypt (ReEncrypt)" on target "${key}".\n`);
    });

    it('errors go to stderr with the exception, message and FullyQualifiedErrorId, exit 1', () => {
      const res = run('Get-KMSKey', 'alias/missing');
      expect(res.code).to.equal(1);
      expect(res.stderr).to.equal([
        'Get-KMSKey: Alias arn:aws:kms:us-east-1:111122223333:alias/missing is not found.',
        '    + Exception             : System.InvalidOperationException (inner: Amazon.KeyManagementService.Model.NotFoundException)',
        '    + CategoryInfo          : InvalidOperation',
        '    + FullyQualifiedErrorId : Amazon.KeyManagementService.Model.NotFoundException,Amazon.PowerShell.Cmdlets.KMS.GetKMSKeyCmdlet',
        '',
      ].join('\n'));
      const cast = run('Invoke-KMSEncrypt', 'alias/missing', '-Plaintext', 'x', '-EncryptionContext', '@{a=1}');
      expect(cast.stderr).to.contain("Unable to cast object of type 'System.Int32' to type 'System.String'.");
      const select = run('Get-KMSKey', 'x', '-Select', 'Nope');
      expect(select.stderr).to.contain("Get-KMSKey: Invalid value for -Select parameter. (Parameter 'Select')");
      const unknown = run('Get-KMSKey', 'x', '-Bogus', '1');
      expect(unknown.stderr).to.contain("A parameter cannot be found that matches parameter name 'Bogus'.");
      expect(unknown.stderr).to.contain('NamedParameterNotFound,Get-KMSKey');
    });

    it('a required parameter bound to $null warns on stderr', () => {
      const res = run('Invoke-KMSSigning', '-KeyId', 'alias/app', '-Message', 'x', '-SigningAlgorithm', '$null');
      expect(res.stderr).to.match(/^WARNING: You are passing \$null as a value for parameter SigningAlgorithm which is marked as required\./);
    });
  });

  it('a region no AWS region is named like, and an empty -Region, are ArgumentException records', () => {
    const bad = run('Get-KMSKeyList', '-Region', 'bad');
    expect([bad.code, bad.stderr.split('\n')[0]]).to.deep.equal([1, "Get-KMSKeyList: Provided region_name 'bad' doesn't match a supported format."]);
    expect(bad.stderr).to.contain('FullyQualifiedErrorId : ArgumentException,Amazon.PowerShell.Cmdlets.KMS.GetKMSKeyListCmdlet');
    const empty = run('Get-KMSKeyList', '-Region', "''");
    expect(empty.stderr.split('\n')[0]).to.equal('Get-KMSKeyList: Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance');
  });
});
