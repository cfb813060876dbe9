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
import { readAll, toBigInt } from './der.js';

export class SpkiError extends Error {}

interface WeierstrassCurve {
  /** the field prime, and the curve y² = x³ + a·x + b */
  p: bigint;
  a: bigint;
  b: bigint;
  fieldBytes: number;
}

const hex = (s: string): bigint => BigInt(`0x${s}`);
const nist = (p: bigint, b: string, fieldBytes: number): WeierstrassCurve => ({ p, a: p - 3n, b: hex(b), fieldBytes });

/** By the hex DER content of the namedCurve OID (RFC 5480 §2.1.1.1; GM/T 0006 for SM2). */
const NAMED_CURVES: Readonly<Record<string, WeierstrassCurve>> = {
  // prime256v1 (P-256) 1.2.840.10045.3.1.7
  '2a8648ce3d030107': nist(hex('ffffffff00000001000000000000000000000000ffffffffffffffffffffffff'), '5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b', 32),
  // secp384r1 (P-384) 1.3.132.0.34
  '2b81040022': nist(hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffff'), 'b3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aef', 48),
  // secp521r1 (P-521) 1.3.132.0.35
  '2b81040023': nist((1n << 521n) - 1n, '0051953eb9618e1c9a1f929a21a0b68540eea2da725b99b315f3b8b489918ef109e156193951ec7e937b1652c0bd3bb1bf073573df883d2c34f1ef451fd46b503f00', 66),
  // secp256k1 1.3.132.0.10
  '2b8104000a': { p: hex('fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f'), a: 0n, b: 7n, fieldBytes: 32 },
  // sm2p256v1 1.2.156.10197.1.301
  '2a811ccf5501822d': {
    p: hex('fffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffff'),
    a: hex('fffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffc'),
    b: hex('28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93'),
    fieldBytes: 32,
  },
};

/** id-ecPublicKey 1.2.840.10045.2.1 */
const EC_PUBLIC_KEY = '2a8648ce3d0201';
const SEQUENCE = 0x30;
const OID = 0x06;
const BIT_STRING = 0x03;

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
}

/** A SEC 1 point of this curve: uncompressed and on the curve, or compressed (OpenSSL decompresses and checks it). */
function checkPoint(curve: WeierstrassCurve, point: Uint8Array): void {
  const n = curve.fieldBytes;
  if (point[0] === 0x04 && point.length === 1 + 2 * n) {
    const x = toBigInt(point.subarray(1, 1 + n));
    const y = toBigInt(point.subarray(1 + n));
    if (x >= curve.p || y >= curve.p) throw new SpkiError('a coordinate is not below the field prime');
    const left = (y * y) % curve.p;
    const right = (modPow(x, 3n, curve.p) + curve.a * x + curve.b) % curve.p;
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
  const curve = NAMED_CURVES[Buffer.from(algorithm[1].content).toString('hex')];
  if (!curve) throw new SpkiError('the curve is not one KMS supports');
  const bits = parts[1].content;
  if (bits.length < 2 || bits[0] !== 0) throw new SpkiError('the public key bit string is malformed');
  checkPoint(curve, bits.subarray(1));
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
