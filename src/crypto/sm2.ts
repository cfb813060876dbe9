// SM2 (GM/T 0003) on the sm2p256v1 curve: SM2DSA signatures with SM3 and a distinguishing ID,
// SM2PKE encryption in GM/T 0009's ASN.1 form (C1 x, y, C3, C2), and ECDH. node:crypto makes
// and stores SM2 keys but signs plain ECDSA and cannot encrypt with them, so the arithmetic
// here uses @noble/curves' Weierstrass points; SM3 comes from node:crypto.
import { createECDH, createHash, ECDH, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { integer, octetString, readAll, sequence, toBigInt } from './der.js';

const hex = (s: string): bigint => BigInt(`0x${s}`);
/** sm2p256v1: the field prime and the curve y² = x³ + a·x + b (GM/T 0003.5) */
export const P = hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFF');
export const A = hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000FFFFFFFFFFFFFFFC');
export const B = hex('28E9FA9E9D9F5E344D5A9E4BCF6509A7F39789F515AB8F92DDBCBD414D940E93');
const N = hex('FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');
const GX = hex('32C4AE2C1F1981195F9904466A39C9948FE30BBFF2660BE1715A4589334C74C7');
const GY = hex('BC3736A2F4F6779C59BDCEE36B692153D0A9877CC62A474002DF32E52139F0A0');

/** The distinguishing ID KMS uses for SM2DSA over a raw message (GM/T 0009). */
export const DEFAULT_SM2_ID = new TextEncoder().encode('1234567812345678');

interface AffinePoint { x: bigint; y: bigint }
interface CurvePoint {
  multiply(k: bigint): CurvePoint;
  add(other: CurvePoint): CurvePoint;
  toAffine(): AffinePoint;
  is0(): boolean;
  assertValidity(): void;
}
interface PointClass {
  BASE: CurvePoint;
  fromAffine(p: AffinePoint): CurvePoint;
}

let curve: Promise<PointClass> | undefined;
function sm2Curve(): Promise<PointClass> {
  curve ??= import('@noble/curves/abstract/weierstrass.js').then(({ weierstrass }) => weierstrass({ p: P, n: N, h: 1n, a: A, b: B, Gx: GX, Gy: GY }) as unknown as PointClass);
  return curve;
}

const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
const be32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const sm3 = (...parts: Uint8Array[]): Buffer => {
  const h = createHash('sm3');
  for (const p of parts) h.update(p);
  return h.digest();
};

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return mod(oldS, m);
}

function randomScalar(): bigint {
  for (;;) {
    const k = toBigInt(randomBytes(32));
    if (k > 0n && k < N) return k;
  }
}

/** The private scalar and public point of an SM2 key node:crypto holds. */
function keyParts(key: KeyObject): { d?: bigint; x: bigint; y: bigint } {
  if (key.type === 'private') {
    // PrivateKeyInfo { version, algorithm, privateKey OCTET STRING { ECPrivateKey { 1, d, [1] public } } }
    const info = readAll(readAll(key.export({ format: 'der', type: 'pkcs8' }))![0].content)!;
    const ec = readAll(readAll(info[2].content)![0].content)!;
    const d = toBigInt(ec[1].content);
    const pub = ecdhPublic(d);
    return { d, x: toBigInt(pub.subarray(1, 33)), y: toBigInt(pub.subarray(33)) };
  }
  const point = uncompressedPoint(key);
  return { x: toBigInt(point.subarray(1, 33)), y: toBigInt(point.subarray(33)) };
}

function ecdhPublic(d: bigint): Buffer {
  const ecdh = createECDH('SM2');
  ecdh.setPrivateKey(be32(d));
  return ecdh.getPublicKey();
}

/** The public point 04 ‖ x ‖ y, whichever form the SPKI holds it in. */
function uncompressedPoint(key: KeyObject): Buffer {
  const spki = key.export({ format: 'der', type: 'spki' });
  const bitString = readAll(readAll(spki)![0].content)![1].content;
  return ECDH.convertKey(bitString.subarray(1), 'SM2', undefined, undefined, 'uncompressed') as Buffer;
}

/** A DER INTEGER that is positive and minimally encoded, or undefined. */
function derPositiveInteger(content: Uint8Array): bigint | undefined {
  if (content.length === 0 || content[0] & 0x80 || (content.length > 1 && content[0] === 0 && !(content[1] & 0x80))) return undefined;
  return toBigInt(content);
}

/** Z_A = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA). */
export function sm2Z(key: KeyObject, id: Uint8Array = DEFAULT_SM2_ID): Buffer {
  const { x, y } = keyParts(key);
  const entl = Buffer.alloc(2);
  entl.writeUInt16BE(id.length * 8);
  return sm3(entl, id, be32(A), be32(B), be32(GX), be32(GY), be32(x), be32(y));
}

/** e = SM3(Z_A ‖ M): what SM2DSA signs for a raw message. */
export function sm2Digest(key: KeyObject, message: Uint8Array): Buffer {
  return sm3(sm2Z(key), message);
}

/** An SM2DSA signature (DER SEQUENCE { r, s }) of the 32-byte digest e. */
export async function sm2SignDigest(privateKey: KeyObject, e: Uint8Array): Promise<Uint8Array> {
  const { d } = keyParts(privateKey);
  const G = (await sm2Curve()).BASE;
  const eInt = toBigInt(e);
  for (;;) {
    const k = randomScalar();
    const r = mod(eInt + G.multiply(k).toAffine().x, N);
    if (r === 0n || r + k === N) continue;
    const s = mod(modInverse(1n + d!, N) * (k - r * d!), N);
    if (s !== 0n) return sequence(integer(r), integer(s));
  }
}

export async function sm2VerifyDigest(publicKey: KeyObject, e: Uint8Array, signature: Uint8Array): Promise<boolean> {
  const outer = readAll(signature);
  const parts = outer?.length === 1 && outer[0].tag === 0x30 ? readAll(outer[0].content) : undefined;
  if (!parts || parts.length !== 2 || parts[0].tag !== 0x02 || parts[1].tag !== 0x02) return false;
  const [r, s] = [derPositiveInteger(parts[0].content), derPositiveInteger(parts[1].content)];
  if (r === undefined || s === undefined || r < 1n || r >= N || s < 1n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const Point = await sm2Curve();
  const { x, y } = keyParts(publicKey);
  const sum = Point.BASE.multiply(s).add(Point.fromAffine({ x, y }).multiply(t));
  if (sum.is0()) return false;
  return mod(toBigInt(e) + sum.toAffine().x, N) === r;
}

function kdf(z: Uint8Array, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let counter = 1; blocks.length * 32 < length; counter++) {
    const ct = Buffer.alloc(4);
    ct.writeUInt32BE(counter);
    blocks.push(sm3(z, ct));
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** SM2PKE: DER SEQUENCE { x INTEGER, y INTEGER, C3 OCTET STRING, C2 OCTET STRING }. */
export async function sm2Encrypt(publicKey: KeyObject, message: Uint8Array): Promise<Uint8Array> {
  const Point = await sm2Curve();
  const { x, y } = keyParts(publicKey);
  const pub = Point.fromAffine({ x, y });
  for (;;) {
    const k = randomScalar();
    const c1 = Point.BASE.multiply(k).toAffine();
    const shared = pub.multiply(k).toAffine();
    const t = kdf(Buffer.concat([be32(shared.x), be32(shared.y)]), message.length);
    if (message.length > 0 && t.every((b) => b === 0)) continue;
    const c2 = Buffer.from(message.map((b, i) => b ^ t[i]));
    const c3 = sm3(be32(shared.x), message, be32(shared.y));
    return sequence(integer(c1.x), integer(c1.y), octetString(c3), octetString(c2));
  }
}

/** The plaintext, or undefined when the ciphertext is malformed or does not authenticate. */
export async function sm2Decrypt(privateKey: KeyObject, ciphertext: Uint8Array): Promise<Uint8Array | undefined> {
  const outer = readAll(ciphertext);
  const parts = outer?.length === 1 && outer[0].tag === 0x30 ? readAll(outer[0].content) : undefined;
  if (!parts || parts.length !== 4 || parts.map((p) => p.tag).join() !== '2,2,4,4' || parts[2].content.length !== 32) return undefined;
  const Point = await sm2Curve();
  let c1: CurvePoint;
  try {
    c1 = Point.fromAffine({ x: toBigInt(parts[0].content), y: toBigInt(parts[1].content) });
    c1.assertValidity();
  } catch {
    return undefined;
  }
  const { d } = keyParts(privateKey);
  const shared = c1.multiply(d!).toAffine();
  const c2 = parts[3].content;
  const t = kdf(Buffer.concat([be32(shared.x), be32(shared.y)]), c2.length);
  if (c2.length > 0 && t.every((b) => b === 0)) return undefined;
  const message = Buffer.from(c2.map((b, i) => b ^ t[i]));
  const c3 = sm3(be32(shared.x), message, be32(shared.y));
  return timingSafeEqual(c3, parts[2].content) ? message : undefined;
}

/** ECDH on the SM2 curve: the x-coordinate of d·Q (OpenSSL's EC arithmetic through createECDH). */
export function sm2Ecdh(privateKey: KeyObject, peerPublicKey: KeyObject): Uint8Array {
  const { d } = keyParts(privateKey);
  const ecdh = createECDH('SM2');
  ecdh.setPrivateKey(be32(d!));
  return new Uint8Array(ecdh.computeSecret(uncompressedPoint(peerPublicKey)));
}
