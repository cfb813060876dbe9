// The command line at the edges of a process (issue 12, item 15): a reader that goes away, a
// serve option with no value, a port in use, values nested thousands deep. One clear line, or
// nothing; never a stack trace.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { cleanEnv, PSKMS_BIN, pskms } from '../helpers/cli.js';
import { startServe } from '../helpers/serve.js';
import { testStore, type TestStore } from '../helpers/store.js';

const STACK = /\n\s+at |Node\.js v\d|RangeError|EPIPE/;

describe('process edges', () => {
  let store: TestStore;
  before(async function () {
    this.timeout(120_000);
    store = testStore();
    // enough keys that the listing outgrows a pipe's buffer
    for (let i = 0; i < 1500; i++) await store.call('CreateKey');
  });
  after(() => store.cleanup());

  it('a reader that closes the pipe early (| head -1) ends the command quietly', () => {
    for (const command of ['Get-KMSKeyList', 'kms list-keys', 'kms list-keys --output text']) {
      const res = spawnSync('sh', ['-c', `"${process.execPath}" "${PSKMS_BIN}" ${command} | head -c 100 > /dev/null`], { env: cleanEnv({ PSKMS_HOME: store.home }), encoding: 'utf8' });
      expect(res.stderr, command).to.not.match(STACK);
    }
  });

  it('pskms serve: an option with no value, or an unknown one, is a usage error, not a random port', () => {
    for (const args of [['--port'], ['--host'], ['--port', '--host', '127.0.0.1'], ['--bogus', '1'], ['--port', 'http']]) {
      const res = pskms(store.home, ['serve', ...args]);
      expect(res.code, args.join(' ')).to.equal(252);
      expect(res.stderr.split('\n')[0]).to.match(/^usage: pskms serve/);
      expect(res.stderr).to.match(/\npskms serve: /);
    }
    expect(pskms(store.home, ['serve', '--help']).code).to.equal(0);
  });

  it('pskms serve on a port in use says so in one line', async () => {
    const first = await startServe(store.home);
    try {
      const port = new URL(first.url).port;
      const second = pskms(store.home, ['serve', '--port', port]);
      expect(second.code).to.equal(1);
      expect(second.stderr).to.equal(`pskms serve: port ${port} on 127.0.0.1 is already in use; stop what listens there, or choose another with --port\n`);
    } finally {
      await first.stop();
    }
  });

  it('values nested thousands deep are parameter errors in both dialects and in --cli-input-json', () => {
    const deepPs = `${'@('.repeat(5000)}1${')'.repeat(5000)}`;
    const deepJson = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const cmdlet = pskms(store.home, ['Invoke-KMSEncrypt', '-KeyId', 'x', '-Plaintext', deepPs]);
    expect(cmdlet.code).to.equal(1);
    expect(cmdlet.stderr.split('\n')[0]).to.equal('Invoke-KMSEncrypt: Cannot process argument: the value nests more than 64 levels deep.');
    const hash = pskms(store.home, ['Invoke-KMSEncrypt', '-KeyId', 'x', '-Plaintext', 'x', '-EncryptionContext', deepJson]);
    expect(hash.code).to.equal(1);
    const cli = pskms(store.home, ['kms', 'encrypt', '--key-id', 'x', '--plaintext', 'aGk=', '--encryption-context', deepJson]);
    expect([cli.code, cli.stderr]).to.deep.equal([252, "\nError parsing parameter '--encryption-context': the value nests more than 64 levels deep\n"]);
    const shorthand = pskms(store.home, ['kms', 'create-key', '--tags', `${'a={'.repeat(3000)}b=c${'}'.repeat(3000)}`]);
    expect(shorthand.code).to.equal(252);
    const input = pskms(store.home, ['kms', 'encrypt', '--cli-input-json', `{"KeyId":"x","Plaintext":"aGk=","EncryptionContext":${deepJson}}`]);
    expect(input.code).to.equal(252);
    for (const res of [cmdlet, hash, cli, shorthand, input]) expect(res.stderr).to.not.match(STACK);
  });
});
