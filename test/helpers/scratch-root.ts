// One temporary directory for the whole test run, removed when the run ends, so stores and
// scratch files never pile up in the system's temp directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** the run's scratch root */
export const ROOT = mkdtempSync(join(tmpdir(), 'pskms-tests-'));
process.on('exit', () => rmSync(ROOT, { recursive: true, force: true }));

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(ROOT, prefix));
}
