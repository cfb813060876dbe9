// Get-KMSKeyPolicyList (ListKeyPolicies)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL, PAGING } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyPolicyList',
  operation: 'ListKeyPolicies',
  synopsis: 'Gets the names of the key policies attached to a KMS key: always default.',
  example: 'Get-KMSKeyPolicyList -KeyId $key.KeyId',
  parameters: [KEY_ID_POSITIONAL, ...PAGING],
  select: 'PolicyNames',
  aliases: ['Get-KMSKeyPolicies'],
} satisfies CmdletSource;
