// Runs the pskms command as a user's shell would: a new process per call, with the given
// store and environment (AWS_* and PSKMS_* from the outer environment removed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PSKMS_BIN = fileURLToPath(new URL('../../src/cli/pskms.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  json(): any;
}

export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && !k.startsWith('PSKMS_')));
  return { ...env, ...extra };
}

export function pskms(home: string, args: string[], env: Record<string, string> = {}): CliResult {
  const res = spawnSync(process.execPath, [PSKMS_BIN, ...args], { env: cleanEnv({ PSKMS_HOME: home, ...env }), encoding: 'utf8' });
  return {
    code: res.status,
    stdout: res.stdout,
    stderr: res.stderr,
    json() {
      if (res.status !== 0) throw new Error(`pskms ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
      return JSON.parse(res.stdout);
    },
  };
}
