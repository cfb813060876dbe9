// New-KMSDataKeyPair (GenerateDataKeyPair)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKeyPair',
  operation: 'GenerateDataKeyPair',
  synopsis: 'Returns a unique asymmetric data key pair: a plaintext public key, a plaintext private key, and a copy of the private key encrypted under a symmetric KMS key.',
  example: '$pair = New-KMSDataKeyPair -KeyId alias/app -KeyPairSpec ECC_NIST_P256\n[System.IO.File]::WriteAllBytes(\'public.der\', $pair.PublicKey.ToArray())',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeyPairSpec' },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
  passThru: 'KeyId',
} satisfies CmdletSource;
