// Elliptic-curve Diffie-Hellman: the raw shared secret (the x-coordinate, field-size bytes).
import { diffieHellman, type KeyObject } from 'node:crypto';

export function ecdhSharedSecret(privateKey: KeyObject, peerPublicKey: KeyObject): Uint8Array {
  return new Uint8Array(diffieHellman({ privateKey, publicKey: peerPublicKey }));
}
