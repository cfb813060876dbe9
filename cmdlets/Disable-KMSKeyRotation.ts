// Disable-KMSKeyRotation (DisableKeyRotation)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Disable-KMSKeyRotation',
  operation: 'DisableKeyRotation',
  synopsis: 'Disables automatic rotation of the key material of a symmetric encryption KMS key.',
  example: 'Disable-KMSKeyRotation -KeyId $key.KeyId',
  parameters: [KEY_ID_POSITIONAL],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
