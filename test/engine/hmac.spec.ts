// HMAC keys: GenerateMac equals openssl's HMAC of the key material; VerifyMac accepts it and
// raises KMSInvalidMacException otherwise.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openssl, requireOpenssl, Scratch } from '../helpers/openssl.js';
import { testStore, type TestStore } from '../helpers/store.js';

const SPECS = [['HMAC_224', 'HMAC_SHA_224', 'SHA224', 28], ['HMAC_256', 'HMAC_SHA_256', 'SHA256', 32], ['HMAC_384', 'HMAC_SHA_384', 'SHA384', 48], ['HMAC_512', 'HMAC_SHA_512', 'SHA512', 64]] as const;

describe('HMAC keys', function () {
  let store: TestStore;
  const scratch = new Scratch();
  before(() => (store = testStore()));
  after(() => store.cleanup());

  const material = (keyId: string): Buffer => Buffer.from(JSON.parse(readFileSync(join(store.ctx.store.dir, 'keys', `${keyId}.json`), 'utf8')).Material.key, 'base64');

  for (const [spec, algorithm, digest, length] of SPECS) {
    it(`${spec}: ${algorithm} equals openssl's HMAC; VerifyMac accepts it and refuses others`, async function () {
      requireOpenssl(this);
      const key = (await store.call('CreateKey', { KeySpec: spec, KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
      expect(key.MacAlgorithms).to.deep.equal([algorithm]);
      expect(key).to.not.have.property('CurrentKeyMaterialId');
      expect(material(key.KeyId).length).to.equal(length);
      const message = Buffer.from(`message for ${spec}`);
      const res = await store.call('GenerateMac', { KeyId: key.Arn, Message: message, MacAlgorithm: algorithm });
      expect(Object.keys(res)).to.deep.equal(['Mac', 'MacAlgorithm', 'KeyId']);
      const msg = scratch.write(`${spec}.msg`, message);
      const expected = openssl(['mac', '-digest', digest, '-macopt', `hexkey:${material(key.KeyId).toString('hex')}`, '-in', msg, '-binary', 'HMAC']);
      expect(Buffer.from(res.Mac).toString('hex')).to.equal(expected.toString('hex'));
      expect(await store.call('VerifyMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: algorithm, Mac: res.Mac })).to.deep.equal({ KeyId: key.Arn, MacValid: true, MacAlgorithm: algorithm });
      const tampered = Buffer.from(res.Mac);
      tampered[0] ^= 1;
      for (const bad of [tampered, res.Mac.subarray(0, 10), Buffer.from('x')]) {
        expect(await store.error('VerifyMac', { KeyId: key.KeyId, Message: message, MacAlgorithm: algorithm, Mac: bad })).to.deep.equal({ type: 'KMSInvalidMacException', message: '' });
      }
    });
  }

  it('refuses the wrong algorithm, the wrong usage, and HMAC keys for other operations', async () => {
    const key = (await store.call('CreateKey', { KeySpec: 'HMAC_224', KeyUsage: 'GENERATE_VERIFY_MAC' })).KeyMetadata;
    expect(await store.error('GenerateMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' })).to.deep.equal({
      type: 'InvalidKeyUsageException', message: 'Algorithm HMAC_SHA_256 is incompatible with key spec HMAC_224.',
    });
    expect((await store.error('GenerateMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_1' })).message).to.equal(
      "1 validation error detected: Value 'HMAC_SHA_1' at 'macAlgorithm' failed to satisfy constraint: Member must satisfy enum value set: [HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]",
    );
    expect((await store.error('Sign', { KeyId: key.KeyId, Message: Buffer.from('m'), SigningAlgorithm: 'ECDSA_SHA_256' })).message).to.equal(`${key.Arn} key usage is GENERATE_VERIFY_MAC which is not valid for Sign.`);
    const sym = (await store.call('CreateKey', {})).KeyMetadata;
    expect((await store.error('GenerateMac', { KeyId: sym.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_256' })).message).to.equal(`${sym.Arn} key usage is ENCRYPT_DECRYPT which is not valid for GenerateMac.`);
    expect((await store.error('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'ENCRYPT_DECRYPT' })).message).to.equal('KeyUsage ENCRYPT_DECRYPT is not compatible with KeySpec HMAC_256');
    expect(await store.error('GetPublicKey', { KeyId: key.KeyId })).to.deep.equal({ type: 'UnsupportedOperationException', message: '' });
    await store.call('DisableKey', { KeyId: key.KeyId });
    expect((await store.error('GenerateMac', { KeyId: key.KeyId, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_224' })).type).to.equal('DisabledException');
    expect((await store.error('GenerateMac', { KeyId: key.Arn, Message: Buffer.from('m'), MacAlgorithm: 'HMAC_SHA_224', DryRun: true })).type).to.equal('DisabledException');
  });
});
