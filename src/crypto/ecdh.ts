// Elliptic-curve Diffie-Hellman: the raw shared secret (the x-coordinate, field-size bytes).
import { diffieHellman, type KeyObject } from 'node:crypto';
import { namedCurveOf } from './curves.js';
import { sm2Ecdh } from './sm2.js';

export function ecdhSharedSecret(privateKey: KeyObject, peerPublicKey: KeyObject): Uint8Array {
  // OpenSSL 3 will not derive with SM2 keys, so that curve takes its own path
  if (namedCurveOf(privateKey) === 'SM2') return sm2Ecdh(privateKey, peerPublicKey);
  return new Uint8Array(diffieHellman({ privateKey, publicKey: peerPublicKey }));
}
