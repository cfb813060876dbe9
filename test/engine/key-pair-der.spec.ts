// The hand-written key documents are byte for byte what OpenSSL writes for the same key, and
// the private key matches the public key.
import { expect } from 'chai';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { generateEcDerKeyPair, generateEd25519DerKeyPair } from '../../src/crypto/key-pair-der.js';

describe('key pairs written as DER by hand', () => {
  for (const [curve, opensslName] of [['P-256', 'prime256v1'], ['P-384', 'secp384r1'], ['P-521', 'secp521r1'], ['secp256k1', 'secp256k1']] as const) {
    it(`${curve}: OpenSSL re-exports them unchanged, and they sign and verify as a pair`, () => {
      for (let i = 0; i < 40; i++) {
        const pair = generateEcDerKeyPair(curve)!;
        const privateKey = createPrivateKey({ key: Buffer.from(pair.privateKey), format: 'der', type: 'pkcs8' });
        const publicKey = createPublicKey({ key: Buffer.from(pair.publicKey), format: 'der', type: 'spki' });
        expect(privateKey.asymmetricKeyDetails?.namedCurve).to.equal(opensslName);
        expect(privateKey.export({ format: 'der', type: 'pkcs8' })).to.deep.equal(Buffer.from(pair.privateKey));
        expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' })).to.deep.equal(Buffer.from(pair.publicKey));
        expect(verify(null, Buffer.from('m'), publicKey, sign(null, Buffer.from('m'), privateKey))).to.equal(true);
      }
    });
  }

  it('Ed25519: OpenSSL re-exports them unchanged, and they sign and verify as a pair', () => {
    for (let i = 0; i < 40; i++) {
      const pair = generateEd25519DerKeyPair();
      const privateKey = createPrivateKey({ key: Buffer.from(pair.privateKey), format: 'der', type: 'pkcs8' });
      expect(privateKey.asymmetricKeyType).to.equal('ed25519');
      expect(privateKey.export({ format: 'der', type: 'pkcs8' })).to.deep.equal(Buffer.from(pair.privateKey));
      expect(createPublicKey(privateKey).export({ format: 'der', type: 'spki' })).to.deep.equal(Buffer.from(pair.publicKey));
      const publicKey = createPublicKey({ key: Buffer.from(pair.publicKey), format: 'der', type: 'spki' });
      expect(verify(null, Buffer.from('m'), publicKey, sign(null, Buffer.from('m'), privateKey))).to.equal(true);
    }
  });

  it('leaves SM2 to OpenSSL', () => {
    expect(generateEcDerKeyPair('SM2')).to.equal(undefined);
  });
});
