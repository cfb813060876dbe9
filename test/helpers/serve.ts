// `pskms serve` on a free loopback port, over a given store, for tests that call it over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cleanEnv, PSKMS_BIN } from './cli.js';

export interface RunningServer {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Started and listening; `quiet` drops its log (stderr) for a test that floods it and reads none. */
export async function startServe(home: string, args: string[] = [], options: { quiet?: boolean } = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [PSKMS_BIN, 'serve', '--port', '0', ...args], { env: cleanEnv({ PSKMS_HOME: home }), stdio: ['ignore', 'pipe', options.quiet ? 'ignore' : 'pipe'] });
  const first = await createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next();
  const url = /listening on (\S+)/.exec(String(first.value))?.[1];
  if (!url) throw new Error(`pskms serve did not start: ${first.value}`);
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** A POST of the KMS wire protocol: awsJson1.1 with X-Amz-Target TrentService.<operation>. */
export async function kmsPost(url: string, operation: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/`, { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}`, ...headers }, body });
}
