// Get-KMSParametersForImport (GetParametersForImport)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSParametersForImport',
  operation: 'GetParametersForImport',
  synopsis: 'Returns the public key and an import token (valid for 24 hours) to wrap key material for a KMS key with Origin EXTERNAL.',
  example: "$params = Get-KMSParametersForImport -KeyId $key.KeyId -WrappingAlgorithm RSA_AES_KEY_WRAP_SHA_256 -WrappingKeySpec RSA_4096\n[IO.File]::WriteAllBytes('wrapping.der', $params.PublicKey.ToArray())",
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'WrappingAlgorithm' },
    { name: 'WrappingKeySpec' },
  ],
  select: '*',
} satisfies CmdletSource;
