// Disable-KMSKey (DisableKey)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Disable-KMSKey',
  operation: 'DisableKey',
  parameters: [KEY_ID_POSITIONAL],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
