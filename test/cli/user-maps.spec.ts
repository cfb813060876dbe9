// Every map built from user input holds any key (issue 12): `__proto__=tenant-a` in shorthand
// was assigned onto a plain object, so the pair was dropped and the ciphertext opened with no
// context. Each front end, each way to write a map, with keys that name Object.prototype's members.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pskms } from '../helpers/cli.js';
import { kmsPost, startServe, type RunningServer } from '../helpers/serve.js';
import { ModuleHost, stream, str, table } from '../helpers/module-host.js';
import { tempHome } from '../helpers/store.js';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('maps from user input hold any key', function () {
  const home = tempHome();
  let keyId: string;
  before(() => {
    keyId = pskms(home, ['kms', 'create-key']).json().KeyMetadata.KeyId;
  });

  /** The context is bound: the blob opens with it and not without it. */
  function expectBound(blob: string, context: Record<string, string>): void {
    expect(pskms(home, ['kms', 'decrypt', '--ciphertext-blob', blob]).code).to.equal(254);
    const opened = pskms(home, ['kms', 'decrypt', '--ciphertext-blob', blob, '--encryption-context', JSON.stringify(context)]);
    expect(opened.json().KeyId).to.match(/^arn:aws:kms:/);
  }
  const contextOf = (key: string): Record<string, string> => JSON.parse(`{${JSON.stringify(key)}:"tenant-a"}`);

  for (const key of KEYS) {
    it(`pskms kms: --encryption-context ${key}=… in shorthand, in JSON, and in --cli-input-json / --cli-input-yaml`, () => {
      const encrypt = (...extra: string[]) => pskms(home, ['kms', 'encrypt', '--key-id', keyId, '--plaintext', 'aGk=', ...extra]).json().CiphertextBlob;
      expectBound(encrypt('--encryption-context', `${key}=tenant-a`), contextOf(key));
      expectBound(encrypt('--encryption-context', `other=1,${key}=tenant-a`), { other: '1', ...contextOf(key) });
      expectBound(encrypt('--encryption-context', JSON.stringify(contextOf(key))), contextOf(key));
      expectBound(encrypt('--cli-input-json', `{"EncryptionContext":${JSON.stringify(contextOf(key))}}`), contextOf(key));
      const yaml = join(home, `${key}.yaml`);
      writeFileSync(yaml, `EncryptionContext:\n  ${JSON.stringify(key)}: tenant-a\n`);
      expectBound(encrypt('--cli-input-yaml', `file://${yaml}`), contextOf(key));
    });

    it(`the cmdlet dialect: -EncryptionContext @{${key}=…} and as JSON`, () => {
      for (const given of [`@{'${key}'='tenant-a'}`, JSON.stringify(contextOf(key))]) {
        const blob = pskms(home, ['Invoke-KMSEncrypt', '-KeyId', keyId, '-Plaintext', 'hi', '-EncryptionContext', given, '-Select', 'CiphertextBlob']);
        expect(blob.code, blob.stderr).to.equal(0);
        expectBound(blob.stdout.trim(), contextOf(key));
      }
    });
  }

  it('the module protocol: a hashtable with each of those keys', async () => {
    const host = new ModuleHost(home);
    try {
      for (const key of KEYS) {
        const reply = await host.invoke('Invoke-KMSEncrypt', { KeyId: str(keyId), Plaintext: str('hi'), EncryptionContext: table([[key, str('tenant-a')]]), Select: str('CiphertextBlob') });
        expect(reply.error).to.equal(null);
        const blob = Buffer.from((reply.output[0] as { v: string }).v, 'base64');
        expect((await host.invoke('Invoke-KMSDecrypt', { CiphertextBlob: stream(blob) })).error?.innerException?.errorCode).to.equal('InvalidCiphertextException');
        expectBound(blob.toString('base64'), contextOf(key));
      }
    } finally {
      host.close();
    }
  });

  describe('pskms serve', () => {
    let server: RunningServer;
    before(async () => (server = await startServe(home)));
    after(() => server.stop());

    it('a JSON body whose EncryptionContext has each of those keys', async () => {
      for (const key of KEYS) {
        const res = await kmsPost(server.url, 'Encrypt', `{"KeyId":"${keyId}","Plaintext":"aGk=","EncryptionContext":${JSON.stringify(contextOf(key))}}`);
        expectBound((await res.json()).CiphertextBlob, contextOf(key));
      }
    });
  });
});
