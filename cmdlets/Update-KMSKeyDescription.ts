// Update-KMSKeyDescription (UpdateKeyDescription)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Update-KMSKeyDescription',
  operation: 'UpdateKeyDescription',
  synopsis: 'Updates the description of a KMS key.',
  example: 'Update-KMSKeyDescription -KeyId alias/app -Description \'billing data keys\'',
  parameters: [{ name: 'Description' }, KEY_ID_POSITIONAL],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
