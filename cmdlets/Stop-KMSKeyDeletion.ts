// Stop-KMSKeyDeletion (CancelKeyDeletion)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Stop-KMSKeyDeletion',
  operation: 'CancelKeyDeletion',
  synopsis: 'Cancels the deletion of a KMS key; the key is then disabled.',
  example: 'Stop-KMSKeyDeletion -KeyId $key.KeyId',
  parameters: [KEY_ID_POSITIONAL],
  select: 'KeyId',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
