// Import-KMSKeyMaterial (ImportKeyMaterial)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Import-KMSKeyMaterial',
  operation: 'ImportKeyMaterial',
  synopsis: 'Imports key material, wrapped under the public key from Get-KMSParametersForImport, into a KMS key with Origin EXTERNAL.',
  example: "Import-KMSKeyMaterial -KeyId $key.KeyId -ImportToken $params.ImportToken -EncryptedKeyMaterial ([IO.File]::ReadAllBytes('wrapped.bin')) -ExpirationModel KEY_MATERIAL_DOES_NOT_EXPIRE -Force",
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'EncryptedKeyMaterial' },
    { name: 'ImportToken' },
    { name: 'ExpirationModel' },
    { name: 'ImportType' },
    { name: 'KeyMaterialDescription' },
    { name: 'KeyMaterialId' },
    { name: 'ValidTo' },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
