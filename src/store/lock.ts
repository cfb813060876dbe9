// An inter-process lock for one store scope: a directory renamed into place (atomic), holding
// the owner's pid and host. A lock whose owner died (kill -9 mid-write) is taken over at once
// when the owner ran on this host, and after STALE_MS otherwise.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_MS = 60_000;
const OWNERLESS_STALE_MS = 2_000;
const TIMEOUT_MS = 60_000;

export class LockTimeoutError extends Error {
  constructor(path: string) {
    super(`timed out waiting for the store lock ${path}`);
  }
}

function ownerAlive(lockDir: string): boolean {
  let owner: string;
  try {
    owner = readFileSync(join(lockDir, 'owner'), 'utf8');
  } catch {
    // not made by tryAcquire (or being removed): give it a moment
    return ageMs(lockDir) < OWNERLESS_STALE_MS;
  }
  const [pid, host] = owner.split('@');
  if (host !== hostname()) return ageMs(lockDir) < STALE_MS;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function tryAcquire(lockDir: string): boolean {
  // Label a private directory first and rename it into place, so a lock is never seen
  // without its owner, even if this process is killed in between.
  const staging = `${lockDir}.new-${randomBytes(6).toString('hex')}`;
  mkdirSync(staging, { mode: 0o700 });
  writeFileSync(join(staging, 'owner'), `${process.pid}@${hostname()}`, { mode: 0o600 });
  try {
    renameSync(staging, lockDir);
    return true;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTEMPTY') return false;
    throw e;
  }
}

/**
 * Moves the lock directory aside, then deletes it. Moving first matters: an empty lock
 * directory could be replaced by another process's rename, and only one process can move
 * a given directory away.
 */
function removeLock(lockDir: string): void {
  const grave = `${lockDir}.old-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockDir, grave);
  } catch {
    return;
  }
  rmSync(grave, { recursive: true, force: true });
}

export async function withLock<T>(lockDir: string, fn: () => T | Promise<T>): Promise<T> {
  const deadline = Date.now() + TIMEOUT_MS;
  for (let attempt = 0; !tryAcquire(lockDir); attempt++) {
    if (!ownerAlive(lockDir)) {
      removeLock(lockDir);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockDir);
    await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
  }
  try {
    return await fn();
  } finally {
    removeLock(lockDir);
  }
}
