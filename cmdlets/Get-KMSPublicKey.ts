// Get-KMSPublicKey (GetPublicKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSPublicKey',
  operation: 'GetPublicKey',
  synopsis: 'Returns the public key of an asymmetric KMS key, as a DER-encoded SubjectPublicKeyInfo.',
  example: '[System.IO.File]::WriteAllBytes(\'public.der\', (Get-KMSPublicKey -KeyId alias/signer).PublicKey.ToArray())',
  parameters: [
    KEY_ID_POSITIONAL,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletSource;
