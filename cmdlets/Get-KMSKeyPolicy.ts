// Get-KMSKeyPolicy (GetKeyPolicy)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyPolicy',
  operation: 'GetKeyPolicy',
  synopsis: 'Gets a key policy attached to the specified KMS key.',
  example: 'Get-KMSKeyPolicy -KeyId $key.KeyId | ConvertFrom-Json',
  parameters: [KEY_ID_POSITIONAL, { name: 'PolicyName' }],
  select: 'Policy',
} satisfies CmdletSource;
