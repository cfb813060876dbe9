// New-KMSKey (CreateKey)
import type { CmdletSource } from '../src/binding/definition.js';

export default {
  name: 'New-KMSKey',
  operation: 'CreateKey',
  synopsis: 'Creates a unique customer managed KMS key: symmetric or asymmetric, for encryption, signing, MACs or key agreement.',
  example: '$key = New-KMSKey -KeySpec ECC_NIST_P256 -KeyUsage SIGN_VERIFY -Description \'release signing\'\n$key.KeyId',
  parameters: [
    { name: 'BypassPolicyLockoutSafetyCheck' },
    { name: 'CustomKeyStoreId' },
    { name: 'Description' },
    { name: 'KeySpec' },
    { name: 'KeyUsage' },
    { name: 'MultiRegion' },
    { name: 'Origin' },
    { name: 'Policy' },
    { name: 'Tag', member: 'Tags', aliases: ['Tags'] },
    { name: 'XksKeyId' },
    { name: 'CustomerMasterKeySpec', obsolete: 'This parameter has been deprecated. Instead, use the KeySpec parameter.' },
  ],
  select: 'KeyMetadata',
  shouldProcess: { target: null },
} satisfies CmdletSource;
