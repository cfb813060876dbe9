// DER SPKI and PKCS#8 documents for a fresh named-curve EC key pair, written from its raw
// scalar and point in the exact layout OpenSSL writes (RFC 5480; RFC 5915 with the public key
// and without [0] parameters). Exporting a KeyObject goes through OpenSSL's encoder framework
// and costs five times the key generation; these fixed shapes cost next to nothing.
import { createECDH } from 'node:crypto';
import { CURVES, type CurveName } from './curves.js';
import { integer, octetString, sequence, tlv } from './der.js';

const oid = (hex: string) => Buffer.from(hex, 'hex');
const EC_PUBLIC_KEY = oid('06072a8648ce3d0201');
const CURVE_OIDS: Partial<Record<CurveName, Uint8Array>> = {
  'P-256': oid('06082a8648ce3d030107'),
  'P-384': oid('06052b81040022'),
  'P-521': oid('06052b81040023'),
  secp256k1: oid('06052b8104000a'),
};

/** A new key pair as DER, or undefined for a curve written another way (SM2). */
export function generateEcDerKeyPair(curve: CurveName): { publicKey: Uint8Array; privateKey: Uint8Array } | undefined {
  const curveOid = CURVE_OIDS[curve];
  if (!curveOid) return undefined;
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
