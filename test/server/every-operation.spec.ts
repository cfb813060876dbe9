// Every KMS operation pskms has, as one scenario run through each front end twice: against the
// local engine and against `pskms serve`. The SDK run is checked with node:crypto (signatures,
// shared secrets, key pairs) and AWS's exception names; each remote run must equal its local
// twin once the values that differ by nature (key ids, accounts, random bytes, dates) are named.
import { expect } from 'chai';
import { constants, createHash, createHmac, createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, publicEncrypt, randomBytes, verify } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as kmsSdk from '@aws-sdk/client-kms';
import { allCmdlets } from '../../cmdlets/index.js';
import { memberOf, type CmdletDefinition } from '../../src/binding/definition.js';
import type { PsValue } from '../../src/binding/ps-values.js';
import { kebab } from '../../src/cli/aws-cli/arguments.js';
import { createContext, invoke, KmsError } from '../../src/engine/index.js';
import { OPERATIONS, type OperationName } from '../../src/engine/model.js';
import { OUTPUTS, STRUCTURES, type OutputShape } from '../../src/engine/output-model.js';
import { pskms } from '../helpers/cli.js';
import { startServe, type RunningServer } from '../helpers/serve.js';
import { ModuleHost } from '../helpers/module-host.js';
import { tempHome } from '../helpers/store.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

type Plain = Record<string, unknown>;
type Outcome = { ok: Plain } | { error: string };
type Runner = (operation: OperationName, request: Plain) => Promise<Outcome>;
type State = Record<string, any>;

interface Step {
  op: OperationName;
  request: (s: State) => Plain;
  /** the exception AWS gives, for a step that must fail */
  error?: string;
  /** keeps what later steps need */
  save?: (s: State, r: any) => void;
  /** what of the result the runs must agree on, where not all of it (which page of random key ids, say) */
  view?: (r: any) => unknown;
  /** checks the result against node:crypto or known values, in every front end */
  check?: (s: State, r: any) => void;
}

const APP_ROLE = 'arn:aws:iam::111122223333:role/app';
const ADMIN_ROLE = 'arn:aws:iam::111122223333:role/admin';
const text = (s: string) => new Uint8Array(Buffer.from(s));
const peer = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const peerSpki = new Uint8Array(peer.publicKey.export({ format: 'der', type: 'spki' }));
const spki = (der: Uint8Array) => createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });

const SCENARIO: Step[] = [
  { op: 'CreateKey', request: () => ({ Description: 'symmetric', Tags: [{ TagKey: 'team', TagValue: 'a' }] }), save: (s, r) => (s.sym = r.KeyMetadata.KeyId) },
  { op: 'CreateKey', request: () => ({ Description: 'second' }), save: (s, r) => (s.sym2 = r.KeyMetadata.KeyId) },
  { op: 'CreateKey', request: () => ({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }), save: (s, r) => (s.sig = r.KeyMetadata.KeyId) },
  { op: 'CreateKey', request: () => ({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'KEY_AGREEMENT' }), save: (s, r) => (s.agree = r.KeyMetadata.KeyId) },
  { op: 'CreateKey', request: () => ({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }), save: (s, r) => (s.hmac = r.KeyMetadata.KeyId) },
  { op: 'CreateKey', request: () => ({ KeySpec: 'RSA_2048', KeyUsage: 'ENCRYPT_DECRYPT' }), save: (s, r) => (s.rsa = r.KeyMetadata.KeyId) },
  { op: 'DescribeKey', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.KeyMetadata).to.include({ Description: 'symmetric', KeyState: 'Enabled' }) },
  { op: 'ListKeys', request: () => ({}), check: (_, r) => expect(r.Keys).to.have.length(6) },
  { op: 'ListKeys', request: () => ({ Limit: 4 }), check: (_, r) => expect([r.Keys.length, r.Truncated]).to.deep.equal([4, true]), view: (r) => [r.Keys.length, r.Truncated, typeof r.NextMarker] },
  { op: 'GetPublicKey', request: (s) => ({ KeyId: s.sig }), save: (s, r) => (s.sigPublic = r.PublicKey) },
  { op: 'GetPublicKey', request: (s) => ({ KeyId: s.agree }), save: (s, r) => (s.agreePublic = r.PublicKey) },
  { op: 'UpdateKeyDescription', request: (s) => ({ KeyId: s.sym, Description: 'renamed' }) },
  { op: 'TagResource', request: (s) => ({ KeyId: s.sym, Tags: [{ TagKey: 'env', TagValue: 'test' }] }) },
  { op: 'ListResourceTags', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.Tags).to.have.deep.members([{ TagKey: 'team', TagValue: 'a' }, { TagKey: 'env', TagValue: 'test' }]) },
  { op: 'UntagResource', request: (s) => ({ KeyId: s.sym, TagKeys: ['team'] }) },
  { op: 'ListResourceTags', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.Tags).to.deep.equal([{ TagKey: 'env', TagValue: 'test' }]) },
  { op: 'GetKeyPolicy', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect([r.PolicyName, JSON.parse(r.Policy).Id]).to.deep.equal(['default', 'key-default-1']), view: (r) => r.PolicyName },
  { op: 'PutKeyPolicy', request: (s) => ({ KeyId: s.sym, Policy: '{"Version":"2012-10-17","Statement":[]}' }) },
  { op: 'PutKeyPolicy', request: (s) => ({ KeyId: s.sym, Policy: 'not json' }), error: 'MalformedPolicyDocumentException' },
  { op: 'ListKeyPolicies', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.PolicyNames).to.deep.equal(['default']) },
  { op: 'EnableKeyRotation', request: (s) => ({ KeyId: s.sym, RotationPeriodInDays: 120 }) },
  { op: 'GetKeyRotationStatus', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect([r.KeyRotationEnabled, r.RotationPeriodInDays, r.NextRotationDate instanceof Date]).to.deep.equal([true, 120, true]), view: (r) => [r.KeyRotationEnabled, r.RotationPeriodInDays] },
  { op: 'RotateKeyOnDemand', request: (s) => ({ KeyId: s.sym }), check: (s, r) => expect(r.KeyId).to.equal(s.sym), view: () => 'rotated' },
  { op: 'ListKeyRotations', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.Rotations.map((x: Plain) => x.RotationType)).to.deep.equal(['ON_DEMAND']), view: (r) => r.Rotations.map((x: Plain) => [x.RotationType, x.KeyMaterialState]) },
  { op: 'DisableKeyRotation', request: (s) => ({ KeyId: s.sym }) },
  { op: 'RotateKeyOnDemand', request: (s) => ({ KeyId: s.sig }), error: 'UnsupportedOperationException' },
  { op: 'CreateAlias', request: (s) => ({ AliasName: 'alias/every', TargetKeyId: s.sym }) },
  { op: 'ListAliases', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.Aliases.map((a: Plain) => a.AliasName)).to.deep.equal(['alias/every']) },
  { op: 'Encrypt', request: () => ({ KeyId: 'alias/every', Plaintext: text('hello'), EncryptionContext: { purpose: 'test' } }), save: (s, r) => (s.blob = r.CiphertextBlob) },
  { op: 'Decrypt', request: (s) => ({ CiphertextBlob: s.blob, EncryptionContext: { purpose: 'test' } }), check: (s, r) => expect([Buffer.from(r.Plaintext).toString(), r.KeyId]).to.deep.equal(['hello', s.arn(s.sym)]) },
  { op: 'Decrypt', request: (s) => ({ CiphertextBlob: s.blob }), error: 'InvalidCiphertextException' },
  { op: 'UpdateAlias', request: (s) => ({ AliasName: 'alias/every', TargetKeyId: s.sym2 }) },
  { op: 'ReEncrypt', request: (s) => ({ CiphertextBlob: s.blob, SourceEncryptionContext: { purpose: 'test' }, DestinationKeyId: 'alias/every' }), save: (s, r) => (s.blob2 = r.CiphertextBlob) },
  { op: 'Decrypt', request: (s) => ({ CiphertextBlob: s.blob2 }), check: (s, r) => expect([Buffer.from(r.Plaintext).toString(), r.KeyId]).to.deep.equal(['hello', s.arn(s.sym2)]) },
  { op: 'DeleteAlias', request: () => ({ AliasName: 'alias/every' }) },
  { op: 'ListAliases', request: (s) => ({ KeyId: s.sym }), check: (_, r) => expect(r.Aliases).to.deep.equal([]) },
  { op: 'Encrypt', request: (s) => ({ KeyId: s.rsa, Plaintext: text('oaep'), EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }), save: (s, r) => (s.rsaBlob = r.CiphertextBlob) },
  { op: 'Decrypt', request: (s) => ({ KeyId: s.rsa, CiphertextBlob: s.rsaBlob, EncryptionAlgorithm: 'RSAES_OAEP_SHA_256' }), check: (_, r) => expect(Buffer.from(r.Plaintext).toString()).to.equal('oaep') },
  { op: 'GenerateDataKey', request: (s) => ({ KeyId: s.sym, KeySpec: 'AES_256' }), check: (_, r) => expect(r.Plaintext.length).to.equal(32) },
  { op: 'GenerateDataKeyWithoutPlaintext', request: (s) => ({ KeyId: s.sym, NumberOfBytes: 16 }), check: (_, r) => expect(r.Plaintext).to.equal(undefined) },
  { op: 'GenerateRandom', request: () => ({ NumberOfBytes: 24 }), check: (_, r) => expect(r.Plaintext.length).to.equal(24) },
  {
    op: 'GenerateDataKeyPair', request: (s) => ({ KeyId: s.sym, KeyPairSpec: 'ECC_NIST_P256' }),
    check: (_, r) => expect(createPublicKey(createPrivateKey({ key: Buffer.from(r.PrivateKeyPlaintext), format: 'der', type: 'pkcs8' })).export({ format: 'der', type: 'spki' })).to.deep.equal(Buffer.from(r.PublicKey)),
  },
  { op: 'GenerateDataKeyPairWithoutPlaintext', request: (s) => ({ KeyId: s.sym, KeyPairSpec: 'ECC_NIST_P384' }), check: (_, r) => expect(spki(r.PublicKey).asymmetricKeyDetails?.namedCurve).to.equal('secp384r1') },
  {
    op: 'Sign', request: (s) => ({ KeyId: s.sig, Message: text('release'), SigningAlgorithm: 'ECDSA_SHA_256' }), save: (s, r) => (s.signature = r.Signature),
    check: (s, r) => expect(verify('sha256', Buffer.from('release'), spki(s.sigPublic), Buffer.from(r.Signature))).to.equal(true),
  },
  { op: 'Verify', request: (s) => ({ KeyId: s.sig, Message: text('release'), Signature: s.signature, SigningAlgorithm: 'ECDSA_SHA_256' }), check: (_, r) => expect(r.SignatureValid).to.equal(true) },
  { op: 'Verify', request: (s) => ({ KeyId: s.sig, Message: text('tampered'), Signature: s.signature, SigningAlgorithm: 'ECDSA_SHA_256' }), error: 'KMSInvalidSignatureException' },
  { op: 'GenerateMac', request: (s) => ({ KeyId: s.hmac, Message: text('mac me'), MacAlgorithm: 'HMAC_SHA_256' }), save: (s, r) => (s.mac = r.Mac) },
  { op: 'VerifyMac', request: (s) => ({ KeyId: s.hmac, Message: text('mac me'), MacAlgorithm: 'HMAC_SHA_256', Mac: s.mac }), check: (_, r) => expect(r.MacValid).to.equal(true) },
  { op: 'VerifyMac', request: (s) => ({ KeyId: s.hmac, Message: text('other'), MacAlgorithm: 'HMAC_SHA_256', Mac: s.mac }), error: 'KMSInvalidMacException' },
  {
    op: 'DeriveSharedSecret', request: (s) => ({ KeyId: s.agree, KeyAgreementAlgorithm: 'ECDH', PublicKey: peerSpki }),
    check: (s, r) => expect(Buffer.from(r.SharedSecret)).to.deep.equal(diffieHellman({ privateKey: peer.privateKey, publicKey: spki(s.agreePublic) })),
  },
  { op: 'DisableKey', request: (s) => ({ KeyId: s.sym2 }) },
  { op: 'Encrypt', request: (s) => ({ KeyId: s.sym2, Plaintext: text('x') }), error: 'DisabledException' },
  { op: 'EnableKey', request: (s) => ({ KeyId: s.sym2 }) },
  { op: 'ScheduleKeyDeletion', request: (s) => ({ KeyId: s.sig, PendingWindowInDays: 7 }), check: (_, r) => expect(r.KeyState).to.equal('PendingDeletion') },
  { op: 'Sign', request: (s) => ({ KeyId: s.sig, Message: text('late'), SigningAlgorithm: 'ECDSA_SHA_256' }), error: 'KMSInvalidStateException' },
  { op: 'CancelKeyDeletion', request: (s) => ({ KeyId: s.sig }) },
  { op: 'DescribeKey', request: (s) => ({ KeyId: s.sig }), check: (_, r) => expect(r.KeyMetadata.KeyState).to.equal('Disabled') },
  { op: 'Encrypt', request: (s) => ({ KeyId: s.sig, Plaintext: text('x') }), error: 'InvalidKeyUsageException' },
  { op: 'Encrypt', request: (s) => ({ KeyId: s.sym, Plaintext: text('x'), DryRun: true }), error: 'DryRunOperationException' },
  { op: 'CreateKey', request: () => ({ Origin: 'EXTERNAL', KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }), save: (s, r) => ((s.ext = r.KeyMetadata.KeyId), (s.extMaterial = randomBytes(32))) },
  { op: 'GetParametersForImport', request: (s) => ({ KeyId: s.ext, WrappingAlgorithm: 'RSAES_OAEP_SHA_256', WrappingKeySpec: 'RSA_2048' }), save: (s, r) => ((s.importToken = r.ImportToken), (s.wrappingKey = r.PublicKey)) },
  {
    // node:crypto wraps the material as a KMS user would
    op: 'ImportKeyMaterial',
    request: (s) => ({ KeyId: s.ext, ImportToken: s.importToken, EncryptedKeyMaterial: new Uint8Array(publicEncrypt({ key: spki(s.wrappingKey), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, s.extMaterial)), ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }),
    check: (s, r) => expect([r.KeyId, r.KeyMaterialId]).to.deep.equal([s.arn(s.ext), createHash('sha256').update(s.ext).update(s.extMaterial).digest('hex')]),
  },
  {
    op: 'GenerateMac', request: (s) => ({ KeyId: s.ext, Message: text('imported'), MacAlgorithm: 'HMAC_SHA_256' }),
    check: (s, r) => expect(Buffer.from(r.Mac)).to.deep.equal(createHmac('sha256', s.extMaterial).update('imported').digest()),
  },
  { op: 'DeleteImportedKeyMaterial', request: (s) => ({ KeyId: s.ext }), check: (s, r) => expect(r.KeyId).to.equal(s.arn(s.ext)) },
  { op: 'GenerateMac', request: (s) => ({ KeyId: s.ext, Message: text('imported'), MacAlgorithm: 'HMAC_SHA_256' }), error: 'KMSInvalidStateException' },
  {
    op: 'CreateGrant', request: (s) => ({ KeyId: s.sym, GranteePrincipal: APP_ROLE, RetiringPrincipal: ADMIN_ROLE, Operations: ['Encrypt', 'Decrypt'], Name: 'every' }),
    save: (s, r) => ((s.grant = r.GrantId), (s.grantToken = r.GrantToken)), view: (r) => [typeof r.GrantId, typeof r.GrantToken],
  },
  {
    op: 'ListGrants', request: (s) => ({ KeyId: s.sym }),
    check: (s, r) => expect(r.Grants.map((g: Plain) => [g.GrantId, g.KeyId, g.Operations])).to.deep.equal([[s.grant, s.arn(s.sym), ['Encrypt', 'Decrypt']]]),
  },
  { op: 'ListRetirableGrants', request: () => ({ RetiringPrincipal: ADMIN_ROLE }), check: (s, r) => expect(r.Grants.map((g: Plain) => g.GrantId)).to.deep.equal([s.grant]) },
  { op: 'RetireGrant', request: (s) => ({ GrantToken: s.grantToken }) },
  { op: 'RetireGrant', request: (s) => ({ GrantToken: s.grantToken }), error: 'NotFoundException' },
  { op: 'CreateGrant', request: (s) => ({ KeyId: s.hmac, GranteePrincipal: APP_ROLE, Operations: ['GenerateMac'] }), save: (s, r) => (s.grant2 = r.GrantId), view: () => 'granted' },
  { op: 'CreateGrant', request: (s) => ({ KeyId: s.hmac, GranteePrincipal: APP_ROLE, Operations: ['Encrypt'] }), error: 'ValidationException' },
  { op: 'RevokeGrant', request: (s) => ({ KeyId: s.hmac, GrantId: s.grant2 }) },
  { op: 'ListGrants', request: (s) => ({ KeyId: s.hmac }), check: (_, r) => expect(r.Grants).to.deep.equal([]) },
  { op: 'GetKeyLastUsage', request: (s) => ({ KeyId: s.hmac }), check: (s, r) => expect([r.KeyId, r.KeyLastUsage.Operation]).to.deep.equal([s.hmac, 'GenerateMac']) },
  { op: 'CreateKey', request: () => ({ MultiRegion: true }), save: (s, r) => (s.mrk = r.KeyMetadata.KeyId), check: (_, r) => expect(r.KeyMetadata.KeyId).to.match(/^mrk-[0-9a-f]{32}$/) },
  {
    op: 'ReplicateKey', request: (s) => ({ KeyId: s.mrk, ReplicaRegion: 'eu-west-1', Description: 'replica' }),
    check: (s, r) => expect([r.ReplicaKeyMetadata.Arn, r.ReplicaKeyMetadata.MultiRegionConfiguration.MultiRegionKeyType]).to.deep.equal([s.arn(s.mrk).replace('us-east-1', 'eu-west-1'), 'REPLICA']),
  },
  { op: 'ReplicateKey', request: (s) => ({ KeyId: s.mrk, ReplicaRegion: 'eu-west-1' }), error: 'AlreadyExistsException' },
  { op: 'UpdatePrimaryRegion', request: (s) => ({ KeyId: s.mrk, PrimaryRegion: 'eu-west-1' }) },
  { op: 'DescribeKey', request: (s) => ({ KeyId: s.mrk }), check: (_, r) => expect(r.KeyMetadata.MultiRegionConfiguration.MultiRegionKeyType).to.equal('REPLICA') },
  {
    op: 'CreateCustomKeyStore',
    request: () => ({
      CustomKeyStoreName: 'every-xks', CustomKeyStoreType: 'EXTERNAL_KEY_STORE', XksProxyConnectivity: 'PUBLIC_ENDPOINT', XksProxyUriEndpoint: 'https://xks.example.com',
      XksProxyUriPath: '/kms/xks/v1', XksProxyAuthenticationCredential: { AccessKeyId: 'ABCDEF234567ABCDEFGH', RawSecretAccessKey: 'DXjSUawnel2fr6SKC7G25CNxTyWKE5PF9XX6H/u9pSo=' },
    }),
    save: (s, r) => (s.cks = r.CustomKeyStoreId), view: (r) => typeof r.CustomKeyStoreId,
  },
  { op: 'CreateKey', request: (s) => ({ CustomKeyStoreId: s.cks, Origin: 'EXTERNAL_KEY_STORE', XksKeyId: 'external-1' }), error: 'CustomKeyStoreInvalidStateException' },
  { op: 'ConnectCustomKeyStore', request: (s) => ({ CustomKeyStoreId: s.cks }) },
  {
    op: 'CreateKey', request: (s) => ({ CustomKeyStoreId: s.cks, Origin: 'EXTERNAL_KEY_STORE', XksKeyId: 'external-1' }), save: (s, r) => (s.xksKey = r.KeyMetadata.KeyId),
    check: (s, r) => expect([r.KeyMetadata.CustomKeyStoreId, r.KeyMetadata.XksKeyConfiguration]).to.deep.equal([s.cks, { Id: 'external-1' }]), view: (r) => r.KeyMetadata.Origin,
  },
  { op: 'UpdateCustomKeyStore', request: (s) => ({ CustomKeyStoreId: s.cks, NewCustomKeyStoreName: 'every-xks-renamed' }) },
  {
    op: 'DescribeCustomKeyStores', request: (s) => ({ CustomKeyStoreId: s.cks }),
    check: (_, r) => expect([r.CustomKeyStores[0].CustomKeyStoreName, r.CustomKeyStores[0].ConnectionState]).to.deep.equal(['every-xks-renamed', 'CONNECTED']),
    view: (r) => r.CustomKeyStores.map((s: Plain) => [s.CustomKeyStoreName, s.ConnectionState, s.XksProxyConfiguration]),
  },
  { op: 'DisconnectCustomKeyStore', request: (s) => ({ CustomKeyStoreId: s.cks }) },
  { op: 'DeleteCustomKeyStore', request: (s) => ({ CustomKeyStoreId: s.cks }), error: 'CustomKeyStoreHasCMKsException' },
  { op: 'DescribeKey', request: () => ({ KeyId: 'alias/missing' }), error: 'NotFoundException' },
  { op: 'CreateAlias', request: (s) => ({ AliasName: 'aws/reserved', TargetKeyId: s.sym }), error: 'ValidationException' },
];

/** Names the values that differ between runs by nature, so that two runs can be compared. */
function normalize(value: unknown, ids: Map<string, string>, key = ''): unknown {
  if (value === null || value === undefined) return value;
  if (value instanceof Uint8Array) return key === 'Signature' ? 'blob' : `blob(${value.length})`;
  if (value instanceof Date) return 'date';
  // a body's length varies with its timestamps' digits, here as in AWS
  if (key === 'ContentLength') return typeof value;
  if (typeof value === 'string') {
    return value
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}/g, (id) => ids.get(id) ?? 'unknown-key')
      .replace(/(arn:aws:kms:[a-z0-9-]+:)\d{12}:/g, '$1<account>:')
      .replace(/arn:aws:iam::\d{12}:root/g, 'arn:aws:iam::<account>:root')
      .replace(/^\d{12}$/, '<account>')
      .replace(/^[0-9a-f]{64}$/, 'material-id');
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v, ids));
    return items.every((v) => v && typeof v === 'object') ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (typeof value === 'object') {
    // member order is the printers' business, checked elsewhere; here only the content counts
    const entries = Object.entries(value as Plain).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalize(v, ids, k)]));
  }
  return value;
}

/** Runs the scenario; the transcript holds each step's normalized outcome. */
async function runScenario(run: Runner, region = 'us-east-1'): Promise<unknown[]> {
  const state: State = {};
  const ids = new Map<string, string>();
  state.arn = (id: string) => (id ? `arn:aws:kms:${region}:${state.account}:key/${id}` : id);
  const transcript: unknown[] = [];
  for (const [i, step] of SCENARIO.entries()) {
    const where = `step ${i} ${step.op}`;
    const outcome = await run(step.op, step.request(state));
    if (step.error) {
      expect(outcome, where).to.deep.equal({ error: step.error });
    } else {
      expect(outcome, where).to.have.property('ok');
      const result = (outcome as { ok: Plain }).ok;
      if (step.op === 'CreateKey') state.account = (result.KeyMetadata as Plain).AWSAccountId;
      step.save?.(state, result);
      for (const [name, id] of Object.entries(state)) if (typeof id === 'string' && /^(?:[0-9a-f-]{36}|mrk-[0-9a-f]{32})$/.test(id)) ids.set(id, name);
      try {
        step.check?.(state, result);
      } catch (e) {
        throw new Error(`${where}: ${(e as Error).message}`);
      }
    }
    transcript.push(normalize(step.view && 'ok' in outcome ? step.view(outcome.ok) : outcome, ids));
  }
  return transcript;
}

/** A response as the AWS CLI prints it (base64 blobs, ISO timestamps), back in the engine's shapes. */
function fromCliJson(shape: OutputShape, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (shape === 'blob') return new Uint8Array(Buffer.from(value as string, 'base64'));
  if (shape === 'timestamp') return new Date(value as string);
  if (typeof shape === 'object') return (value as unknown[]).map((v) => fromCliJson(shape.list, v));
  if (!(shape in STRUCTURES)) return value;
  return fromCliStructure(STRUCTURES[shape as keyof typeof STRUCTURES], value as Plain);
}

function fromCliStructure(members: Readonly<Record<string, OutputShape>>, value: Plain): Plain {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromCliJson(members[k] ?? 'string', v)]));
}

/** A request as `pskms kms <operation>` options: blobs base64, structures and lists as JSON. */
function cliArguments(request: Plain): string[] {
  return Object.entries(request).flatMap(([member, value]) => {
    const option = `--${kebab(member)}`;
    if (typeof value === 'boolean') return [value ? option : `--no-${kebab(member)}`];
    if (value instanceof Uint8Array) return [option, Buffer.from(value).toString('base64')];
    if (typeof value === 'object') return [option, JSON.stringify(value)];
    return [option, String(value)];
  });
}

function cliRunner(home: string, remote?: { url: string; env: Record<string, string> }): Runner {
  return async (operation, request) => {
    const args = ['kms', kebab(operation), ...cliArguments(request), ...(remote ? ['--endpoint-url', remote.url, '--region', 'us-east-1'] : [])];
    const res = pskms(home, args, remote?.env ?? {});
    if (res.code === 254) return { error: /An error occurred \((\w+)\)/.exec(res.stderr)![1] };
    if (res.code !== 0) throw new Error(`pskms ${args.join(' ')}: exit ${res.code}: ${res.stderr}`);
    return { ok: res.stdout.trim() ? fromCliStructure(OUTPUTS[operation], JSON.parse(res.stdout)) : {} };
  };
}

/** A request member as the PowerShell value the module would send for it. */
function psValue(value: unknown): PsValue {
  if (typeof value === 'string') return { t: 'string', v: value };
  if (typeof value === 'number') return { t: 'number', v: value, type: 'System.Int32' };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (value instanceof Uint8Array) return { t: 'bytes', v: Buffer.from(value).toString('base64') };
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return { t: 'array', type: 'System.String[]', items: value.map(psValue) };
    return { t: 'array', type: 'Amazon.KeyManagementService.Model.Tag[]', items: value.map((tag: Plain) => ({ t: 'object', type: 'Amazon.KeyManagementService.Model.Tag', props: Object.entries(tag).map(([k, v]) => [k, psValue(v)]) })) };
  }
  return { t: 'hashtable', entries: Object.entries(value as Plain).map(([k, v]) => [psValue(k), psValue(v)]) };
}

/** The module's output value as plain data: streams as bytes, objects as their properties. */
function fromPs(value: PsValue): unknown {
  switch (value.t) {
    case 'null': return undefined;
    case 'bytes': case 'MemoryStream': case 'Stream': return new Uint8Array(Buffer.from(value.v, 'base64'));
    case 'datetime': return new Date(value.ms ?? value.v);
    case 'array': return value.items.map(fromPs);
    case 'object': return Object.fromEntries(value.props.map(([k, v]) => [k, fromPs(v)]));
    case 'hashtable': return Object.fromEntries(value.entries.map(([k, v]) => [String(fromPs(k)), fromPs(v)]));
    case 'FileInfo': case 'DirectoryInfo': return value.path;
    default: return value.v;
  }
}

function moduleRunner(host: ModuleHost, byOperation: Map<OperationName, CmdletDefinition>, common: Record<string, string> = {}): Runner {
  return async (operation, request) => {
    const def = byOperation.get(operation)!;
    const bound: Record<string, PsValue> = { Select: { t: 'string', v: '*' } };
    // a structure AWS.Tools flattens (XksProxyAuthenticationCredential_AccessKeyId) is bound member by member
    const flat = Object.entries(request).flatMap(([member, value]) =>
      def.parameters.some((p) => memberOf(p) === member) || value === null || typeof value !== 'object' || Array.isArray(value) || value instanceof Uint8Array
        ? [[member, value] as const]
        : Object.entries(value as Plain).map(([sub, v]) => [`${member}.${sub}`, v] as const));
    for (const [member, value] of flat) {
      const param = def.parameters.find((p) => memberOf(p) === member);
      if (!param) throw new Error(`${def.name} has no parameter for ${member}`);
      bound[param.name] = param.type === 'switch' ? { t: 'switch', v: value as boolean } : psValue(value);
    }
    if (def.shouldProcess) bound.Force = { t: 'switch', v: true };
    const reply = await host.invoke(def.name, bound, { common });
    if (reply.error) return { error: reply.error.innerException?.errorCode ?? reply.error.message };
    return { ok: (fromPs(reply.output[0] ?? { t: 'null' }) ?? {}) as Plain };
  };
}

/** Step by step, so that a difference names its step. */
function expectSame(actual: unknown[], expected: unknown[], steps: readonly Step[]): void {
  expect(actual.length).to.equal(expected.length);
  for (const [i, step] of steps.entries()) expect(JSON.stringify(actual[i]), `step ${i} ${step.op}`).to.equal(JSON.stringify(expected[i]));
}

describe('every operation through every front end, local and against pskms serve', function () {
  this.timeout(180_000);
  const serverHome = tempHome();
  let server: RunningServer;
  let url: string;
  const accounts = { AKIASDK: '444455556666', AKIACLI: '555566667777', AKIAMODULE: '666677778888' };

  before(async () => {
    const map = join(serverHome, 'accounts.json');
    writeFileSync(map, JSON.stringify(accounts));
    server = await startServe(serverHome, ['--accounts', map]);
    url = server.url;
  });
  after(() => server.stop());

  it('the scenario reaches every operation of the engine', () => {
    expect(new Set(SCENARIO.map((s) => s.op))).to.have.all.keys(...Object.keys(OPERATIONS));
  });

  it('@aws-sdk/client-kms against pskms serve gives what the engine gives, checked with node:crypto', async () => {
    const sdk = new kmsSdk.KMSClient({ endpoint: url, region: 'us-east-1', credentials: { accessKeyId: 'AKIASDK', secretAccessKey: 'x' }, maxAttempts: 1 });
    const commands = kmsSdk as unknown as Record<string, new (input: Plain) => kmsSdk.CreateKeyCommand>;
    const viaSdk = await runScenario(async (operation, request) => {
      try {
        const { $metadata: _, ...response } = (await sdk.send(new commands[`${operation}Command`](request))) as unknown as Plain;
        return { ok: response };
      } catch (e) {
        return { error: (e as Error).name };
      }
    });
    sdk.destroy();
    const ctx = createContext({ env: { PSKMS_HOME: tempHome() } });
    const viaEngine = await runScenario(async (operation, request) => {
      try {
        return { ok: (await invoke(ctx, operation, request)) as Plain };
      } catch (e) {
        if (e instanceof KmsError) return { error: e.type };
        throw e;
      }
    });
    expectSame(viaSdk, viaEngine, SCENARIO);
  });

  it('pskms kms --endpoint-url gives what pskms kms gives locally', async () => {
    const local = await runScenario(cliRunner(tempHome()));
    const remote = await runScenario(cliRunner(tempHome(), { url, env: { AWS_ACCESS_KEY_ID: 'AKIACLI', AWS_SECRET_ACCESS_KEY: 'x' } }));
    expectSame(remote, local, SCENARIO);
  });

  it('the cmdlets with -EndpointUrl give what they give locally, through the module protocol', async () => {
    const byOperation = new Map((await allCmdlets()).map((def) => [def.operation, def]));
    expect(SCENARIO.every((s) => byOperation.has(s.op)), 'a cmdlet for every operation').to.equal(true);
    const localHost = new ModuleHost(tempHome());
    const remoteHost = new ModuleHost(tempHome());
    try {
      const local = await runScenario(moduleRunner(localHost, byOperation));
      const remote = await runScenario(moduleRunner(remoteHost, byOperation, { EndpointUrl: url, Region: 'us-east-1', AccessKey: 'AKIAMODULE', SecretKey: 'x' }));
      expectSame(remote, local, SCENARIO);
    } finally {
      // a failing step must not leave the hosts running (mocha would wait for them)
      localHost.close();
      remoteHost.close();
    }
  });
});
