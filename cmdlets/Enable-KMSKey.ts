// Enable-KMSKey (EnableKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Enable-KMSKey',
  operation: 'EnableKey',
  synopsis: 'Sets the key state of a KMS key to enabled, so it can be used in cryptographic operations.',
  example: 'Enable-KMSKey -KeyId alias/app',
  parameters: [KEY_ID_POSITIONAL],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
