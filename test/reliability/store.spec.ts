// The store under many writer processes at once, and under writers killed mid-write: it always
// loads, holds every acknowledged write, and every alias names an existing key.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, invoke, type RequestContext } from '../../src/engine/index.js';
import { cleanEnv } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

const WORKER = fileURLToPath(new URL('./workers/mixed-writes.js', import.meta.url));

interface Ack {
  op: string;
  key?: string;
  alias?: string;
  state?: string;
  shared?: boolean;
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  acks: Ack[];
  stderr: string;
}

/** Starts a writer; with killAfterMs it is sent SIGKILL then, wherever it is. */
function writer(home: string, index: number, count: number | 'forever', seed: number, killAfterMs?: number): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [WORKER, String(index), String(count), String(seed)], { env: cleanEnv({ PSKMS_HOME: home }) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // a line cut short by the kill was never acknowledged
      const acks = stdout.split('\n').filter((l) => l.endsWith('}')).map((l) => JSON.parse(l) as Ack);
      resolve({ code, signal, acks, stderr });
    });
  });
}

/** What the acknowledged writes of one writer leave: its keys' states and its own aliases' targets. */
function expectedState(acks: Ack[]): { keys: Map<string, string>; aliases: Map<string, string> } {
  const keys = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const a of acks) {
    if (a.shared) continue;
    if (a.op === 'CreateKey') keys.set(a.key!, 'Enabled');
    else if (a.state) keys.set(a.key!, a.state);
    else if (a.op === 'DeleteAlias') aliases.delete(a.alias!);
    else if (a.alias) aliases.set(a.alias, a.key!);
  }
  return { keys, aliases };
}

async function listAll(ctx: RequestContext, operation: 'ListKeys' | 'ListAliases', member: 'Keys' | 'Aliases'): Promise<Record<string, string>[]> {
  const all: Record<string, string>[] = [];
  let marker: string | undefined;
  do {
    const page = await invoke(ctx, operation, { Limit: 1000, ...(marker ? { Marker: marker } : {}) });
    all.push(...(page[member] as Record<string, string>[]));
    marker = page.NextMarker as string | undefined;
  } while (marker);
  return all;
}

/** Every document parses, is 0600 in a 0700 directory, and no temporary file or lock is left. */
function expectSoundFiles(home: string, { killedWriters = false } = {}): void {
  const walk = (dir: string): void => {
    expect(statSync(dir).mode & 0o777, dir).to.equal(0o700);
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        // a killed writer may leave its lock; the next writer takes it over
        if (/lock/.test(name) && killedWriters) continue;
        expect(name, 'a lock left behind').to.not.match(/lock/);
        walk(path);
        continue;
      }
      // a writer killed between writing its temporary file and the rename leaves it; readers skip it
      if (name.startsWith('.tmp-') && killedWriters) continue;
      expect(name, 'a temporary file left behind by a finished writer').to.not.match(/^\.tmp-/);
      expect(statSync(path).mode & 0o777, path).to.equal(0o600);
      expect(() => JSON.parse(readFileSync(path, 'utf8')), path).to.not.throw();
    }
  };
  for (const account of readdirSync(home)) walk(join(home, account));
}

/** The store as it is: every acknowledged key and alias, in its acknowledged state; aliases name existing keys. */
async function expectHolds(home: string, runs: Run[], { exact }: { exact: boolean }): Promise<number> {
  const ctx = createContext({ env: { PSKMS_HOME: home } });
  const keys = await listAll(ctx, 'ListKeys', 'Keys');
  const keyIds = new Set(keys.map((k) => k.KeyId));
  const aliases = await listAll(ctx, 'ListAliases', 'Aliases');
  for (const alias of aliases) expect(keyIds.has(alias.TargetKeyId), `${alias.AliasName} -> ${alias.TargetKeyId}`).to.equal(true);
  const aliasTargets = new Map(aliases.map((a) => [a.AliasName, a.TargetKeyId]));
  let acknowledgedKeys = 0;
  for (const run of runs) {
    const expected = expectedState(run.acks);
    acknowledgedKeys += expected.keys.size;
    for (const [keyId, state] of expected.keys) {
      expect(keyIds.has(keyId), `acknowledged key ${keyId}`).to.equal(true);
      // a killed writer's last write may have landed unacknowledged, so only a finished writer's states are exact
      if (exact) expect(((await invoke(ctx, 'DescribeKey', { KeyId: keyId })).KeyMetadata as { KeyState: string }).KeyState, keyId).to.equal(state);
    }
    if (exact) {
      for (const [alias, target] of expected.aliases) expect(aliasTargets.get(alias), alias).to.equal(target);
      const own = [...aliasTargets.keys()].filter((a) => a !== 'alias/shared' && run.acks.some((ack) => ack.alias === a));
      expect(own.sort()).to.deep.equal([...expected.aliases.keys()].sort());
    }
  }
  expect(keyIds.size).to.be.at.least(acknowledgedKeys);
  return keyIds.size;
}

describe('reliability: the store under concurrent and killed writers', function () {
  this.timeout(300_000);

  it('8 processes × 100 mixed writes at once: consistent, nothing lost, every alias names an existing key', async () => {
    const home = tempHome();
    const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => writer(home, i, 100, 20261123)));
    for (const run of runs) expect([run.code, run.stderr]).to.deep.equal([0, '']);
    for (const run of runs) expect(run.acks.filter((a) => !a.shared).length, 'writes of its own').to.be.at.least(50);
    const total = await expectHolds(home, runs, { exact: true });
    expect(total, 'keys no writer acknowledged').to.equal(runs.reduce((n, r) => n + expectedState(r.acks).keys.size, 0));
    expectSoundFiles(home);
  });

  it('writers killed with SIGKILL mid-write, again and again: the store loads and holds every acknowledged write', async () => {
    const home = tempHome();
    const runs: Run[] = [];
    for (let round = 0; round < 12; round++) {
      // two writers at a time, killed at staggered moments, so kills land inside locks and renames
      const batch = await Promise.all([writer(home, 2 * round, 'forever', round, 150 + ((round * 37) % 200)), writer(home, 2 * round + 1, 'forever', round, 200 + ((round * 53) % 250))]);
      for (const run of batch) expect(run.signal, run.stderr).to.equal('SIGKILL');
      runs.push(...batch);
      await expectHolds(home, runs, { exact: false });
      expectSoundFiles(home, { killedWriters: true });
    }
    expect(runs.reduce((n, r) => n + r.acks.length, 0), 'the writers got work done before their kills').to.be.greaterThan(50);
    // and a writer after them all takes over whatever lock a killed one held, and finishes
    const after = await writer(home, 99, 20, 99);
    expect([after.code, after.stderr]).to.deep.equal([0, '']);
    await expectHolds(home, [after], { exact: true });
  });
});
