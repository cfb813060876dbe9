// A writer process for the reliability suite: a seeded random sequence of KMS writes through
// the engine on the shared store — create key, alias create/update/delete (its own aliases and
// one alias every writer fights over), disable/enable, schedule/cancel deletion. Each write is
// printed as one JSON line once it has returned, i.e. once it is acknowledged.
//   node mixed-writes.js <writer> <count|forever> <seed>
import { createContext, invoke, KmsError } from '../../../src/engine/index.js';

type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

const writer = Number(process.argv[2]);
const count = process.argv[3] === 'forever' ? Infinity : Number(process.argv[3]);
let seed = Number(process.argv[4] ?? 1) * 7919 + writer;
const random = (n: number) => {
  // xorshift32: the same sequence for the same seed, so a failure can be replayed
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
};

const ctx = createContext();
const keys = new Map<string, KeyState>();
const aliases = new Map<string, string>();
let aliasCounter = 0;

const ack = (entry: object) => process.stdout.write(`${JSON.stringify(entry)}\n`);
const pick = <T>(items: T[]): T | undefined => (items.length ? items[random(items.length)] : undefined);
const keysIn = (state: KeyState) => [...keys].filter(([, s]) => s === state).map(([k]) => k);
const usableKeys = () => [...keys].filter(([, s]) => s !== 'PendingDeletion').map(([k]) => k);

/** The writes: each returns false when it does not apply to the writer's present state. */
const writes: (() => Promise<boolean>)[] = [
  async () => {
    const id = ((await invoke(ctx, 'CreateKey', { Description: `writer ${writer}` })).KeyMetadata as { KeyId: string }).KeyId;
    keys.set(id, 'Enabled');
    ack({ op: 'CreateKey', key: id });
    return true;
  },
  async () => {
    const key = pick(usableKeys());
    if (!key) return false;
    const alias = `alias/w${writer}-${aliasCounter++}`;
    await invoke(ctx, 'CreateAlias', { AliasName: alias, TargetKeyId: key });
    aliases.set(alias, key);
    ack({ op: 'CreateAlias', alias, key });
    return true;
  },
  async () => {
    const alias = pick([...aliases.keys()]);
    const key = pick(usableKeys());
    if (!alias || !key) return false;
    await invoke(ctx, 'UpdateAlias', { AliasName: alias, TargetKeyId: key });
    aliases.set(alias, key);
    ack({ op: 'UpdateAlias', alias, key });
    return true;
  },
  async () => {
    const alias = pick([...aliases.keys()]);
    if (!alias) return false;
    await invoke(ctx, 'DeleteAlias', { AliasName: alias });
    aliases.delete(alias);
    ack({ op: 'DeleteAlias', alias });
    return true;
  },
  ...([['DisableKey', 'Enabled', 'Disabled'], ['EnableKey', 'Disabled', 'Enabled'], ['CancelKeyDeletion', 'PendingDeletion', 'Disabled']] as const).map(
    ([op, from, to]) => async () => {
      const key = pick(keysIn(from));
      if (!key) return false;
      await invoke(ctx, op, { KeyId: key });
      keys.set(key, to);
      ack({ op, key, state: to });
      return true;
    },
  ),
  async () => {
    const key = pick(usableKeys());
    // only keys no alias of this writer names, so that its aliases can still be updated to usable keys
    if (!key || [...aliases.values()].includes(key)) return false;
    await invoke(ctx, 'ScheduleKeyDeletion', { KeyId: key, PendingWindowInDays: 7 });
    keys.set(key, 'PendingDeletion');
    ack({ op: 'ScheduleKeyDeletion', key, state: 'PendingDeletion' });
    return true;
  },
  async () => {
    // the alias every writer fights over: losing a race is an AWS error, not a failure
    const key = pick(usableKeys());
    if (!key) return false;
    const op = pick(['CreateAlias', 'UpdateAlias', 'DeleteAlias'] as const)!;
    try {
      await invoke(ctx, op, op === 'DeleteAlias' ? { AliasName: 'alias/shared' } : { AliasName: 'alias/shared', TargetKeyId: key });
      ack({ op, alias: 'alias/shared', shared: true });
    } catch (e) {
      if (!(e instanceof KmsError) || !['AlreadyExistsException', 'NotFoundException'].includes(e.type)) throw e;
    }
    return true;
  },
];

for (let done = 0; done < count; ) {
  if (await writes[random(writes.length)]()) done++;
}
