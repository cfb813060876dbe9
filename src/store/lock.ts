// An inter-process lock for one store scope: a directory renamed into place (atomic), holding
// an owner label unique to this acquisition (pid, host, nonce, and the process's start time
// where the system tells it). A lock whose owner died (kill -9 mid-write) is taken over at once
// when the owner ran on this host, and after STALE_MS otherwise; a live holder keeps its lock
// fresh, so it is never judged stale. A pid can be reused: a container restarted with its
// server as pid 1 again, or another process given the dead one's number. So a label with this
// process's pid that this process does not hold is dead, and another pid counts as its owner
// only if it started when the owner did (or, where start times are unknown, while the lock is fresh).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_MS = 60_000;
const REFRESH_MS = 10_000;
const OWNERLESS_STALE_MS = 2_000;
const TIMEOUT_MS = 60_000;

export class LockTimeoutError extends Error {
  constructor(path: string) {
    super(`timed out waiting for the store lock ${path}`);
  }
}

/** The labels of the locks this process holds now. */
const held = new Set<string>();

/** When a process started, as Linux counts it (/proc/<pid>/stat, field 22); undefined elsewhere. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name, field 2, is in parentheses and may hold spaces
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

let ownStart: string | undefined;

function readOwner(lockDir: string): string | undefined {
  try {
    return readFileSync(join(lockDir, 'owner'), 'utf8');
  } catch {
    return undefined;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether the holder named by `owner` may still be working. */
function ownerAlive(lockDir: string, owner: string | undefined): boolean {
  // a lock not made by tryAcquire (or being removed): give it a moment
  if (owner === undefined) return ageMs(lockDir) < OWNERLESS_STALE_MS;
  const [pidAtHost, , start] = owner.split('#');
  const [pid, host] = pidAtHost.split('@');
  if (host !== hostname()) return ageMs(lockDir) < STALE_MS;
  if (Number(pid) === process.pid) return held.has(owner);
  try {
    process.kill(Number(pid), 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const startNow = processStart(Number(pid));
  if (start && startNow !== undefined) return startNow === start;
  return ageMs(lockDir) < STALE_MS;
}

function lockTaken(lockDir: string, e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTEMPTY') return true;
  // Windows refuses a rename onto an existing directory with EPERM / EACCES
  if (code === 'EPERM' || code === 'EACCES') {
    try {
      return statSync(lockDir).isDirectory();
    } catch {
      return false;
    }
  }
  return false;
}

/** Labels a private directory first and renames it into place: a lock is never seen unlabelled. */
function tryAcquire(lockDir: string, owner: string): boolean {
  const staging = `${lockDir}.new-${randomBytes(6).toString('hex')}`;
  mkdirSync(staging, { mode: 0o700 });
  writeFileSync(join(staging, 'owner'), owner, { mode: 0o600 });
  try {
    renameSync(staging, lockDir);
    return true;
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    if (lockTaken(lockDir, e)) return false;
    throw e;
  }
}

/**
 * Moves the lock directory aside and deletes it, but only if it is still the one labelled
 * `expectedOwner`: between reading the label and moving the directory, another waiter may
 * already have replaced a dead lock with its own live one, which is then put back.
 */
export function removeLock(lockDir: string, expectedOwner: string | undefined): void {
  const grave = `${lockDir}.old-${randomBytes(6).toString('hex')}`;
  try {
    renameSync(lockDir, grave);
  } catch {
    return;
  }
  if (readOwner(grave) !== expectedOwner) {
    try {
      renameSync(grave, lockDir);
      return;
    } catch {
      // a third process locked in the meantime; the moved lock's owner will find it gone
    }
  }
  rmSync(grave, { recursive: true, force: true });
}

export async function withLock<T>(lockDir: string, fn: () => T | Promise<T>): Promise<T> {
  // read when a lock is first taken, not on the start-up of every call that only reads
  ownStart ??= processStart(process.pid) ?? '';
  const owner = `${process.pid}@${hostname()}#${randomBytes(8).toString('hex')}#${ownStart}`;
  const deadline = Date.now() + TIMEOUT_MS;
  for (let attempt = 0; !tryAcquire(lockDir, owner); attempt++) {
    const current = readOwner(lockDir);
    if (!ownerAlive(lockDir, current)) {
      removeLock(lockDir, current);
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(lockDir);
    await sleep(Math.min(50, 1 + attempt) * (0.5 + Math.random()));
  }
  const refresh = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(lockDir, now, now);
    } catch {
      // the lock is gone: nothing to keep fresh
    }
  }, REFRESH_MS);
  refresh.unref();
  held.add(owner);
  try {
    return await fn();
  } finally {
    clearInterval(refresh);
    held.delete(owner);
    removeLock(lockDir, owner);
  }
}
