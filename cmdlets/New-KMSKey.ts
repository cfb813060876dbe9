// New-KMSKey (CreateKey)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'New-KMSKey',
  operation: 'CreateKey',
  synopsis: 'Creates a unique customer managed KMS key: symmetric or asymmetric, for encryption, signing, MACs or key agreement.',
  example: '$key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY -Description \'release signing\'\n$key.KeyId',
  parameters: [
    { name: 'BypassPolicyLockoutSafetyCheck', type: 'bool?' },
    { name: 'CustomKeyStoreId', type: 'string' },
    { name: 'Description', type: 'string' },
    { name: 'KeySpec', type: 'KeySpec' },
    { name: 'KeyUsage', type: 'KeyUsageType' },
    { name: 'MultiRegion', type: 'bool?' },
    { name: 'Origin', type: 'OriginType' },
    { name: 'Policy', type: 'string' },
    { name: 'Tag', type: 'Tag[]', member: 'Tags', aliases: ['Tags'] },
    { name: 'XksKeyId', type: 'string' },
    { name: 'CustomerMasterKeySpec', type: 'CustomerMasterKeySpec', obsolete: 'This parameter has been deprecated. Instead, use the KeySpec parameter.' },
  ],
  select: 'KeyMetadata',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
