// Get-KMSSharedSecret (DeriveSharedSecret)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'Get-KMSSharedSecret',
  operation: 'DeriveSharedSecret',
  synopsis: 'Derives a shared secret using a key agreement algorithm: your private key in an asymmetric KEY_AGREEMENT KMS key and another party\'s public key.',
  example: '$peer = [System.IO.File]::ReadAllBytes(\'peer-public.der\')\n(Get-KMSSharedSecret -KeyId alias/ecdh -KeyAgreementAlgorithm ECDH -PublicKey $peer).SharedSecret.ToArray()',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeyAgreementAlgorithm' },
    { name: 'PublicKey' },
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletSource;
