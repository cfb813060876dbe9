// npm run bench: pskms's speed as ratios measured in one run against node:crypto and a bare
// `node -e 0`, so the figures hold on a noisy machine. Prints one table and writes
// bench/results.json. PSKMS_BENCH_QUICK=1 shortens every section (for a smoke run).
import { spawn, spawnSync } from 'node:child_process';
import { createCipheriv, createDecipheriv, createPublicKey, diffieHellman, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createContext, invoke, type RequestContext } from '../src/engine/index.js';
import { coldStarts, median, rate } from './measure.js';

const QUICK = process.env.PSKMS_BENCH_QUICK === '1';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'pskms.js');

interface Row {
  section: string;
  name: string;
  /** pskms's figure and the baseline's, in `unit` */
  pskms: number;
  baseline: number;
  unit: string;
  /** how many times the baseline pskms reaches (higher is better) */
  ratio: number;
  target?: number;
  /** an absolute ceiling on pskms's figure, in `unit`, where the goal is not a ratio */
  limit?: number;
}

const rows: Row[] = [];
const add = (row: Omit<Row, 'ratio'>, ratio = row.pskms / row.baseline) => {
  rows.push({ ...row, ratio });
  process.stderr.write(`  ${row.section} · ${row.name}: ${ratio.toFixed(2)}\n`);
};

// scratch stores hold private keys: removed however the run ends
const scratchDirs: string[] = [];
process.on('exit', () => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'pskms-bench-'));
  scratchDirs.push(dir);
  return dir;
};
const bytes = (n: number) => new Uint8Array(randomBytes(n));

async function createKey(ctx: RequestContext, request: Record<string, unknown>): Promise<string> {
  return ((await invoke(ctx, 'CreateKey', request)).KeyMetadata as { KeyId: string }).KeyId;
}

/**
 * A long-lived process keeps a store document only once it has settled (3 s after its last
 * write; see scope-store.ts). Rates are measured in that steady state, as a server or module
 * host sees keys made before it uses them.
 */
const settle = () => new Promise((resolve) => setTimeout(resolve, QUICK ? 0 : 3100));

/** The KMS key's public key, and a fresh key pair of the same kind for node:crypto to do the same primitive with. */
async function nodeKeys(ctx: RequestContext, keyId: string, spec: string): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  const publicKey = createPublicKey({ key: Buffer.from((await invoke(ctx, 'GetPublicKey', { KeyId: keyId })).PublicKey as Uint8Array), format: 'der', type: 'spki' });
  const generated = spec.startsWith('RSA')
    ? generateKeyPairSync('rsa', { modulusLength: Number(spec.slice(4)) })
    : spec === 'ECC_NIST_EDWARDS25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: publicKey.asymmetricKeyDetails!.namedCurve! });
  return { privateKey: generated.privateKey, publicKey: generated.publicKey };
}

const rateOpts = QUICK ? { ms: 150, rounds: 1 } : { ms: 500, rounds: 3 };

async function engineOperations(): Promise<void> {
  const ctx = createContext({ env: { PSKMS_HOME: scratch() } });
  const message = bytes(64);
  const signing: [string, string, string, string | null][] = [
    ['RSA_2048', 'RSASSA_PSS_SHA_256', 'sha256', 'pss'],
    ['RSA_2048', 'RSASSA_PKCS1_V1_5_SHA_256', 'sha256', 'pkcs1'],
    ['ECC_NIST_P256', 'ECDSA_SHA_256', 'sha256', null],
    ['ECC_NIST_P384', 'ECDSA_SHA_384', 'sha384', null],
    ['ECC_NIST_P521', 'ECDSA_SHA_512', 'sha512', null],
    ['ECC_SECG_P256K1', 'ECDSA_SHA_256', 'sha256', null],
    ['ECC_NIST_EDWARDS25519', 'ED25519_SHA_512', '', null],
  ];
  for (const [spec, algorithm, hash, padding] of signing) {
    const keyId = await createKey(ctx, { KeySpec: spec, KeyUsage: 'SIGN_VERIFY' });
    await settle();
    const { privateKey, publicKey } = await nodeKeys(ctx, keyId, spec);
    const nodeKey = padding === 'pss' ? { key: privateKey, padding: 6, saltLength: 32 } : privateKey;
    const nodeSign = () => sign(hash || null, message, nodeKey);
    const baseline = await rate(nodeSign, rateOpts);
    add({ section: 'engine vs node:crypto', name: `Sign RAW ${spec} ${algorithm}`, pskms: await rate(() => invoke(ctx, 'Sign', { KeyId: keyId, Message: message, SigningAlgorithm: algorithm }), rateOpts), baseline, unit: 'ops/s', target: 0.8 });
    if (hash) {
      const digest = new Uint8Array(Buffer.from(await crypto.subtle.digest(hash.replace('sha', 'SHA-'), message)));
      // node signs a precomputed digest only for RSA (privateEncrypt); ECDSA over a digest is noble's, so it has no node primitive to match
      const nodeHasIt = spec.startsWith('RSA');
      add({
        section: 'engine vs node:crypto', name: `Sign DIGEST ${spec} ${algorithm} (vs node signing the message${nodeHasIt ? '' : '; no node primitive'})`, unit: 'ops/s',
        pskms: await rate(() => invoke(ctx, 'Sign', { KeyId: keyId, Message: digest, MessageType: 'DIGEST', SigningAlgorithm: algorithm }), rateOpts), baseline, ...(nodeHasIt ? { target: 0.8 } : {}),
      });
    }
    if (spec === 'ECC_NIST_P256' || algorithm === 'RSASSA_PSS_SHA_256') {
      const signature = (await invoke(ctx, 'Sign', { KeyId: keyId, Message: message, SigningAlgorithm: algorithm })).Signature;
      const nodeSig = nodeSign();
      const verifyKey = padding === 'pss' ? { key: publicKey, padding: 6, saltLength: 32 } : publicKey;
      add({
        section: 'engine vs node:crypto', name: `Verify ${spec} ${algorithm}`, unit: 'ops/s', target: 0.8,
        pskms: await rate(() => invoke(ctx, 'Verify', { KeyId: keyId, Message: message, Signature: signature, SigningAlgorithm: algorithm }), rateOpts),
        baseline: await rate(() => verify(hash, message, verifyKey, nodeSig), rateOpts),
      });
    }
  }
  for (const [spec, curve] of [['ECC_NIST_P256', 'prime256v1'], ['ECC_NIST_P384', 'secp384r1'], ['ECC_NIST_P521', 'secp521r1']]) {
    const keyId = await createKey(ctx, { KeySpec: spec, KeyUsage: 'KEY_AGREEMENT' });
    await settle();
    const peer = generateKeyPairSync('ec', { namedCurve: curve });
    const mine = generateKeyPairSync('ec', { namedCurve: curve });
    const PublicKey = new Uint8Array(peer.publicKey.export({ format: 'der', type: 'spki' }));
    add({
      section: 'engine vs node:crypto', name: `DeriveSharedSecret ${spec}`, unit: 'ops/s', target: 0.8,
      pskms: await rate(() => invoke(ctx, 'DeriveSharedSecret', { KeyId: keyId, KeyAgreementAlgorithm: 'ECDH', PublicKey }), rateOpts),
      baseline: await rate(() => diffieHellman({ privateKey: mine.privateKey, publicKey: createPublicKey({ key: Buffer.from(PublicKey), format: 'der', type: 'spki' }) }), rateOpts),
    });
  }
  const sym = await createKey(ctx, {});
  const sym2 = await createKey(ctx, {});
  await settle();
  const aesKey = randomBytes(32);
  const gcmEncrypt = (data: Uint8Array) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', aesKey, iv);
    return [iv, c.update(data), c.final(), c.getAuthTag()];
  };
  const gcmDecrypt = ([iv, body, , tag]: Buffer[]) => {
    const d = createDecipheriv('aes-256-gcm', aesKey, iv);
    d.setAuthTag(tag);
    return Buffer.concat([d.update(body), d.final()]);
  };
  for (const size of [1024, 4096]) {
    const plaintext = bytes(size);
    const blob = (await invoke(ctx, 'Encrypt', { KeyId: sym, Plaintext: plaintext })).CiphertextBlob;
    const nodeBlob = gcmEncrypt(plaintext);
    add({ section: 'engine vs node:crypto', name: `Encrypt ${size / 1024} KiB`, unit: 'ops/s', target: 0.8, pskms: await rate(() => invoke(ctx, 'Encrypt', { KeyId: sym, Plaintext: plaintext }), rateOpts), baseline: await rate(() => gcmEncrypt(plaintext), rateOpts) });
    add({ section: 'engine vs node:crypto', name: `Decrypt ${size / 1024} KiB`, unit: 'ops/s', target: 0.8, pskms: await rate(() => invoke(ctx, 'Decrypt', { CiphertextBlob: blob }), rateOpts), baseline: await rate(() => gcmDecrypt(nodeBlob), rateOpts) });
    if (size === 4096) {
      add({
        section: 'engine vs node:crypto', name: 'ReEncrypt 4 KiB (vs AES-GCM decrypt + encrypt)', unit: 'ops/s', target: 0.8,
        pskms: await rate(() => invoke(ctx, 'ReEncrypt', { CiphertextBlob: blob, DestinationKeyId: sym2 }), rateOpts),
        baseline: await rate(() => gcmEncrypt(gcmDecrypt(nodeBlob)), rateOpts),
      });
    }
  }
  const pairs: [string, () => unknown][] = [
    ['ECC_NIST_P256', () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })],
    ['ECC_NIST_P384', () => generateKeyPairSync('ec', { namedCurve: 'secp384r1' })],
    ['ECC_NIST_EDWARDS25519', () => generateKeyPairSync('ed25519')],
    ['RSA_2048', () => generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ];
  for (const [spec, generate] of pairs) {
    const opts = spec.startsWith('RSA') ? { ms: QUICK ? 300 : 2000, rounds: QUICK ? 1 : 3 } : rateOpts;
    add({ section: 'engine vs node:crypto', name: `GenerateDataKeyPair ${spec} (vs bare key generation)`, unit: 'ops/s', target: 0.8, pskms: await rate(() => invoke(ctx, 'GenerateDataKeyPair', { KeyId: sym, KeyPairSpec: spec }), opts), baseline: await rate(generate, opts) });
  }
}

async function coldCalls(): Promise<void> {
  const home = scratch();
  const env = { ...process.env, PSKMS_HOME: home };
  const keyId = JSON.parse(spawnSync(process.execPath, [BIN, 'kms', 'create-key', '--key-spec', 'ECC_NIST_P256', '--key-usage', 'SIGN_VERIFY'], { env, encoding: 'utf8' }).stdout).KeyMetadata.KeyId;
  const runs = QUICK ? 5 : 21;
  const times = coldStarts([
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: 'pskms kms sign', argv: [process.execPath, BIN, 'kms', 'sign', '--key-id', keyId, '--message', 'aGVsbG8=', '--signing-algorithm', 'ECDSA_SHA_256'], env },
    { name: 'pskms Invoke-KMSSigning', argv: [process.execPath, BIN, 'Invoke-KMSSigning', '-KeyId', keyId, '-Message', 'hello', '-SigningAlgorithm', 'ECDSA_SHA_256'], env },
  ], runs);
  for (const name of ['pskms kms sign', 'pskms Invoke-KMSSigning']) {
    add({ section: 'cold start', name: `${name} (median of ${runs}) vs node -e 0`, pskms: times[name], baseline: times['node -e 0'], unit: 'ms', target: 1.5 }, times[name] / times['node -e 0']);
  }
}

/** 1,000 records through one module-host process vs cold calls of the same cmdlet. */
async function protocolPath(): Promise<void> {
  const home = scratch();
  const env = { ...process.env, PSKMS_HOME: home };
  const keyId = JSON.parse(spawnSync(process.execPath, [BIN, 'kms', 'create-key', '--key-spec', 'ECC_NIST_P256', '--key-usage', 'SIGN_VERIFY'], { env, encoding: 'utf8' }).stdout).KeyMetadata.KeyId;
  const records = QUICK ? 100 : 1000;
  const child = spawn(process.execPath, [BIN, 'module-host'], { env });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  await lines.next(); // the host's hello
  const start = process.hrtime.bigint();
  for (let id = 1; id <= records; id++) {
    child.stdin.write(`${JSON.stringify({ id, type: 'invoke', cmdlet: 'Invoke-KMSSigning', bound: { KeyId: { t: 'string', v: keyId }, Message: { t: 'string', v: 'hello' }, SigningAlgorithm: { t: 'string', v: 'ECDSA_SHA_256' } }, whatIf: false, region: null, newline: '\n', common: {} })}\n`);
    for (;;) {
      const reply = JSON.parse((await lines.next()).value);
      if (reply.type === 'shouldProcess') child.stdin.write(`${JSON.stringify({ id, type: 'proceed', answer: true })}\n`);
      else if (reply.error) throw new Error(JSON.stringify(reply.error));
      else break;
    }
  }
  const perRecordHost = Number(process.hrtime.bigint() - start) / 1e6 / records;
  child.stdin.end();
  const coldRuns = QUICK ? 10 : records;
  const coldStart = process.hrtime.bigint();
  for (let i = 0; i < coldRuns; i++) {
    const res = spawnSync(process.execPath, [BIN, 'Invoke-KMSSigning', '-KeyId', keyId, '-Message', 'hello', '-SigningAlgorithm', 'ECDSA_SHA_256'], { env });
    if (res.status !== 0) throw new Error(String(res.stderr));
  }
  const perRecordCold = Number(process.hrtime.bigint() - coldStart) / 1e6 / coldRuns;
  add({ section: 'module protocol', name: `Invoke-KMSSigning: ${records} records through one host vs ${coldRuns} cold calls (ms/record)`, pskms: perRecordHost, baseline: perRecordCold, unit: 'ms/record', target: 20 }, perRecordCold / perRecordHost);
}

/** Sign requests/s through pskms serve with 1, 4 and 16 keep-alive loopback clients, vs the in-process rate. */
async function server(): Promise<void> {
  const home = scratch();
  const ctx = createContext({ env: { PSKMS_HOME: home } });
  const keyId = await createKey(ctx, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  await settle();
  const request = { KeyId: keyId, Message: bytes(32), SigningAlgorithm: 'ECDSA_SHA_256' };
  const inProcess = await rate(() => invoke(ctx, 'Sign', request), rateOpts);
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { env: { ...process.env, PSKMS_HOME: home }, stdio: ['ignore', 'pipe', 'ignore'] });
  process.on('exit', () => child.kill());
  const first = await createInterface({ input: child.stdout })[Symbol.asyncIterator]().next();
  const port = Number(/:(\d+)$/.exec(first.value.trim())![1]);
  const body = JSON.stringify({ KeyId: keyId, Message: Buffer.from(request.Message).toString('base64'), SigningAlgorithm: 'ECDSA_SHA_256' });
  for (const clients of [1, 4, 16]) {
    const agent = new Agent({ keepAlive: true, maxSockets: clients });
    const post = () => new Promise<void>((done, fail) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'TrentService.Sign', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => (res.statusCode === 200 ? done() : fail(new Error(`status ${res.statusCode}`))));
      });
      req.on('error', fail);
      req.end(body);
    });
    const seconds = QUICK ? 0.5 : 2;
    const results: number[] = [];
    for (let round = 0; round < (QUICK ? 1 : 3); round++) {
      let n = 0;
      const end = Date.now() + seconds * 1000;
      const start = process.hrtime.bigint();
      await Promise.all(Array.from({ length: clients }, async () => {
        while (Date.now() < end) {
          await post();
          n++;
        }
      }));
      results.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
    }
    agent.destroy();
    add({ section: 'pskms serve', name: `Sign requests/s, ${clients} client${clients > 1 ? 's' : ''} (vs in-process Sign)`, pskms: median(results), baseline: inProcess, unit: 'ops/s' });
  }
  child.kill('SIGTERM');
}

/** A call's latency as the store grows, and the store's size on disk per key. */
async function growth(): Promise<void> {
  const home = scratch();
  const ctx = createContext({ env: { PSKMS_HOME: home } });
  const env = { ...process.env, PSKMS_HOME: home };
  const target = await createKey(ctx, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  await invoke(ctx, 'CreateAlias', { AliasName: 'alias/target', TargetKeyId: target });
  const sizes = QUICK ? [10, 300] : [10, 1000, 10000];
  const latency: Record<number, { inProcess: number; cold: number }> = {};
  let count = 1;
  for (const size of sizes) {
    for (; count < size; count++) {
      const keyId = await createKey(ctx, {});
      if (count % 10 === 0) await invoke(ctx, 'CreateAlias', { AliasName: `alias/k${count}`, TargetKeyId: keyId });
    }
    await settle();
    const call = { KeyId: 'alias/target', Message: bytes(32), SigningAlgorithm: 'ECDSA_SHA_256' };
    const inProcess = 1000 / (await rate(() => invoke(ctx, 'Sign', call), rateOpts));
    const cold = coldStarts([{ name: 'sign', argv: [process.execPath, BIN, 'kms', 'sign', '--key-id', 'alias/target', '--message', 'aGVsbG8=', '--signing-algorithm', 'ECDSA_SHA_256'], env }], QUICK ? 3 : 11).sign;
    latency[size] = { inProcess, cold };
  }
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  add({ section: 'store growth', name: `Sign by alias in-process, ${large} keys vs ${small} keys (ms)`, pskms: latency[large].inProcess, baseline: latency[small].inProcess, unit: 'ms', target: 1.2 }, latency[large].inProcess / latency[small].inProcess);
  add({ section: 'store growth', name: `cold kms sign by alias, ${large} keys vs ${small} keys (ms)`, pskms: latency[large].cold, baseline: latency[small].cold, unit: 'ms', target: 1.2 }, latency[large].cold / latency[small].cold);
  if (sizes.length > 2) {
    const mid = sizes[1];
    add({ section: 'store growth', name: `cold kms sign by alias, ${mid} keys vs ${small} keys (ms)`, pskms: latency[mid].cold, baseline: latency[small].cold, unit: 'ms', target: 1.2 }, latency[mid].cold / latency[small].cold);
  }
  const keysDir = join(ctx.store.dir, 'keys');
  const files = readdirSync(keysDir);
  const bytesOnDisk = files.reduce((sum, f) => sum + statSync(join(keysDir, f)).blocks * 512, 0);
  const bytesOfContent = files.reduce((sum, f) => sum + statSync(join(keysDir, f)).size, 0);
  add({ section: 'store growth', name: 'store size per symmetric key: on disk vs content (bytes)', pskms: bytesOnDisk / files.length, baseline: bytesOfContent / files.length, unit: 'bytes' });
}

/** pwsh itself (not dotnet's tool launcher), from the project's tool manifest; undefined without .NET. */
function pwshPath(): string | undefined {
  const res = spawnSync('dotnet', ['tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-Command', '[System.IO.Path]::Combine($PSHOME, $(if ($IsWindows) { "pwsh.exe" } else { "pwsh" }))'], { cwd: ROOT, encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

/**
 * The PowerShell module in real pwsh (bench/pwsh.ps1): Import-Module against a one-function
 * module's, the first call against a bare `node -e 0` start, each in new processes taken in
 * turns; then the median warm call in one session against a no-op advanced function.
 */
async function pwshModule(): Promise<void> {
  const pwsh = pwshPath();
  if (!pwsh) {
    process.stderr.write('  pwsh: skipped (no dotnet, or `dotnet tool restore` not run)\n');
    return;
  }
  const home = scratch();
  const ctx = createContext({ env: { PSKMS_HOME: home } });
  const keyId = await createKey(ctx, { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' });
  const script = join(ROOT, 'bench', 'pwsh.ps1');
  const env = { ...process.env, PSKMS_HOME: home };
  const runPwsh = (args: string[]) => {
    const res = spawnSync(pwsh, ['-NoProfile', '-NonInteractive', '-File', script, ...args], { env, encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`pwsh ${args.join(' ')} exited ${res.status}: ${res.stderr}${res.stdout}`);
    return JSON.parse(res.stdout.trim().split('\n').pop()!);
  };
  runPwsh(['-Mode', 'import', '-KeyId', keyId]); // compiles the module's types into the per-user cache once
  const imports: number[] = [];
  const baselines: number[] = [];
  const firstCalls: number[] = [];
  const nodeStarts: number[] = [];
  for (let i = 0; i < (QUICK ? 2 : 7); i++) {
    const run = runPwsh(['-Mode', 'import', '-KeyId', keyId]);
    imports.push(run.importMs);
    firstCalls.push(run.firstCallMs);
    baselines.push(runPwsh(['-Mode', 'baseline']).importMs);
    nodeStarts.push(coldStarts([{ name: 'node', argv: [process.execPath, '-e', '0'] }], 1).node);
  }
  add({ section: 'pwsh', name: 'Import-Module PsKms vs a one-function module (ms)', pskms: median(imports), baseline: median(baselines), unit: 'ms', limit: 300 });
  add({ section: 'pwsh', name: 'first call (Invoke-KMSSigning, starts the host) vs `node -e 0` (ms)', pskms: median(firstCalls), baseline: median(nodeStarts), unit: 'ms' });
  const warm = runPwsh(['-Mode', 'warm', '-KeyId', keyId, '-Calls', QUICK ? '100' : '1000']);
  for (const name of ['New-KMSRandom', 'Invoke-KMSSigning']) {
    add({ section: 'pwsh', name: `${name}: median warm call vs a no-op advanced function (ms)`, pskms: warm[name], baseline: warm['no-op function'], unit: 'ms', limit: 2 });
  }
}

function lower(row: Row): boolean {
  // for times, lower is better: the target is a ceiling
  return row.unit === 'ms';
}

function printTable(): void {
  const header = ['section', 'measure', 'pskms', 'baseline', 'ratio', 'target', 'met'];
  const body = rows.map((r) => [
    r.section, r.name, `${r.pskms.toFixed(r.pskms < 10 ? 2 : 0)} ${r.unit}`, `${r.baseline.toFixed(r.baseline < 10 ? 2 : 0)} ${r.unit}`, `${r.ratio.toFixed(2)}×`,
    r.limit !== undefined ? `≤ ${r.limit} ${r.unit}` : r.target === undefined ? '' : `${lower(r) ? '≤' : '≥'} ${r.target}×`,
    met(r) === null ? '' : met(r) ? 'yes' : 'no',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  for (const line of [header, widths.map((w) => '-'.repeat(w)), ...body]) process.stdout.write(`${line.map((c, i) => c.padEnd(widths[i])).join(' | ')}\n`);
}

function met(r: Row): boolean | null {
  if (r.limit !== undefined) return r.pskms <= r.limit;
  if (r.target === undefined) return null;
  return lower(r) ? r.ratio <= r.target : r.ratio >= r.target;
}

const sections: [string, () => Promise<void>][] = [
  ['engine', engineOperations], ['cold', coldCalls], ['protocol', protocolPath], ['server', server], ['growth', growth], ['pwsh', pwshModule],
];
const only = process.argv.slice(2);
for (const [name, run] of sections) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`${name}…\n`);
  await run();
}
printTable();
const results = {
  date: new Date().toISOString(),
  machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${process.platform} ${process.arch}, Node ${process.version}`,
  quick: QUICK,
  rows: rows.map((r) => ({ ...r, met: met(r) })),
};
if (!only.length) writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
process.stderr.write(only.length ? 'a partial run: bench/results.json left as it was\n' : 'wrote bench/results.json\n');
