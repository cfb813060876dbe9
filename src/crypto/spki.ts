/**
 * A SubjectPublicKeyInfo from outside (a DeriveSharedSecret peer key, an enclave's public_key),
 * checked before OpenSSL sees it. OpenSSL accepts an EC point it cannot use, such as the point
 * at infinity (the single byte 0x00), and node then aborts the whole process when it reads the
 * key's details. So an EC key must be exactly one SPKI (no trailing bytes), on a named curve
 * pskms knows, with a point in SEC 1 form of its curve's length that lies on the curve
 * (RFC 5480, SEC 1 §2.3.4). Other key types go to OpenSSL, whose parsers refuse bad input.
 * @module
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { CURVES, curveOfOid, type CurveName } from './curves.js';
import { readAll, toBigInt } from './der.js';
import { A as SM2_A, B as SM2_B, P as SM2_P } from './sm2.js';

export class SpkiError extends Error {}

interface WeierstrassCurve {
  /** the field prime, and the curve y² = x³ + a·x + b */
  p: bigint;
  a: bigint;
  b: bigint;
}

const hex = (s: string): bigint => BigInt(`0x${s}`);
const nist = (p: bigint, b: string): WeierstrassCurve => ({ p, a: p - 3n, b: hex(b) });

/** The equation of each curve KMS has (its OID and field size are in curves.ts). */
const EQUATIONS: Readonly<Record<CurveName, WeierstrassCurve>> = {
  'P-256': nist(hex('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff'), '5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b'),
  'P-384': nist(hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff'), 'b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef'),
  'P-521': nist((1n << 521n) - 1n, '0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00'),
  secp256k1: { p: hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f'), a: 0n, b: 7n },
  SM2: { p: SM2_P, a: SM2_A, b: SM2_B },
};

/** id-ecPublicKey 1.2.840.10045.2.1 */
const EC_PUBLIC_KEY = '2a8648ce3d0201';
const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;

/** A SEC 1 point of this curve: uncompressed and on the curve, or compressed (OpenSSL decompresses and checks it). */
function checkPoint(name: CurveName, point: Uint8Array): void {
  const curve = EQUATIONS[name];
  const n = CURVES[name].fieldBytes;
  if (point[0] === 0x04 && point.length === 1 + 2 * n) {
    const x = toBigInt(point.subarray(1, 1 + n));
    const y = toBigInt(point.subarray(1 + n));
    if (x >= curve.p || y >= curve.p) throw new SpkiError('a coordinate is not below the field prime');
    const left = (y * y) % curve.p;
    const right = ((((x * x) % curve.p) * x) % curve.p + curve.a * x + curve.b) % curve.p;
    if (left !== right) throw new SpkiError('the point is not on the curve');
    return;
  }
  if ((point[0] === 0x02 || point[0] === 0x03) && point.length === 1 + n) {
    if (toBigInt(point.subarray(1)) >= curve.p) throw new SpkiError('x is not below the field prime');
    return;
  }
  throw new SpkiError('the point is not a SEC 1 point of its curve (the point at infinity is not a public key)');
}

/** Checks an EC SubjectPublicKeyInfo's shape, curve and point; returns false for keys of other algorithms. */
function checkEcSpki(der: Uint8Array): boolean {
  const outer = readAll(der);
  if (!outer || outer.length !== 1 || outer[0].tag !== SEQUENCE) throw new SpkiError('not one DER SubjectPublicKeyInfo');
  const parts = readAll(outer[0].content);
  if (!parts || parts.length !== 2 || parts[0].tag !== SEQUENCE || parts[1].tag !== BIT_STRING) throw new SpkiError('not a SubjectPublicKeyInfo');
  const algorithm = readAll(parts[0].content);
  if (!algorithm || algorithm.length === 0 || algorithm[0].tag !== OID) throw new SpkiError('no algorithm identifier');
  if (Buffer.from(algorithm[0].content).toString('hex') !== EC_PUBLIC_KEY) return false;
  if (algorithm.length !== 2 || algorithm[1].tag !== OID) throw new SpkiError('an EC key must name its curve');
  const curve = curveOfOid(Buffer.from(algorithm[1].content).toString('hex'));
  if (!curve) throw new SpkiError('the curve is not one KMS supports');
  const bits = parts[1].content;
  if (bits.length < 2 || bits[0] !== 0) throw new SpkiError('the public key bit string is malformed');
  checkPoint(curve.name, bits.subarray(1));
  return true;
}

/** The public key of an SPKI from outside, checked first; throws SpkiError for one that must not reach OpenSSL or that OpenSSL refuses. */
export function publicKeyFromUntrustedSpki(der: Uint8Array): KeyObject {
  checkEcSpki(der);
  try {
    return createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
  } catch {
    throw new SpkiError('not a public key OpenSSL can read');
  }
}
