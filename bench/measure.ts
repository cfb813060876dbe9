// Measuring on a noisy machine: rates as the median of several timed rounds, and cold process
// starts interleaved with their baseline so both see the same load.
import { spawnSync } from 'node:child_process';

/** Operations per second: the median of `rounds` rounds of about `ms` each, after a warm-up. */
export async function rate(fn: () => unknown, { ms = 400, rounds = 3 } = {}): Promise<number> {
  const deadline = Date.now() + ms / 2;
  while (Date.now() < deadline) await fn();
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const start = process.hrtime.bigint();
    const end = start + BigInt(ms) * 1_000_000n;
    let now = start;
    while (now < end) {
      await fn();
      n++;
      now = process.hrtime.bigint();
    }
    rates.push(n / (Number(now - start) / 1e9));
  }
  return median(rates);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Command {
  name: string;
  argv: string[];
  env?: NodeJS.ProcessEnv;
}

/** Median wall time (ms) of each command over `runs` cold starts, run in interleaved rounds. */
export function coldStarts(commands: Command[], runs: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(commands.map((c) => [c.name, []]));
  for (let i = 0; i < runs + 2; i++) {
    for (const c of commands) {
      const start = process.hrtime.bigint();
      const res = spawnSync(c.argv[0], c.argv.slice(1), { env: c.env ?? process.env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (res.status !== 0) throw new Error(`${c.argv.join(' ')} exited ${res.status}: ${res.stderr}`);
      if (i >= 2) times[c.name].push(ms); // the first two rounds warm the page cache
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}
