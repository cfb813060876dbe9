// Enable-KMSKeyRotation (EnableKeyRotation)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Enable-KMSKeyRotation',
  operation: 'EnableKeyRotation',
  synopsis: 'Enables automatic rotation of the key material of a symmetric encryption KMS key, every 90 to 2560 days (365 by default).',
  example: 'Enable-KMSKeyRotation -KeyId $key.KeyId -RotationPeriodInDay 180',
  parameters: [KEY_ID_POSITIONAL, { name: 'RotationPeriodInDay', member: 'RotationPeriodInDays', aliases: ['RotationPeriodInDays'] }],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
