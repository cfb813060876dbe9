// DER SPKI and PKCS#8 documents for a fresh key pair, written from its raw parts in the exact
// layout OpenSSL writes: named-curve EC keys (RFC 5480; RFC 5915 with the public key and
// without [0] parameters) and Ed25519 keys (RFC 8410). Exporting a KeyObject as DER goes
// through OpenSSL's encoder framework and costs several times the key generation; these fixed
// shapes cost next to nothing.
import { createECDH, generateKeyPairSync } from 'node:crypto';
import { curveOidDer, CURVES, type CurveName } from './curves.js';
import { integer, octetString, sequence, tlv } from './der.js';

const oid = (hex: string) => Buffer.from(hex, 'hex');
const EC_PUBLIC_KEY = oid('06072a8648ce3d0201');
/** SM2 keys are written by OpenSSL, which marks them as SM2 (its own key type) */
const WRITTEN_HERE: readonly CurveName[] = ['P-256', 'P-384', 'P-521', 'secp256k1'];

/** A new key pair as DER, or undefined for a curve written another way (SM2). */
export function generateEcDerKeyPair(curve: CurveName): { publicKey: Uint8Array; privateKey: Uint8Array } | undefined {
  if (!WRITTEN_HERE.includes(curve)) return undefined;
  const curveOid = curveOidDer(curve);
  const ecdh = createECDH(CURVES[curve].opensslName);
  const point = ecdh.generateKeys();
  // the scalar comes without leading zero bytes; RFC 5915 wants the field's full length
  const raw = ecdh.getPrivateKey();
  const scalar = Buffer.concat([Buffer.alloc(CURVES[curve].fieldBytes - raw.length), raw]);
  const algorithm = sequence(EC_PUBLIC_KEY, curveOid);
  const publicBits = tlv(0x03, Buffer.concat([Buffer.of(0), point]));
  return {
    publicKey: sequence(algorithm, publicBits),
    privateKey: sequence(integer(0n), algorithm, octetString(sequence(integer(1n), octetString(scalar), tlv(0xa1, publicBits)))),
  };
}

const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A new Ed25519 key pair as DER; the raw seed and public key come out of a JWK export, which is cheap. */
export function generateEd25519DerKeyPair(): { publicKey: Uint8Array; privateKey: Uint8Array } {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return {
    publicKey: new Uint8Array(Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(jwk.x!, 'base64url')])),
    privateKey: new Uint8Array(Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.from(jwk.d!, 'base64url')])),
  };
}
