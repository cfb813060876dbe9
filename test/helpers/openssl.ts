// The openssl binary as an independent oracle: run it on files in a scratch directory.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './scratch-root.js';

export const HAS_OPENSSL = spawnSync('openssl', ['version']).status === 0;

/** Skips the calling suite, saying why, when openssl is not installed. */
export function requireOpenssl(ctx: Mocha.Context): void {
  if (!HAS_OPENSSL) {
    console.warn('    (skipped: the openssl binary is not installed)');
    ctx.skip();
  }
}

export class Scratch {
  readonly dir = scratchDir('openssl-');

  write(name: string, data: Uint8Array | string): string {
    const path = join(this.dir, name);
    writeFileSync(path, data);
    return path;
  }

  read(name: string): Uint8Array {
    return new Uint8Array(readFileSync(join(this.dir, name)));
  }

  path(name: string): string {
    return join(this.dir, name);
  }
}

/** Runs openssl; returns stdout. Throws with openssl's stderr when it exits non-zero. */
export function openssl(args: string[], input?: Uint8Array): Buffer {
  return execFileSync('openssl', args, { input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Runs openssl and reports whether it exited 0 (for verify commands). */
export function opensslSucceeds(args: string[]): boolean {
  return spawnSync('openssl', args, { stdio: 'ignore' }).status === 0;
}
