// Disable-KMSKey (DisableKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Disable-KMSKey',
  operation: 'DisableKey',
  synopsis: 'Sets the state of a KMS key to disabled, which prevents its use in cryptographic operations.',
  example: 'Disable-KMSKey -KeyId alias/app',
  parameters: [KEY_ID_POSITIONAL],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
