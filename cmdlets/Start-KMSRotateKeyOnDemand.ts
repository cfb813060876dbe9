// Start-KMSRotateKeyOnDemand (RotateKeyOnDemand)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Start-KMSRotateKeyOnDemand',
  operation: 'RotateKeyOnDemand',
  synopsis: 'Rotates the key material of a symmetric encryption KMS key at once, whatever its automatic rotation (25 times at most).',
  example: 'Start-KMSRotateKeyOnDemand -KeyId $key.KeyId -Force',
  parameters: [KEY_ID_POSITIONAL],
  select: 'KeyId',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
