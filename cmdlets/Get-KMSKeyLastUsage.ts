// Get-KMSKeyLastUsage (GetKeyLastUsage)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyLastUsage',
  operation: 'GetKeyLastUsage',
  synopsis: 'Returns the last successful cryptographic operation made with a KMS key, and when.',
  example: '(Get-KMSKeyLastUsage -KeyId $key.KeyId).KeyLastUsage',
  parameters: [KEY_ID_POSITIONAL],
  select: '*',
} satisfies CmdletSource;
