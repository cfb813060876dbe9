// The README as a new user follows it (issue 12, items 16 and 18): the bare `pskms` command (npx
// adds half a second to every call), and the serve example run as written: it waits until the
// server listens, calls it, and stops it.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, PSKMS_BIN } from './helpers/cli.js';
import { tempHome } from './helpers/store.js';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** The first bash block after a heading. */
function bashBlockAfter(heading: string): string {
  const section = README.slice(README.indexOf(heading));
  return /```bash\n([\s\S]*?)```/.exec(section)![1];
}

describe('the README', () => {
  it('calls pskms directly, after putting it on the PATH, never through npx', () => {
    expect(README).to.not.contain('npx pskms');
    expect(bashBlockAfter('## Set-up')).to.match(/^npm ci && npm link && pskms /);
  });

  it('the pskms serve example waits until the server listens, calls it, and stops it', async function () {
    this.timeout(30_000);
    const dir = tempHome();
    // pskms as `npm link` would put it on the PATH
    const shim = join(dir, 'pskms');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${PSKMS_BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    // a free port in place of 4599, and without the AWS CLI where it is not installed
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = String((probe.address() as { port: number }).port);
    await new Promise((resolve) => probe.close(resolve));
    const hasAws = spawnSync('aws', ['--version']).status === 0;
    const script = bashBlockAfter('## A KMS endpoint').replaceAll('4599', port).split('\n').filter((line) => hasAws || !line.startsWith('aws ')).join('\n');
    const res = spawnSync('bash', ['-c', `set -e\n${script}\nsleep 0.5\ncat serve.log`], {
      cwd: dir,
      env: cleanEnv({ PSKMS_HOME: join(dir, 'store'), PATH: `${dir}:${process.env.PATH}` }),
      encoding: 'utf8',
      timeout: 25_000,
    });
    expect(res.status, res.stderr).to.equal(0);
    expect(res.stdout).to.contain('"Keys": []');
    expect(res.stdout).to.match(/ListKeys 200 \d+ms/);
    // stopped: the port is free again
    const again = createServer();
    await new Promise<void>((resolve, reject) => again.once('error', reject).listen(Number(port), '127.0.0.1', resolve));
    await new Promise((resolve) => again.close(resolve));
  });
});
