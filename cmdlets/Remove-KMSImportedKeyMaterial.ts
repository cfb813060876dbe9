// Remove-KMSImportedKeyMaterial (DeleteImportedKeyMaterial)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Remove-KMSImportedKeyMaterial',
  operation: 'DeleteImportedKeyMaterial',
  synopsis: 'Deletes imported key material from a KMS key (the current material unless KeyMaterialId names another); the key is PendingImport until it is imported again.',
  example: 'Remove-KMSImportedKeyMaterial -KeyId $key.KeyId -Force',
  parameters: [KEY_ID_POSITIONAL, { name: 'KeyMaterialId' }],
  select: '*',
  shouldProcess: { target: 'KeyId', confirmImpact: 'High' },
} satisfies CmdletSource;
