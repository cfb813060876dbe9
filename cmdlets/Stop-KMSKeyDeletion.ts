// Stop-KMSKeyDeletion (CancelKeyDeletion)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Stop-KMSKeyDeletion',
  operation: 'CancelKeyDeletion',
  parameters: [KEY_ID_POSITIONAL],
  select: 'KeyId',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
