// Bad input: property-based fuzzing of every parser that reads what a user (or a peer) sends —
// the byte[] and hashtable conversions of the binding, DER keys, ciphertext blobs, Nitro
// attestation documents, the two command-line dialects, the awsJson1.1 body, and the engine's
// entry point. Each property says the parser either answers or throws its own documented error
// (an AWS exception for the engine and the wire), finishes, and round-trips where a round trip
// exists.
//
// The seed is fixed so that a run is reproducible; PSKMS_FUZZ_SEED picks another one and
// PSKMS_FUZZ_RUNS sets the number of runs of every property (e.g. PSKMS_FUZZ_RUNS=20000 for a
// soak of a minute or two). A failure prints the seed and the shrunk counterexample.
// PSKMS_FUZZ_STATS=1 prints how the cases of the engine and CLI properties ended, to check that
// the generators reach past validation; PSKMS_DEBUG_INTERNAL=1 shows what a KMSInternalException hid.
import { expect } from 'chai';
import fc from 'fast-check';
import { createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCmdlets } from '../../cmdlets/index.js';
import { toByteArray } from '../../src/binding/byte-array.js';
import { CmdletError } from '../../src/binding/error-records.js';
import { toStringDictionary } from '../../src/binding/hashtable.js';
import { invokeCmdlet } from '../../src/binding/invoke-cmdlet.js';
import type { PsValue } from '../../src/binding/ps-values.js';
import { kebab } from '../../src/cli/aws-cli/arguments.js';
import { runAwsCli } from '../../src/cli/aws-cli/run.js';
import { parseShorthand, ShorthandParseError, type ShorthandValue } from '../../src/cli/aws-cli/shorthand.js';
import { decodeBase64Leniently, optionValue } from '../../src/cli/aws-cli/values.js';
import { parseArgumentValue, parseCmdletArguments } from '../../src/cli/cmdlets/arguments.js';
import { integer, readAll, tlv, toBigInt } from '../../src/crypto/der.js';
import { privateKeyFromPkcs8, publicKeyFromSpki } from '../../src/crypto/key-pairs.js';
import { AttestationError, verifyAttestationDocument } from '../../src/crypto/nitro-attestation.js';
import { makeAttestationDocument, makeTestRoot } from '../../src/crypto/nitro-test-document.js';
import type { IssuedCertificate } from '../../src/crypto/test-pki.js';
import { MATERIAL_ID_LENGTH, openCiphertextBlob, parseCiphertextBlob, sealCiphertextBlob } from '../../src/engine/ciphertext-blob.js';
import { ERROR_STATUS, KmsError } from '../../src/engine/errors.js';
import { invoke, OPERATIONS, type OperationName } from '../../src/engine/index.js';
import type { Shape } from '../../src/engine/model.js';
import { serve } from '../../src/server/serve.js';
import { requestFromJson, responseToJson, SerializationError } from '../../src/protocol/aws-json.js';
import { scratchDir } from '../helpers/scratch-root.js';
import { testStore, type TestStore } from '../helpers/store.js';

const SEED = Number(process.env.PSKMS_FUZZ_SEED ?? 20261123);
const RUNS = process.env.PSKMS_FUZZ_RUNS === undefined ? undefined : Number(process.env.PSKMS_FUZZ_RUNS);
fc.configureGlobal({ seed: SEED, numRuns: RUNS ?? 100 });
/** The number of runs of one property: its tuned default, or PSKMS_FUZZ_RUNS for all. */
const runs = (n: number): number => RUNS ?? n;
/** A case of a synchronous parser that takes longer than this counts as a hang. */
const SLOW_CASE_MS = 2000;
/** An asynchronous case (a call through the engine) that takes longer fails the property. */
const CASE_TIMEOUT_MS = 20_000;

const AWS_EXCEPTIONS = new Set(Object.keys(ERROR_STATUS));

/** PSKMS_FUZZ_STATS=1: how the cases of a property ended, i.e. how deep the fuzzing reaches. */
const STATS = new Map<string, Map<string, number>>();
function tally(property: string, outcome: string): void {
  if (!process.env.PSKMS_FUZZ_STATS) return;
  const counts = STATS.get(property) ?? new Map<string, number>();
  counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  STATS.set(property, counts);
}
after(() => {
  for (const [property, counts] of STATS) console.log(`  ${property}: ${[...counts].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o} ${n}`).join(', ')}`);
});

/** The engine's only way to fail: a KmsError named after an AWS exception, never an internal one (a crash it hid). */
function expectKmsError(e: unknown): asserts e is KmsError {
  if (!(e instanceof KmsError)) throw e;
  if (!AWS_EXCEPTIONS.has(e.type) || e.name !== e.type) throw new Error(`not an AWS exception: ${e.type}`);
  if (e.type === 'KMSInternalException') throw new Error(`KMSInternalException, a failure the engine hid (PSKMS_DEBUG_INTERNAL=1 shows it): ${e.message}`);
}

/** Runs a synchronous parser case; rethrows anything but the allowed error types; fails a case that takes too long. */
function only<T>(allowed: readonly (abstract new (...args: never[]) => Error)[], fn: () => T): T | Error {
  const started = performance.now();
  try {
    return fn();
  } catch (e) {
    if (!allowed.some((type) => e instanceof type)) throw e;
    return e as Error;
  } finally {
    const took = performance.now() - started;
    if (took > SLOW_CASE_MS) throw new Error(`a case took ${Math.round(took)} ms`);
  }
}

/** Runs fn with process.stdout and process.stderr captured (what a command prints is not the test's output). */
async function captured<T>(fn: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let stdout = '';
  let stderr = '';
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    return { result: await fn(), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

/** A parser that must never throw: its answer, with the same check on time. */
function total<T>(fn: () => T): T {
  return only([], fn) as T;
}

// ---------------------------------------------------------------------------------------------
// Byte mutations: bit flips, byte changes, truncation, insertion, deletion, and changes of the
// DER length bytes of a structure.

type Mutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'length'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; count: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('length' as const), at: fc.nat(), value: fc.oneof(fc.nat(255), fc.constantFrom(0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x88, 0xff)) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
);

/** Offsets of every length byte of the DER structure in `der` (into constructed TLVs and DER-holding strings). */
function derLengthOffsets(der: Uint8Array): number[] {
  const out: number[] = [];
  const walk = (start: number, end: number): void => {
    let i = start;
    while (i + 2 <= end) {
      const tag = der[i];
      let len = der[i + 1];
      let j = i + 2;
      out.push(i + 1);
      if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 3 || j + n > end) return;
        len = 0;
        for (let k = 0; k < n; k++) {
          len = (len << 8) | der[j + k];
          out.push(j + k);
        }
        j += n;
      }
      if (j + len > end) return;
      if (tag & 0x20) walk(j, j + len);
      else if (tag === 0x03 && len > 2 && der[j] === 0 && der[j + 1] === 0x30) walk(j + 1, j + len);
      else if (tag === 0x04 && len > 2 && der[j] === 0x30) walk(j, j + len);
      i = j + len;
    }
  };
  walk(0, der.length);
  return out;
}

function mutate(base: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  const lengths = derLengthOffsets(base);
  let bytes = Buffer.from(base);
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length;
    switch (m.kind) {
      case 'flip':
        if (bytes.length > 0) bytes[at] ^= 1 << m.bit;
        break;
      case 'set':
        if (bytes.length > 0) bytes[at] = m.value;
        break;
      case 'truncate':
        bytes = bytes.subarray(0, at);
        break;
      case 'length': {
        const offset = lengths.length > 0 ? lengths[m.at % lengths.length] : at;
        if (offset < bytes.length) bytes[offset] = m.value;
        break;
      }
      case 'insert':
        bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
        break;
      case 'delete':
        bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.count)]);
        break;
    }
  }
  return new Uint8Array(bytes);
}

/** Mutations of one of `bases`, or random bytes. */
function badBytes(bases: readonly Uint8Array[], maxRandom = 200): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([base, ms]) => mutate(base, ms)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: maxRandom }) },
  );
}

// ---------------------------------------------------------------------------------------------
// PowerShell values, as the module and the cmdlet dialect hand them to the binding.

const scratch = scratchDir('fuzz-');
const AFILE = join(scratch, 'a-file.bin');
const ADIR = join(scratch, 'a-dir');
writeFileSync(AFILE, Buffer.from('file contents\n'));
mkdirSync(ADIR);

const base64Of = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');
const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));
const numericText = fc.oneof(
  fc.integer({ min: -300, max: 600 }).map(String),
  fc.constantFrom('', ' ', '0', '255', '256', '-1', '-0', '+7', ' 12 ', '0x10', '1e2', '1.5', '٣', '99999999999999999999', 'NaN'),
);

const psScalar: fc.Arbitrary<PsValue> = fc.oneof(
  fc.constant({ t: 'null' } as PsValue),
  fc.oneof(anyText, numericText).map((v): PsValue => ({ t: 'string', v })),
  fc.boolean().map((v): PsValue => ({ t: 'bool', v })),
  fc.boolean().map((v): PsValue => ({ t: 'switch', v })),
  fc.record({
    v: fc.oneof(fc.integer({ min: -300, max: 600 }), fc.double(), fc.constantFrom(0.5, 1.5, 2.5, 254.5, 255.5, -0.5, -0.6, -0, NaN, Infinity, -Infinity, 2 ** 53)),
    type: fc.constantFrom('System.Int32', 'System.Int64', 'System.Double', 'System.Byte', 'System.Decimal'),
  }).map(({ v, type }): PsValue => ({ t: 'number', v, type })),
  fc.oneof(fc.uint8Array({ maxLength: 24 }).map(base64Of), anyText).map((v): PsValue => ({ t: 'bytes', v })),
  fc.uint8Array({ maxLength: 24 }).map((b): PsValue => ({ t: 'MemoryStream', v: base64Of(b) })),
  fc.uint8Array({ maxLength: 24 }).map((b): PsValue => ({ t: 'Stream', v: base64Of(b), type: 'System.IO.FileStream' })),
  fc.constantFrom(AFILE, ADIR, join(scratch, 'missing'), '', 'a\0b').map((path): PsValue => ({ t: 'FileInfo', path })),
  fc.constantFrom(ADIR, AFILE).map((path): PsValue => ({ t: 'DirectoryInfo', path })),
  fc.date({ min: new Date(0), max: new Date(4102444800000), noInvalidDate: true }).map((d): PsValue => ({ t: 'datetime', v: d.toISOString(), ms: d.getTime() })),
);

const psValueArb: fc.Arbitrary<PsValue> = fc.letrec<{ value: PsValue; array: PsValue; hashtable: PsValue; object: PsValue }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, psScalar, tie('array'), tie('hashtable'), tie('object')),
  array: fc.record({
    t: fc.constant('array' as const),
    type: fc.constantFrom('System.Object[]', 'System.String[]', 'System.Byte[]', 'System.Collections.Generic.List`1[[System.Object]]'),
    items: fc.array(tie('value'), { maxLength: 5 }),
  }),
  hashtable: fc.record({ t: fc.constant('hashtable' as const), entries: fc.array(fc.tuple(tie('value'), tie('value')), { maxLength: 4 }) }),
  object: fc.record({
    t: fc.constant('object' as const),
    type: fc.constantFrom('System.Management.Automation.PSCustomObject', 'Amazon.KeyManagementService.Model.Tag'),
    props: fc.array(fc.tuple(fc.constantFrom('TagKey', 'TagValue', 'KeyId', 'x'), tie('value')), { maxLength: 3 }),
  }),
})).value;

/** .NET's Convert.ToByte(double): round half to even, then 0..255, NaN and infinities refused. */
function expectedByte(v: number): number | undefined {
  if (!Number.isFinite(v)) return undefined;
  const floor = Math.floor(v);
  const diff = v - floor;
  const rounded = diff > 0.5 ? floor + 1 : diff < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  return rounded >= 0 && rounded <= 255 ? rounded : undefined;
}

/** Keys of many kinds, as DER SPKI and PKCS#8 (and a P-256 SPKI with a compressed point). */
const derKeys = (() => {
  let made: { spkis: Uint8Array[]; pkcs8s: Uint8Array[] } | undefined;
  return () => {
    if (made) return made;
    const pairs = [
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
      generateKeyPairSync('ec', { namedCurve: 'secp384r1' }),
      generateKeyPairSync('ec', { namedCurve: 'secp256k1' }),
      generateKeyPairSync('ec', { namedCurve: 'SM2' }),
      generateKeyPairSync('x25519'),
      generateKeyPairSync('ed25519'),
      generateKeyPairSync('rsa', { modulusLength: 1024 }),
    ];
    made = { spkis: [], pkcs8s: [] };
    for (const { publicKey, privateKey } of pairs) {
      made.spkis.push(new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })));
      made.pkcs8s.push(new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' })));
    }
    // SEQUENCE { AlgorithmIdentifier (21 bytes for P-256), BIT STRING { 0, 02|03 ‖ x } }
    const jwk = pairs[0].publicKey.export({ format: 'jwk' });
    const point = Buffer.concat([Buffer.of(0x02 | (Buffer.from(jwk.y!, 'base64url')[31] & 1)), Buffer.from(jwk.x!, 'base64url')]);
    const algorithm = Buffer.from(made.spkis[0]).subarray(2, 23);
    made.spkis.push(new Uint8Array(Buffer.concat([Buffer.of(0x30, algorithm.length + 2 + 1 + point.length), algorithm, Buffer.of(0x03, point.length + 1, 0x00), point])));
    expect(createPublicKey({ key: Buffer.from(made.spkis[made.spkis.length - 1]), format: 'der', type: 'spki' }).asymmetricKeyType).to.equal('ec');
    return made;
  };
})();

/** A test Nitro root and a valid attestation document under it (for an RSA-2048 enclave key). */
const nitroFixture = (() => {
  let made: Promise<{ root: IssuedCertificate; valid: Uint8Array }> | undefined;
  return () => {
    made ??= (async () => {
      const root = await makeTestRoot();
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const valid = await makeAttestationDocument(root, { publicKey: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })), userData: Buffer.from('user'), nonce: Buffer.from('nonce') });
      return { root, valid };
    })();
    return made;
  };
})();

describe('bad input (property-based fuzzing)', function () {
  this.timeout(120_000);

  describe('byte[] coercion (binding/byte-array)', () => {
    const BINDING = 'System.Management.Automation.ParameterBindingException';

    it('any PowerShell value gives bytes, $null, or a ParameterBindingException', () => {
      fc.assert(
        fc.property(psValueArb, fc.constantFrom('\n', '\r\n'), (value, newline) => {
          const result = only([CmdletError], () => toByteArray('Plaintext', value, newline));
          if (result instanceof CmdletError) {
            expect(result.exceptionType).to.equal(BINDING);
            expect(result.errorId).to.be.oneOf(['CannotConvertArgumentNoMessage', 'ParameterArgumentTransformationError']);
            expect(result.message).to.match(/^Cannot (bind parameter|process argument transformation on parameter) 'Plaintext'\./);
          } else if (value.t === 'null') expect(result).to.equal(null);
          else expect(result).to.be.instanceOf(Uint8Array);
        }),
        { numRuns: runs(4000) },
      );
    });

    it('a string is its UTF-8 bytes; byte[] and streams their own bytes; string[] lines joined', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.uint8Array({ maxLength: 64 }), fc.array(fc.string({ maxLength: 8 }), { maxLength: 5 }), (text, bytes, lines) => {
          expect(Buffer.from(toByteArray('P', { t: 'string', v: text }, '\n')!).toString('utf8')).to.equal(text);
          for (const t of ['bytes', 'MemoryStream'] as const) expect(toByteArray('P', { t, v: base64Of(bytes) }, '\n')).to.deep.equal(bytes);
          expect(toByteArray('P', { t: 'Stream', v: base64Of(bytes), type: 'System.IO.BufferedStream' }, '\n')).to.deep.equal(bytes);
          const joined = toByteArray('P', { t: 'array', type: 'System.String[]', items: lines.map((v) => ({ t: 'string', v })) }, '\r\n');
          expect(Buffer.from(joined!).toString('utf8')).to.equal(lines.map((l) => `${l}\r\n`).join(''));
        }),
        { numRuns: runs(2000) },
      );
    });

    it('numbers become bytes as Convert.ToByte rounds them, or are refused; never a silent wrong byte', () => {
      const num = fc.oneof(fc.integer({ min: -5, max: 260 }), fc.double({ min: -2, max: 258 }), fc.constantFrom(NaN, Infinity, -Infinity, 0.5, 1.5, 2.5, 254.5, 255.5, -0.5));
      fc.assert(
        fc.property(fc.array(num, { minLength: 1, maxLength: 6 }), (values) => {
          const items: PsValue[] = values.map((v) => ({ t: 'number', v, type: Number.isInteger(v) ? 'System.Int32' : 'System.Double' }));
          const expected = values.map(expectedByte);
          const result = only([CmdletError], () => toByteArray('P', { t: 'array', type: 'System.Object[]', items }, '\n'));
          if (expected.some((b) => b === undefined)) expect(result, 'refused').to.be.instanceOf(CmdletError);
          else expect(result).to.deep.equal(Uint8Array.from(expected as number[]));
        }),
        { numRuns: runs(4000) },
      );
    });
  });

  describe('hashtable → encryption context (binding/hashtable)', () => {
    it('any PowerShell value gives a dictionary or an InvalidCastException', () => {
      fc.assert(
        fc.property(psValueArb, (value) => {
          const result = only([CmdletError], () => toStringDictionary(value));
          if (result instanceof CmdletError) {
            expect(result.exceptionType).to.equal('System.InvalidCastException');
            expect(result.message).to.match(/^Unable to cast object of type '[^']+' to type 'System\.(String|Collections\.Hashtable)'\.$/);
          } else {
            expect(value.t).to.equal('hashtable');
            for (const v of Object.values(result)) expect(v === null || typeof v === 'string').to.equal(true);
          }
        }),
        { numRuns: runs(4000) },
      );
    });

    it('a hashtable of strings round-trips, whatever its keys (__proto__, constructor, "")', () => {
      const key = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', ''));
      const value = fc.option(fc.string({ unit: 'binary', maxLength: 10 }), { nil: null });
      fc.assert(
        fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 8 }), (pairs) => {
          const dict = toStringDictionary({ t: 'hashtable', entries: pairs.map(([k, v]) => [{ t: 'string', v: k }, v === null ? { t: 'null' } : { t: 'string', v }]) });
          expect(Object.getPrototypeOf(dict)).to.equal(null);
          expect(Object.entries(dict).sort()).to.deep.equal([...pairs].sort());
        }),
        { numRuns: runs(2000) },
      );
    });
  });

  describe('DER (crypto/der) and the keys a user gives', () => {
    let spkis: Uint8Array[];
    let pkcs8s: Uint8Array[];
    before(() => ({ spkis, pkcs8s } = derKeys()));

    it('readAll never throws: random bytes and mutated keys give TLVs inside the input, or undefined', () => {
      fc.assert(
        fc.property(badBytes([...spkis, ...pkcs8s], 64), (bytes) => {
          const tlvs = total(() => readAll(bytes));
          if (tlvs === undefined) return;
          for (const { tag, content } of tlvs) {
            expect(tag).to.be.within(0, 255);
            expect(content.buffer).to.equal(bytes.buffer);
          }
        }),
        { numRuns: runs(5000) },
      );
    });

    it('TLVs and INTEGERs round-trip through tlv/integer and readAll/toBigInt', () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(255), fc.uint8Array({ maxLength: 300 })), { maxLength: 4 }), fc.bigInt({ min: 0n, max: 1n << 600n }), (items, n) => {
          const encoded = Buffer.concat(items.map(([tag, content]) => tlv(tag, content)));
          expect(readAll(encoded)).to.deep.equal(items.map(([tag, content]) => ({ tag, content: Buffer.from(content) })));
          const [int] = readAll(integer(n))!;
          expect(int.tag).to.equal(0x02);
          expect(toBigInt(int.content)).to.equal(n);
          expect(int.content[0] & 0x80, 'positive').to.equal(0);
        }),
        { numRuns: runs(1500) },
      );
    });

    it('SPKI / PKCS#8 import answers a key or node:crypto\'s own error, for mutated and random DER', () => {
      fc.assert(
        fc.property(badBytes(spkis), badBytes(pkcs8s), (spki, pkcs8) => {
          for (const [der, parse] of [[spki, publicKeyFromSpki], [pkcs8, privateKeyFromPkcs8]] as const) {
            const result = only([Error], () => parse(der));
            if (!(result instanceof Error)) expect(result.type).to.be.oneOf(['public', 'private']);
          }
        }),
        { numRuns: runs(2000) },
      );
    });

    // The engine side (DeriveSharedSecret's PublicKey, an attestation document's public_key)
    // is fuzzed below, through the engine.
  });

  describe('ciphertext blobs (engine/ciphertext-blob)', () => {
    const arn = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const materialId = new Uint8Array(MATERIAL_ID_LENGTH).fill(7);
    const key = new Uint8Array(32).fill(9);

    it('parsing never throws; a parsed blob\'s parts are inside it and add up to it', () => {
      const sealed = sealCiphertextBlob(arn, materialId, key, Buffer.from('secret'), { purpose: 'fuzz' });
      fc.assert(
        fc.property(badBytes([sealed], 120), (blob) => {
          const parsed = total(() => parseCiphertextBlob(blob));
          if (!parsed) return;
          expect(parsed.header.length + parsed.iv.length + parsed.body.length).to.equal(blob.length);
          expect(parsed.materialId.length).to.equal(MATERIAL_ID_LENGTH);
          expect(parsed.iv.length).to.equal(12);
          expect(parsed.body.length).to.be.at.least(16);
        }),
        { numRuns: runs(5000) },
      );
    });

    it('seal → parse → open round-trips; any change to the blob or the context fails authentication', () => {
      const context = fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 });
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.uint8Array({ maxLength: 64 }), context, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), context, (keyArn, plaintext, ctx, mutations, otherCtx) => {
          const blob = sealCiphertextBlob(keyArn, materialId, key, plaintext, ctx);
          const parsed = parseCiphertextBlob(blob)!;
          expect(parsed.keyArn).to.equal(Buffer.from(keyArn, 'utf8').toString('utf8'));
          expect(openCiphertextBlob(parsed, key, ctx)).to.deep.equal(Buffer.from(plaintext));
          const changed = mutate(blob, mutations);
          if (!Buffer.from(changed).equals(blob)) {
            const p = parseCiphertextBlob(changed);
            expect(p && openCiphertextBlob(p, key, ctx)).to.equal(undefined);
          }
          const sameContext = JSON.stringify(Object.entries(ctx).sort()) === JSON.stringify(Object.entries(otherCtx).sort());
          if (!sameContext) expect(openCiphertextBlob(parsed, key, otherCtx)).to.equal(undefined);
        }),
        { numRuns: runs(2000) },
      );
    });
  });

  describe('Nitro attestation documents (crypto/nitro-attestation)', () => {
    let root: IssuedCertificate;
    let trusted: X509Certificate;
    let valid: Uint8Array;
    const now = new Date();

    before(async function () {
      this.timeout(60_000);
      ({ root, valid } = await nitroFixture());
      trusted = new X509Certificate(Buffer.from(root.der));
      const doc = await verifyAttestationDocument(valid, trusted, now);
      expect(doc.publicKey).to.be.instanceOf(Uint8Array);
    });

    const verifies = async (document: Uint8Array): Promise<void> => {
      try {
        const doc = await verifyAttestationDocument(document, trusted, now);
        expect(doc.moduleId).to.be.a('string');
        expect(doc.pcrs).to.be.instanceOf(Map);
      } catch (e) {
        if (!(e instanceof AttestationError)) throw e;
        expect(e.message).to.be.a('string').and.not.equal('');
      }
    };

    it('random bytes and mutated documents give a document or an AttestationError', async () => {
      await fc.assert(fc.asyncProperty(badBytes([valid], 300), verifies), { numRuns: runs(1500), timeout: CASE_TIMEOUT_MS });
    });

    it('a COSE_Sign1 with any field replaced by any CBOR value gives a document or an AttestationError', async () => {
      const { decode, encode } = await import('cborg');
      const cose = decode(valid, { useMaps: true }) as unknown[];
      const payload = decode(cose[2] as Uint8Array, { useMaps: true }) as Map<string, unknown>;
      const cbor: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
        v: fc.oneof(
          { depthSize: 'small', maxDepth: 2 },
          fc.constantFrom(null, undefined, true, 0, -1, 1.5, 2 ** 40, 'SHA384', '', -35),
          fc.string({ maxLength: 8 }),
          fc.uint8Array({ maxLength: 16 }),
          fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
          fc.constantFrom(...(payload.get('cabundle') as Uint8Array[]), payload.get('certificate') as Uint8Array),
          fc.array(tie('v'), { maxLength: 3 }),
          fc.array(fc.tuple(fc.oneof(fc.string({ maxLength: 4 }), fc.integer({ min: -40, max: 20 })), tie('v')), { maxLength: 3 }).map((entries) => new Map(entries)),
        ),
      })).v;
      const fields = [...payload.keys(), 'unknown'];
      const change = fc.oneof(
        fc.record({ where: fc.constant('payload' as const), field: fc.constantFrom(...fields), value: fc.option(cbor, { nil: 'delete' as const }) }),
        fc.record({ where: fc.constant('cose' as const), index: fc.nat(4), value: cbor }),
        fc.record({ where: fc.constant('header' as const), value: cbor }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
          const p = new Map(payload);
          const c = [...cose];
          let document: Uint8Array;
          try {
            for (const ch of changes) {
              if (ch.where === 'payload') {
                if (ch.value === 'delete') p.delete(ch.field);
                else p.set(ch.field, ch.value);
              } else if (ch.where === 'cose') c[ch.index] = ch.value;
              else c[0] = encode(ch.value);
            }
            c[2] = encode(p);
            document = encode(c);
          } catch {
            return; // a value cborg cannot write (an integer past 64 bits): no document to send
          }
          await verifies(document);
        }),
        { numRuns: runs(1500), timeout: CASE_TIMEOUT_MS },
      );
    });
  });

  describe('the AWS CLI dialect (cli/aws-cli)', () => {
    it('shorthand: any text parses or is a ShorthandParseError', () => {
      const alphabet = fc.constantFrom('a', 'b', 'K', '=', ',', '[', ']', '{', '}', '"', "'", '\\', ' ', '\t', '-', '.', ':', '/', '#', '_', 'é', '\n');
      const text = fc.oneof(fc.string({ unit: alphabet, maxLength: 30 }), fc.string({ maxLength: 20 }));
      fc.assert(
        fc.property(text, (input) => {
          const result = only([ShorthandParseError], () => parseShorthand(input));
          if (!(result instanceof Error)) expect(result).to.be.an('object');
        }),
        { numRuns: runs(6000) },
      );
    });

    // values the shorthand writes unambiguously: keys from its key characters, scalars quoted
    const keyArb = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.#/:'), minLength: 1, maxLength: 6 });
    const scalarArb = fc.string({ unit: 'grapheme', maxLength: 8 });
    const quote = (s: string): string => `"${s.replace(/[\\"]/g, '\\$&')}"`;
    type Hash = { [key: string]: ShorthandValue };
    const shorthandValue: fc.Arbitrary<ShorthandValue> = fc.letrec<{ value: ShorthandValue; list: ShorthandValue[]; hash: Hash }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', maxDepth: 3 }, scalarArb, tie('list'), tie('hash')),
      list: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 2 }, scalarArb, tie('list')), { maxLength: 3 }),
      hash: fc.uniqueArray(fc.tuple(keyArb, tie('value')), { selector: ([k]) => k, minLength: 1, maxLength: 3 }).map((e) => Object.fromEntries(e)),
    })).value;
    const write = (value: ShorthandValue): string => {
      if (typeof value === 'string') return quote(value);
      if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
      return `{${Object.entries(value).map(([k, v]) => `${k}=${write(v)}`).join(',')}}`;
    };

    it('shorthand round-trips what it can express', () => {
      fc.assert(
        fc.property(fc.uniqueArray(fc.tuple(keyArb, shorthandValue), { selector: ([k]) => k, minLength: 1, maxLength: 4 }), fc.constantFrom(',', ', '), (entries, sep) => {
          const text = entries.map(([k, v]) => `${k}=${write(v)}`).join(sep);
          expect(parseShorthand(text), text).to.deep.equal(Object.fromEntries(entries));
        }),
        { numRuns: runs(2000) },
      );
    });

    it('values round-trip: base64 blobs, integers, JSON and shorthand maps', () => {
      const mapShape: Shape = OPERATIONS.Encrypt.input.EncryptionContext;
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 48 }), fc.maxSafeInteger(), fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 }), { maxKeys: 4 }), fc.dictionary(keyArb, scalarArb, { maxKeys: 4, minKeys: 1 }), (bytes, n, json, short) => {
          expect(decodeBase64Leniently(base64Of(bytes))).to.deep.equal(bytes);
          expect(optionValue('--plaintext', { type: 'blob' }, [base64Of(bytes)], 'base64')).to.deep.equal(bytes);
          expect(optionValue('--limit', { type: 'integer' }, [String(n)], 'base64')).to.equal(n);
          expect(optionValue('--encryption-context', mapShape, [JSON.stringify(json)], 'base64')).to.deep.equal(json);
          const text = Object.entries(short).map(([k, v]) => `${k}=${quote(v)}`).join(',');
          expect(optionValue('--encryption-context', mapShape, [text], 'base64'), text).to.deep.equal(short);
        }),
        { numRuns: runs(2000) },
      );
    });

    describe('pskms kms <operation> argv…, the whole command (runAwsCli)', () => {
      let store: TestStore;
      let keyId: string;
      const saved = process.env.PSKMS_HOME;
      before(async () => {
        store = testStore();
        process.env.PSKMS_HOME = store.home;
        keyId = (await store.call('CreateKey', {})).KeyMetadata.KeyId;
      });
      after(() => {
        if (saved === undefined) delete process.env.PSKMS_HOME;
        else process.env.PSKMS_HOME = saved;
        store?.cleanup();
      });

      it('any argv exits 0 or with the AWS CLI\'s codes (252 usage/parameter, 254 service, 255 other), never throws', async () => {
        const junkWord = fc.oneof(
          anyText,
          fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
          fc.constantFrom('--', '-', '--k', '--key', '--no-', '--output', '--query', '--cli-input-json', '--generate-cli-skeleton', '--region=local', 'help', `fileb://${ADIR}`, `file://${join(scratch, 'missing')}`),
        );
        const valueOf = (name: string, shape: Shape): fc.Arbitrary<string[]> => {
          const one = (arb: fc.Arbitrary<string>) => arb.map((w) => [w]);
          switch (shape.type) {
            case 'blob':
              return one(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 32 }).map(base64Of), fc.constantFrom('aGk=', 'not base64!', '', `fileb://${AFILE}`, `file://${AFILE}`), anyText));
            case 'string':
              if (/KeyId$/.test(name)) return one(fc.constantFrom(keyId, `arn:aws:kms:us-east-1:111122223333:key/${keyId}`, 'alias/none', 'alias/aws/kms', ''));
              if (shape.enum) return one(fc.oneof(fc.constantFrom(...shape.enum.filter((v) => !v.startsWith('RSA_'))), anyText));
              return one(fc.oneof(fc.constantFrom('alias/fuzz-cli', 'x', ''), anyText));
            case 'integer':
              return one(fc.oneof(fc.integer({ min: -2, max: 2000 }).map(String), fc.constantFrom('1_000', ' 7 ', '0x10', '1e3', ''), anyText));
            case 'boolean':
              return fc.constant([]);
            case 'timestamp':
              return one(fc.oneof(fc.constantFrom('2031-01-01T00:00:00Z', '1893456000', '0', 'yesterday', ''), anyText));
            case 'list':
              return fc.array(fc.oneof(fc.constantFrom('t1', 'IGNORE_CIPHERTEXT', 'TagKey=a,TagValue=b', '[{"TagKey":"a","TagValue":"b"}]', 'TagKey=a'), anyText), { maxLength: 3 });
            case 'map':
              return one(fc.oneof(fc.constantFrom('k=v', 'k=v,k2=v2', '{"k":"v"}', '{"k":1}', '[]', 'k=[a,b]', 'k={a=b}', '=v', 'k='), anyText));
            case 'structure':
              return one(fc.oneof(fc.constantFrom('AttestationDocument=aGk=,KeyEncryptionAlgorithm=RSAES_OAEP_SHA_256', '{"AttestationDocument":"aGk="}', 'KeyEncryptionAlgorithm=RSAES_OAEP_SHA_1', '{"Unknown":1}', 'AttestationDocument=[a]'), anyText));
          }
        };
        const globals = fc.array(
          fc.oneof(
            fc.constantFrom('json', 'text', 'yaml', 'table', '').map((v) => ['--output', v]),
            fc.constantFrom('KeyMetadata.KeyId', 'Keys[0]', 'Aliases[?AliasName==`x`]', '[', '`', 'a.b.c', '@', '*', 'length(@)', 'foo(', '&', '[].[', 'Keys[*].KeyId | [0]').map((v) => ['--query', v]),
            fc.constantFrom('us-east-1', 'eu-west-3', 'cn-north-1', 'local', '').map((v) => ['--region', v]),
            fc.constantFrom('base64', 'raw-in-base64-out', 'hex').map((v) => ['--cli-binary-format', v]),
            fc.constantFrom(['--no-paginate'], ['--debug'], ['--max-items', '1'], ['--page-size', '0'], ['--starting-token', 'x'], ['--max-items', 'x'], ['--generate-cli-skeleton'], ['--generate-cli-skeleton', 'output']),
            fc.constantFrom(`{"KeyId":"${keyId}","Plaintext":"aGk="}`, '{"Limit":"x"}', '[]', '{', 'null').map((v) => ['--cli-input-json', v]),
          ),
          { maxLength: 2 },
        );
        const argvFor = (op: OperationName): fc.Arbitrary<string[]> => {
          const model = OPERATIONS[op];
          const members = Object.entries(model.input).map(([name, shape]) => {
            const option = `--${kebab(name)}`;
            const given = shape.type === 'boolean' ? fc.constantFrom<string[]>([option], [`--no-${kebab(name)}`]) : valueOf(name, shape).map((v) => [option, ...v]);
            // required members are there most of the time, the others now and then
            return fc.option(given, { freq: model.required.includes(name) ? 8 : 2, nil: [] as string[] });
          });
          return fc.tuple(fc.tuple(...members), globals, fc.array(junkWord, { maxLength: 2 }), fc.nat()).map(([given, global, junk, at]) => {
            const words = [...given.flat(), ...global.flat()];
            for (const j of junk) words.splice(at % (words.length + 1), 0, j);
            return [kebab(op), ...words];
          });
        };
        // cheap, local operations only: no key generation beyond a symmetric key
        const ops = (Object.keys(OPERATIONS) as OperationName[]).filter((op) => !['CreateKey', 'GenerateDataKeyPair', 'GenerateDataKeyPairWithoutPlaintext'].includes(op));
        const argvArb = fc.constantFrom(...ops).chain(argvFor);
        // --endpoint-url (or a prefix of it) would call a remote KMS
        const remote = (argv: string[]): boolean => argv.some((t) => t.length > 4 && '--endpoint-url'.startsWith(t.split('=')[0]));
        await fc.assert(
          fc.asyncProperty(argvArb, async (argv) => {
            if (remote(argv)) return;
            const { result, stderr } = await captured(() => runAwsCli(argv));
            tally('runAwsCli', result === 0 ? 'exit 0' : `exit ${result}: ${stderr.trim().split('\n').pop()!.replace('pskms: error: ', '').slice(0, 36)}`);
            expect(result, stderr).to.be.oneOf([0, 252, 253, 254, 255]);
            expect(stderr).to.not.contain('KMSInternalException');
          }),
          { numRuns: runs(3000), timeout: CASE_TIMEOUT_MS },
        );
      });
    });
  });

  describe('the cmdlet dialect and the binding (cli/cmdlets, binding/invoke-cmdlet)', () => {
    let store: TestStore;
    let keyId: string;

    before(async () => {
      store = testStore();
      keyId = (await store.call('CreateKey', {})).KeyMetadata.KeyId;
    });
    after(() => store?.cleanup());

    const valueWord = fc.oneof(
      anyText,
      numericText,
      fc.constantFrom('$null', '$true', '$false', "'quoted'", '"dq"', "'it''s'", 'a,b,c', '1,2,300', '@()', '@(1,2)', "@('a','b')", "@{a='b'}", "@{a='b';c=1}", '@{a}', '@{=1}', '{"k":"v"}', '{"k":1}', '{bad json}', '0x41', '-0x10', '1.5', '.5', `fileb://${AFILE}`, `fileb://${ADIR}`, `fileb://${join(scratch, 'missing')}`, 'SYMMETRIC_DEFAULT', 'ECC_NIST_P256', 'ECDSA_SHA_256', 'RAW', 'DIGEST', 'AES_256', 'ENCRYPT_DECRYPT', 'alias/x', ''),
      fc.array(fc.constantFrom('1', "'a'", '$null', '@(2)', '@{k=1}', '{"a":1}', '(', ')', '[', ']', '{', '}', '"', "'"), { maxLength: 5 }).map((parts) => parts.join(',')),
    );

    it('any argv gives bound values or a CmdletError; binding and the call give an outcome, never a throw', async () => {
      const defs = await allCmdlets();
      // New-KMSKey and the data key pairs could make RSA keys, each seconds on this machine
      const usable = defs.filter((d) => !['New-KMSKey', 'New-KMSDataKeyPair', 'New-KMSDataKeyPairWithoutPlaintext'].includes(d.name));
      const argvFor = (i: number): fc.Arbitrary<string[]> => {
        const def = usable[i];
        const names = [...def.parameters.flatMap((p) => [p.name, ...(p.aliases ?? [])]), 'Select', 'Force', 'PassThru', 'Region', 'WhatIf', 'Confirm', 'Verbose', 'ErrorAction', 'ProfileName', 'EndpointUrl'];
        const param = fc.constantFrom(...names);
        const token = fc.oneof(
          param.map((n) => `-${n}`),
          fc.tuple(param, fc.nat(10)).map(([n, k]) => `-${n.slice(0, Math.max(1, k))}`),
          fc.tuple(param, valueWord).map(([n, v]) => `-${n}:${v}`),
          valueWord,
          fc.constant(keyId),
        );
        return fc.array(token, { maxLength: 7 });
      };
      const arb = fc.nat(usable.length - 1).chain((i) => fc.tuple(fc.constant(i), argvFor(i)));
      const service = () => (op: OperationName, request: Record<string, unknown>) => invoke(store.ctx, op, request);
      await fc.assert(
        fc.asyncProperty(arb, async ([i, argv]) => {
          const def = usable[i];
          const parsed = only([CmdletError], () => parseCmdletArguments(def, argv));
          if (parsed instanceof Error) return;
          const outcome = await invokeCmdlet(def, { bound: parsed.bound, whatIf: parsed.common.whatIf, newline: '\n' }, async () => true, service);
          if (outcome.error) {
            expect(outcome.error.exceptionType).to.be.a('string');
            if (outcome.error.innerException) {
              expect(AWS_EXCEPTIONS.has(outcome.error.innerException.errorCode)).to.equal(true);
              expect(outcome.error.innerException.errorCode, outcome.error.message).to.not.equal('KMSInternalException');
            }
          }
        }),
        { numRuns: runs(2500), timeout: CASE_TIMEOUT_MS },
      );
    });

    it('parseArgumentValue: any word is a PowerShell value or a CmdletError', () => {
      fc.assert(
        fc.property(fc.oneof(valueWord, fc.string({ unit: fc.constantFrom('@', '(', ')', '{', '}', ',', ';', '=', "'", '"', '$', 'a', '1', ' ', '\n'), maxLength: 20 })), (word) => {
          const value = only([CmdletError], () => parseArgumentValue(word));
          if (!(value instanceof Error)) expect(value).to.have.property('t');
        }),
        { numRuns: runs(5000) },
      );
    });
  });

  describe('the engine (engine/index invoke) and the wire (server/wire, pskms serve)', () => {
    let store: TestStore;
    const keys: Record<string, string> = {};
    const blobs: Uint8Array[] = [];
    let docs: Uint8Array[] = [];
    let macs: Uint8Array[] = [];
    let peers: { all: Uint8Array[]; p256: Uint8Array[]; sm2: Uint8Array[] };

    before(async function () {
      this.timeout(120_000);
      // Recipient documents signed by the test root verify against it here
      const { root, valid } = await nitroFixture();
      const { spkis } = derKeys();
      const rootPem = join(scratch, 'nitro-root.pem');
      writeFileSync(rootPem, new X509Certificate(Buffer.from(root.der)).toString());
      // a China Region, where SM2 keys exist
      store = testStore({ region: 'cn-north-1', env: { PSKMS_NITRO_ROOT: rootPem } });
      const specs: [string, Record<string, unknown>][] = [
        ['sym', {}],
        ['p256agree', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' }],
        ['sm2agree', { KeySpec: 'SM2', KeyUsage: 'KEY_AGREEMENT' }],
        ['p256sign', { KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }],
        ['ed25519', { KeySpec: 'ECC_NIST_EDWARDS25519', KeyUsage: 'SIGN_VERIFY' }],
        ['sm2sign', { KeySpec: 'SM2', KeyUsage: 'SIGN_VERIFY' }],
        ['sm2enc', { KeySpec: 'SM2', KeyUsage: 'ENCRYPT_DECRYPT' }],
        ['mldsa', { KeySpec: 'ML_DSA_44', KeyUsage: 'SIGN_VERIFY' }],
        ['rsaenc', { KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }],
        ['rsasign', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }],
        ['hmac', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }],
        ['disabled', {}],
      ];
      for (const [name, req] of specs) keys[name] = (await store.call('CreateKey', req)).KeyMetadata.KeyId;
      await store.call('DisableKey', { KeyId: keys.disabled });
      await store.call('CreateAlias', { AliasName: 'alias/fuzz', TargetKeyId: keys.sym });
      blobs.push((await store.call('Encrypt', { KeyId: keys.sym, Plaintext: Buffer.from('secret'), EncryptionContext: { a: 'b' } })).CiphertextBlob);
      blobs.push((await store.call('Encrypt', { KeyId: keys.rsaenc, Plaintext: Buffer.from('secret'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })).CiphertextBlob);
      blobs.push((await store.call('Encrypt', { KeyId: keys.sm2enc, Plaintext: Buffer.from('secret'), EncryptionAlgorithm: 'SM2PKE' })).CiphertextBlob);
      blobs.push((await store.call('Sign', { KeyId: keys.p256sign, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).Signature);
      blobs.push((await store.call('Sign', { KeyId: keys.sm2sign, Message: Buffer.from('m'), SigningAlgorithm: 'SM2DSA' })).Signature);
      macs = [(await store.call('GenerateMac', { KeyId: keys.hmac, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' })).Mac];
      const rsaPublic = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'der' });
      docs = [
        valid,
        await makeAttestationDocument(root, { publicKey: new Uint8Array(rsaPublic) }),
        // a document whose public_key is not an RSA key, and one whose key is malformed
        await makeAttestationDocument(root, { publicKey: spkis[0] }),
        await makeAttestationDocument(root, { publicKey: mutate(new Uint8Array(rsaPublic), [{ kind: 'truncate', at: 100 }]) }),
      ];
      const ours = async (name: string): Promise<Uint8Array> => (await store.call('GetPublicKey', { KeyId: keys[name] })).PublicKey;
      // P-256 peers: node's, a compressed point, and a KMS key's; SM2 peers: node's and a KMS key's
      peers = { all: [...spkis, await ours('sm2agree'), await ours('p256agree')], p256: [spkis[0], spkis[spkis.length - 1], await ours('p256agree')], sm2: [spkis[3], await ours('sm2agree')] };
    });
    after(() => store?.cleanup());

    // JSON objects whose own members shadow Object.prototype's (JSON.parse makes them own members)
    const shadowing = fc
      .array(fc.tuple(fc.constantFrom('toString', 'valueOf', '__proto__', 'constructor', 'hasOwnProperty', 'length', 'then'), fc.jsonValue({ maxDepth: 1 })), { minLength: 1, maxLength: 2 })
      .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);
    const junk = fc.oneof(fc.jsonValue({ maxDepth: 2 }), shadowing, fc.uint8Array({ maxLength: 8 }), fc.constant(undefined));

    /** A value for one request member: something meaningful for it, or a value of its shape. */
    function memberArb(name: string, shape: Shape): fc.Arbitrary<unknown> {
      const ids = Object.values(keys);
      const meaningful: Record<string, fc.Arbitrary<unknown>> = {
        KeyId: fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...ids) },
          { weight: 2, arbitrary: fc.constantFrom(...ids).map((id) => `arn:aws-cn:kms:cn-north-1:111122223333:key/${id}`) },
          { weight: 2, arbitrary: fc.constantFrom('alias/fuzz', 'alias/missing', 'alias/aws/kms', 'arn:aws-cn:kms:cn-north-1:111122223333:alias/fuzz', 'arn:aws:kms:eu-west-1:111122223333:key/x', 'mrk-0123456789abcdef0123456789abcdef', 'alias/', '\u00e9') },
          { weight: 1, arbitrary: fc.tuple(fc.constantFrom('alias/', '', 'arn:aws-cn:kms:cn-north-1:111122223333:alias/', 'arn:aws-cn:kms:cn-north-1:111122223333:key/'), fc.integer({ min: 1, max: 400 }).chain((n) => fc.string({ unit: fc.constantFrom('a', '/', ':', '-', '_', '%', '.'), minLength: n, maxLength: n }))).map(([p, s]) => p + s) },
        ),
        Plaintext: fc.uint8Array({ minLength: 1, maxLength: 300 }),
        Message: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 80 }), fc.constantFrom(28, 32, 48, 64).chain((n) => fc.uint8Array({ minLength: n, maxLength: n }))),
        CiphertextBlob: badBytes(blobs, 300),
        Signature: badBytes(blobs.slice(3), 120),
        Mac: badBytes(macs, 80),
        PublicKey: fc.oneof(fc.constantFrom(...peers.all), badBytes(peers.all, 120)),
        EncryptionContext: fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'a')), fc.oneof(fc.string({ maxLength: 6 }), fc.constant('b')), { maxKeys: 3 }),
        Recipient: fc.record({ KeyEncryptionAlgorithm: fc.constantFrom('RSAES_OAEP_SHA_256', 'RSAES_OAEP_SHA_1', undefined), AttestationDocument: fc.oneof(fc.constantFrom(...docs), badBytes(docs, 100), fc.constant(undefined)) }, { requiredKeys: [] }),
        KeySpec: fc.constantFrom('SYMMETRIC_DEFAULT', 'ECC_NIST_P256', 'ECC_SECG_P256K1', 'ECC_NIST_EDWARDS25519', 'HMAC_224', 'SM2', 'ML_DSA_44', 'AES_256', 'RSA_1024'),
        CustomerMasterKeySpec: fc.constantFrom('SYMMETRIC_DEFAULT', 'ECC_NIST_P384', 'HMAC_512'),
      };
      meaningful.SourceKeyId = meaningful.DestinationKeyId = meaningful.KeyId;
      meaningful.SourceEncryptionContext = meaningful.DestinationEncryptionContext = meaningful.EncryptionContext;
      // GenerateDataKey's KeySpec is a data key spec, whose values its own shape lists
      if (name === 'KeySpec' && shape.type === 'string' && !shape.enum?.includes('SM2')) delete meaningful.KeySpec;
      return meaningful[name] ? fc.oneof({ weight: 4, arbitrary: meaningful[name] }, { weight: 1, arbitrary: conforming(shape) }) : conforming(shape);
    }

    /** The members that make a call go deep: a key with an algorithm it has, the ciphertext it made, a peer key on its curve. */
    function coreArb(op: OperationName): fc.Arbitrary<Record<string, unknown>> {
      const pick = <T,>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
      const maybeMutated = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> => fc.oneof(fc.constant(bytes), fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((ms) => mutate(bytes, ms)));
      switch (op) {
        case 'Sign':
        case 'Verify': {
          const signers: [string, string[]][] = [
            ['p256sign', ['ECDSA_SHA_256']], ['ed25519', ['ED25519_SHA_512', 'ED25519_PH_SHA_512']], ['sm2sign', ['SM2DSA']], ['mldsa', ['ML_DSA_SHAKE_256']],
            ['rsasign', ['RSASSA_PSS_SHA_256', 'RSASSA_PSS_SHA_512', 'RSASSA_PKCS1_V1_5_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_384']],
          ];
          return fc.tuple(pick(signers), fc.nat(), pick(['RAW', 'RAW', 'DIGEST', 'EXTERNAL_MU', undefined])).map(([[key, algorithms], i, MessageType]) => ({ KeyId: keys[key], SigningAlgorithm: algorithms[i % algorithms.length], MessageType }));
        }
        case 'Encrypt':
          return pick([['sym', 'SYMMETRIC_DEFAULT'], ['sym', undefined], ['rsaenc', 'RSAES_OAEP_SHA_1'], ['rsaenc', 'RSAES_OAEP_SHA_256'], ['sm2enc', 'SM2PKE'], ['disabled', undefined]] as const).map(([key, EncryptionAlgorithm]) => ({ KeyId: keys[key], EncryptionAlgorithm }));
        case 'Decrypt':
          return fc.oneof(
            fc.tuple(maybeMutated(blobs[0]), pick([undefined, keys.sym, 'alias/fuzz']), pick([{ a: 'b' }, { a: 'b' }, {}, undefined, { a: 'c' }])).map(([CiphertextBlob, KeyId, EncryptionContext]) => ({ CiphertextBlob, KeyId, EncryptionContext })),
            maybeMutated(blobs[1]).map((CiphertextBlob) => ({ CiphertextBlob, KeyId: keys.rsaenc, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' })),
            maybeMutated(blobs[2]).map((CiphertextBlob) => ({ CiphertextBlob, KeyId: keys.sm2enc, EncryptionAlgorithm: 'SM2PKE' })),
          );
        case 'DeriveSharedSecret':
          return fc.oneof(
            fc.constantFrom(peers.p256[0], ...peers.p256).chain(maybeMutated).map((PublicKey) => ({ KeyId: keys.p256agree, KeyAgreementAlgorithm: 'ECDH', PublicKey })),
            fc.constantFrom(...peers.sm2).chain(maybeMutated).map((PublicKey) => ({ KeyId: keys.sm2agree, KeyAgreementAlgorithm: 'ECDH', PublicKey })),
          );
        case 'ReEncrypt':
          return fc.tuple(maybeMutated(blobs[0]), pick([{ a: 'b' }, { a: 'b' }, undefined]), pick([['sym', undefined], ['rsaenc', 'RSAES_OAEP_SHA_256'], ['sm2enc', 'SM2PKE'], ['p256sign', undefined]] as const)).map(([CiphertextBlob, SourceEncryptionContext, [dest, DestinationEncryptionAlgorithm]]) => ({ CiphertextBlob, SourceEncryptionContext, DestinationKeyId: keys[dest], DestinationEncryptionAlgorithm }));
        case 'GenerateDataKey':
          return fc.tuple(pick(['sym', 'sym', 'rsaenc', 'disabled']), pick([{ KeySpec: 'AES_256', NumberOfBytes: undefined }, { KeySpec: 'AES_128', NumberOfBytes: undefined }, { NumberOfBytes: 7, KeySpec: undefined }, {}]), fc.option(fc.constantFrom(...docs), { freq: 2 })).map(([key, size, doc]) => ({ KeyId: keys[key], ...size, ...(doc ? { Recipient: { AttestationDocument: doc } } : {}) }));
        case 'GenerateRandom':
          return fc.tuple(fc.integer({ min: 1, max: 64 }), fc.option(fc.oneof(fc.constantFrom(...docs), badBytes(docs, 60)), { freq: 2 })).map(([NumberOfBytes, doc]) => ({ NumberOfBytes, ...(doc ? { Recipient: { AttestationDocument: doc, KeyEncryptionAlgorithm: 'RSAES_OAEP_SHA_256' } } : {}) }));
        case 'CreateKey': {
          const pairs = [['SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT'], ['ECC_NIST_P256', 'SIGN_VERIFY'], ['ECC_NIST_P384', 'KEY_AGREEMENT'], ['ECC_SECG_P256K1', 'SIGN_VERIFY'], ['ECC_NIST_EDWARDS25519', 'SIGN_VERIFY'], ['HMAC_224', 'GENERATE_VERIFY_MAC'], ['ML_DSA_44', 'SIGN_VERIFY'], ['SM2', 'ENCRYPT_DECRYPT']] as const;
          const tag = fc.record({ TagKey: fc.string({ minLength: 1, maxLength: 8 }), TagValue: fc.string({ maxLength: 8 }) });
          return fc.tuple(pick(pairs), fc.option(fc.array(tag, { maxLength: 3 }), { nil: undefined })).map(([[KeySpec, KeyUsage], Tags]) => ({ KeySpec, KeyUsage, Tags, CustomerMasterKeySpec: undefined }));
        }
        case 'GenerateMac':
        case 'VerifyMac':
          return pick(['HMAC_SHA_256', 'HMAC_SHA_256', 'HMAC_SHA_512']).map((MacAlgorithm) => ({ KeyId: keys.hmac, MacAlgorithm }));
        default:
          return fc.constant({});
      }
    }

    /** Members that change the path only now and then (DryRun, a Recipient, key store options). */
    const RARE = new Set(['DryRun', 'DryRunModifiers', 'GrantTokens', 'Recipient', 'SourceKeyId', 'SourceEncryptionAlgorithm', 'Origin', 'CustomKeyStoreId', 'XksKeyId', 'MultiRegion', 'BypassPolicyLockoutSafetyCheck', 'Policy', 'CustomerMasterKeySpec']);

    /** A request that is mostly well formed (so calls get past validation), with up to two members replaced by junk. */
    function requestArb(op: OperationName): fc.Arbitrary<Record<string, unknown>> {
      const model = OPERATIONS[op];
      const names = Object.keys(model.input);
      const members = Object.fromEntries(Object.entries(model.input).map(([name, shape]) => {
        const arb = memberArb(name, shape);
        return [name, RARE.has(name) ? fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb }) : arb];
      }));
      const base = fc.oneof({ weight: 9, arbitrary: fc.record(members, { requiredKeys: model.required as string[] }) }, { weight: 1, arbitrary: fc.record(members, { requiredKeys: [] }) });
      const core = fc.option(coreArb(op), { freq: 4, nil: {} });
      const spoilt = fc.oneof({ weight: 4, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.constantFrom(...names), junk), { minLength: 1, maxLength: 2 }) });
      return fc.tuple(base, core, spoilt).map(([request, deep, junkMembers]) => ({ ...request, ...deep, ...Object.fromEntries(junkMembers) }));
    }

    const engineRuns = [
      ['Sign', 2000], ['Verify', 2000], ['Encrypt', 3000], ['Decrypt', 4000], ['DeriveSharedSecret', 3000], ['CreateKey', 600],
      ['ReEncrypt', 2500], ['GenerateDataKey', 2000], ['GenerateRandom', 1500], ['GenerateMac', 1500], ['VerifyMac', 1500],
    ] as const;
    for (const [op, n] of engineRuns) {
      it(`${op}: any request succeeds or throws an AWS exception (never KMSInternalException)`, async () => {
        await fc.assert(
          fc.asyncProperty(requestArb(op), async (request) => {
            try {
              await invoke(store.ctx, op, request);
              tally(op, 'success');
            } catch (e) {
              expectKmsError(e);
              tally(op, e.type === 'ValidationException' ? `ValidationException(${/at '([^'.]+)/.exec(e.message)?.[1] ?? e.message.slice(0, 40)})` : e.type);
            }
          }),
          { numRuns: runs(n), timeout: CASE_TIMEOUT_MS },
        );
      });
    }

    it('requestFromJson: any JSON body gives a request or a SerializationError', () => {
      const operations = Object.keys(OPERATIONS) as OperationName[];
      // JSON.parse makes "__proto__" an own member, as a body read off the wire has it
      const withMembers = (v: unknown): unknown => {
        const j = JSON.stringify(v);
        return JSON.parse(`{"__proto__":${j},"KeyId":${j},"Plaintext":${j},"Tags":[${j}],"Recipient":{"AttestationDocument":${j},"constructor":${j}},"EncryptionContext":{"__proto__":${j}},"toString":${j}}`);
      };
      const body = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 2 }).map(withMembers));
      fc.assert(
        fc.property(fc.constantFrom(...operations), body, (op, json) => {
          const request = only([SerializationError], () => requestFromJson(OPERATIONS[op], json));
          if (!(request instanceof Error)) for (const k of Object.keys(request)) expect(OPERATIONS[op].input).to.have.property(k);
        }),
        { numRuns: runs(5000) },
      );
    });

    it('requestFromJson round-trips a body of the operation\'s shapes (blobs as base64)', () => {
      const operations = Object.keys(OPERATIONS) as OperationName[];
      const arb = fc.constantFrom(...operations).chain((op) => fc.tuple(fc.constant(op), fc.record(Object.fromEntries(Object.entries(OPERATIONS[op].input).map(([m, s]) => [m, jsonOfShape(s)])), { requiredKeys: [] })));
      fc.assert(
        fc.property(arb, ([op, json]) => {
          const request = requestFromJson(OPERATIONS[op], json);
          expect(JSON.parse(responseToJson(request))).to.deep.equal(json);
        }),
        { numRuns: runs(2000) },
      );
    });

    describe('over HTTP (pskms serve)', () => {
      let server: { url: string; close: () => Promise<void> };
      const saved = process.env.PSKMS_HOME;
      before(async () => {
        process.env.PSKMS_HOME = store.home;
        server = await serve({ host: '127.0.0.1', port: 0, region: 'cn-north-1', log: () => {} });
      });
      after(async () => {
        await server?.close();
        if (saved === undefined) delete process.env.PSKMS_HOME;
        else process.env.PSKMS_HOME = saved;
      });

      it('any target and body give an AWS error body with its status, never a 500', async () => {
        const ops = ['Encrypt', 'Decrypt', 'Sign', 'DeriveSharedSecret', 'DescribeKey', 'ListAliases', 'GenerateDataKey', 'CreateAlias'] as const;
        const target = fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...ops).map((op) => `TrentService.${op}`) },
          { weight: 1, arbitrary: fc.constantFrom('', 'TrentService.', 'TrentService.constructor', 'TrentService.__proto__', 'TrentService.toString', 'TrentService.hasOwnProperty', 'trentservice.Encrypt', 'TrentService.Encrypt ', 'KMS.Encrypt') },
          { weight: 1, arbitrary: anyText.map((s) => `TrentService.${s.replace(/[^\x20-\x7e]/g, '')}`) },
        );
        const body = fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v))),
          fc.constantFrom(...ops).chain((op) => requestArb(op)).map((r) => Buffer.from(responseToJson(r))),
          fc.constantFrom('', '{', '{}', 'null', '[]', '{"KeyId":null}', '{"__proto__":{"KeyId":"x"}}', '{"Plaintext":"!!"}', '{"NumberOfBytes":1.5}', '{"Limit":"1"}', '\u0000').map((s) => Buffer.from(s)),
        );
        const authorization = fc.constantFrom(
          undefined,
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/cn-north-1/kms/aws4_request, SignedHeaders=host, Signature=00',
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/eu-west-3/kms/aws4_request, SignedHeaders=host, Signature=00',
          'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/local/kms/aws4_request, SignedHeaders=host, Signature=00',
          'garbage',
        );
        const method = fc.constantFrom('POST', 'POST', 'POST', 'POST', 'PUT', 'GET');
        await fc.assert(
          fc.asyncProperty(target, body, authorization, method, async (t, b, auth, m) => {
            const res = await fetch(`${server.url}/`, {
              method: m,
              headers: { 'X-Amz-Target': t, 'Content-Type': 'application/x-amz-json-1.1', ...(auth ? { Authorization: auth } : {}) },
              ...(m === 'GET' ? {} : { body: b }),
            });
            const text = await res.text();
            const json = JSON.parse(text) as Record<string, unknown>;
            if (res.status === 200) return;
            expect(res.status, text).to.be.oneOf([400, 404, 413]);
            expect(json.__type, text).to.be.a('string');
            const type = json.__type as string;
            expect(AWS_EXCEPTIONS.has(type) || ['SerializationException', 'UnknownOperationException', 'InvalidSignatureException'].includes(type), text).to.equal(true);
          }),
          { numRuns: runs(2500), timeout: CASE_TIMEOUT_MS },
        );
      });
    });
  });
});

/** Values of a shape as the engine receives them (blobs as bytes): mostly valid, sometimes not. */
function conforming(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      if (shape.enum) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...shape.enum.filter((v) => !/^RSA_(3072|4096)$/.test(v))) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
      return fc.string({ minLength: shape.min ?? 0, maxLength: Math.max(shape.min ?? 0, Math.min(shape.max ?? 20, 20)) });
    case 'blob':
      return fc.uint8Array({ minLength: shape.min ?? 0, maxLength: 40 });
    case 'integer':
      return fc.oneof({ weight: 5, arbitrary: fc.integer({ min: shape.min ?? -2, max: Math.min(shape.max ?? 1100, 1100) }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1.5, 2 ** 53, 1e6) });
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      return fc.oneof({ weight: 5, arbitrary: fc.date() }, { weight: 1, arbitrary: fc.constantFrom('2031-01-01', 0) });
    case 'list':
      return fc.array(conforming(shape.member), { maxLength: 3 });
    case 'map':
      return fc.dictionary(fc.string({ maxLength: 6 }), conforming(shape.value), { maxKeys: 3 });
    case 'structure':
      return fc.record(Object.fromEntries(Object.entries(shape.members).map(([k, s]) => [k, conforming(s)])), { requiredKeys: [] });
  }
}

/** JSON of a shape as the wire carries it: blobs as canonical base64. */
function jsonOfShape(shape: Shape): fc.Arbitrary<unknown> {
  switch (shape.type) {
    case 'string':
      return fc.string({ unit: 'grapheme', maxLength: 12 });
    case 'blob':
      return fc.uint8Array({ maxLength: 40 }).map(base64Of);
    case 'integer':
      return fc.integer();
    case 'boolean':
      return fc.boolean();
    case 'timestamp':
      // the SDKs send epoch seconds
      return fc.integer({ min: -1e10, max: 1e10 });
    case 'list':
      return fc.array(jsonOfShape(shape.member), { maxLength: 3 });
    case 'map':
      return fc.dictionary(fc.string({ maxLength: 6 }), jsonOfShape(shape.value), { maxKeys: 3 });
    case 'structure':
      return fc.record(Object.fromEntries(Object.entries(shape.members).map(([k, s]) => [k, jsonOfShape(s)])), { requiredKeys: [] });
  }
}
