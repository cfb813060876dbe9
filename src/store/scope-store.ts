// The persistent store of one account and region: one JSON document per key and per alias,
// each replaced atomically, every change made under the scope's inter-process lock. Files
// are 0600 and directories 0700, since key documents hold private key material.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, type BigIntStats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomic } from './atomic-file.js';
import { withLock } from './lock.js';

/**
 * The collections a store holds, each a directory of documents, and the member of a document
 * that holds its id (read back for an id stored under its hash). The store knows no more of
 * what it holds: its user (the engine) names them.
 */
export type Collections<C extends string> = Readonly<Record<C, string>>;

/** A document that cannot be used: not JSON, or not the shape its collection needs. The reason never quotes its content. */
export class DamagedDocumentError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`the store document ${path} is damaged (${reason}); restore it from a backup, or delete it to drop that key or alias`);
  }
}

// Every call re-reads its documents, since another process may have changed them. A stat says
// whether one did for less than a read costs: a write replaces the file (a new inode), so an
// unchanged inode, size and mtime mean unchanged content. File times can be as coarse as two
// seconds (FAT, some network shares) and inode numbers are reused, so only a document last
// written well before it was read is kept: any later write then carries a later mtime. Reads
// under the scope's lock never use it (a read-modify-write must see the file itself, also on
// a network file system whose stat answers from a cache), nor does anything with
// PSKMS_STORE_CACHE=0. Matters to long-lived processes.
const documents = new Map<string, { stat: BigIntStats; text: string }>();
const MAX_DOCUMENTS = 1024;
const SETTLED_NS = 3_000_000_000n;
const CACHE_ENABLED = process.env.PSKMS_STORE_CACHE !== '0';

function readDocument(path: string): string {
  const stat = statSync(path, { bigint: true });
  const cached = documents.get(path);
  if (cached && cached.stat.ino === stat.ino && cached.stat.mtimeNs === stat.mtimeNs && cached.stat.size === stat.size && cached.stat.dev === stat.dev) return cached.text;
  const text = readFileSync(path, 'utf8');
  documents.delete(path);
  if (BigInt(Date.now()) * 1_000_000n - stat.mtimeNs > SETTLED_NS) {
    if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(path, { stat, text });
  }
  return text;
}

/** The longest file name file systems take (NAME_MAX). */
const NAME_MAX = 255;
/** Begins the file name of a document stored under the hash of its id; encodeURIComponent never writes '='. */
const HASHED = '=';
/** The member of a document that holds its id, read back for a document stored under a hash. */

/** The id a file name encodes; undefined for a name pskms did not write (a bad %-escape). */
function decodedId(name: string): string | undefined {
  try {
    return decodeURIComponent(name);
  } catch {
    return undefined;
  }
}

/**
 * The writes of a transaction in progress, made when it ends: a transaction that fails (a check
 * that throws after an earlier put) writes nothing. null marks a delete. A store instance serves
 * one request (each request makes its context), so another request of the same process
 * (pskms serve) never reads them before they are made.
 */
type PendingWrites = Map<string, { collection: string; id: string; text: string | null }>;

export class ScopeStore<C extends string = string> {
  readonly dir: string;
  /** transactions of this store in progress: their reads go to the files themselves */
  private locked = 0;
  private pending: PendingWrites | undefined;
  /** this request's stores of the account's other Regions (multi-Region keys) */
  private readonly siblings = new Map<string, ScopeStore<C>>();

  constructor(home: string, accountId: string, region: string, private readonly collections: Collections<C>) {
    this.dir = join(home, accountId, region);
  }

  /** The store of another Region of the same account (multi-Region keys); one instance per Region. */
  sibling(region: string): ScopeStore<C> {
    let store = this.siblings.get(region);
    if (!store) this.siblings.set(region, (store = new ScopeStore(dirname(dirname(this.dir)), basename(dirname(this.dir)), region, this.collections)));
    return store;
  }

  /**
   * Runs fn holding the locks of several scopes (a multi-Region write), taken in one order (by
   * directory) so that two processes never wait on each other.
   */
  static async transactAll<T>(stores: readonly ScopeStore<string>[], fn: () => T | Promise<T>): Promise<T> {
    const ordered = [...new Map(stores.map((s) => [s.dir, s])).values()].sort((a, b) => (a.dir < b.dir ? -1 : 1));
    const run = (i: number): Promise<T> => (i === ordered.length ? Promise.resolve(fn()) : ordered[i].transact(() => run(i + 1)));
    return run(0);
  }

  /** Where a document lives (for messages). */
  pathOf(collection: C, id: string): string {
    return this.file(collection, id);
  }

  private file(collection: C, id: string): string {
    const name = `${encodeURIComponent(id)}.json`;
    // an id whose encoding is too long for a file name (an alias name of 256 characters with
    // '/' or ':' in it, each three once encoded) is stored under its hash
    if (Buffer.byteLength(name) <= NAME_MAX) return join(this.dir, collection, name);
    return join(this.dir, collection, `${HASHED}${createHash('sha256').update(id).digest('hex')}.json`);
  }

  /** The id of a document stored under a hash; undefined if it is gone. */
  private idOfHashed(collection: C, name: string): string | undefined {
    try {
      const id = (JSON.parse(readFileSync(join(this.dir, collection, name), 'utf8')) as Record<string, unknown> | null)?.[this.collections[collection]];
      return typeof id === 'string' ? id : undefined;
    } catch (e) {
      // gone, or damaged beyond naming its id: not listed
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || e instanceof SyntaxError) return undefined;
      throw e;
    }
  }

  get<T>(collection: C, id: string): T | undefined {
    const path = this.file(collection, id);
    const written = this.pending?.get(`${collection}/${id}`);
    if (written) return written.text === null ? undefined : (JSON.parse(written.text) as T);
    let text: string;
    try {
      text = this.locked === 0 && CACHE_ENABLED ? readDocument(path) : readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    try {
      return JSON.parse(text) as T;
    } catch {
      // (not the parser's message: it may quote the document, and key documents hold key material)
      throw new DamagedDocumentError(path, 'it is not valid JSON');
    }
  }

  /** The ids in a collection, sorted. */
  list(collection: C): string[] {
    let names: string[] = [];
    try {
      names = readdirSync(join(this.dir, collection));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    const ids = new Set(names
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map((n) => (n.startsWith(HASHED) ? this.idOfHashed(collection, n) : decodedId(n.slice(0, -5))))
      .filter((id): id is string => id !== undefined));
    for (const write of this.pending?.values() ?? []) {
      if (write.collection !== collection) continue;
      if (write.text === null) ids.delete(write.id);
      else ids.add(write.id);
    }
    return [...ids].sort();
  }

  /** Call only inside transact(): the document is written when the transaction ends well. */
  put(collection: C, id: string, document: unknown): void {
    const text = JSON.stringify(document);
    if (this.pending) this.pending.set(`${collection}/${id}`, { collection, id, text });
    else this.write(collection, id, text);
  }

  /** Call only inside transact(): the document is removed when the transaction ends well. */
  delete(collection: C, id: string): void {
    if (this.pending) this.pending.set(`${collection}/${id}`, { collection, id, text: null });
    else this.write(collection, id, null);
  }

  private write(collection: C, id: string, text: string | null): void {
    if (text !== null) {
      mkdirSync(join(this.dir, collection), { recursive: true, mode: 0o700 });
      writeFileAtomic(this.file(collection, id), text);
      return;
    }
    try {
      unlinkSync(this.file(collection, id));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  /** Runs fn holding the scope's lock; reads inside it see every earlier committed write. */
  async transact<T>(fn: () => T | Promise<T>): Promise<T> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    return withLock(join(this.dir, '.lock'), async () => {
      this.locked++;
      const pending: PendingWrites = new Map();
      this.pending = pending;
      try {
        const result = await fn();
        this.pending = undefined;
        for (const w of pending.values()) this.write(w.collection as C, w.id, w.text);
        return result;
      } finally {
        this.pending = undefined;
        this.locked--;
      }
    });
  }
}
