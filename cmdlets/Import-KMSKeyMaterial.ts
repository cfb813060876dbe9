// Import-KMSKeyMaterial (ImportKeyMaterial)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Import-KMSKeyMaterial',
  operation: 'ImportKeyMaterial',
  synopsis: 'Imports key material, wrapped under the public key from Get-KMSParametersForImport, into a KMS key with Origin EXTERNAL.',
  example: "Import-KMSKeyMaterial -KeyId $key.KeyId -ImportToken $params.ImportToken -EncryptedKeyMaterial ([IO.File]::ReadAllBytes('wrapped.bin')) -ExpirationModel KEY_MATERIAL_DOES_NOT_EXPIRE -Force",
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'EncryptedKeyMaterial', type: 'byte[]' },
    { name: 'ImportToken', type: 'byte[]' },
    { name: 'ExpirationModel', type: 'ExpirationModelType' },
    { name: 'ImportType', type: 'ImportType' },
    { name: 'KeyMaterialDescription', type: 'string' },
    { name: 'KeyMaterialId', type: 'string' },
    { name: 'ValidTo', type: 'DateTime?' },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
