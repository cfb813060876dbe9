// Get-KMSKeyRotationStatus (GetKeyRotationStatus)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKeyRotationStatus',
  operation: 'GetKeyRotationStatus',
  synopsis: 'Tells whether automatic rotation of the key material is enabled for a KMS key, its period and its next date.',
  example: 'Get-KMSKeyRotationStatus -KeyId $key.KeyId -Select *',
  parameters: [KEY_ID_POSITIONAL],
  select: 'KeyRotationEnabled',
} satisfies CmdletSource;
