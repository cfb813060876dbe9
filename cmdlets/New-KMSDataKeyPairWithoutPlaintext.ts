// New-KMSDataKeyPairWithoutPlaintext (GenerateDataKeyPairWithoutPlaintext)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKeyPairWithoutPlaintext',
  operation: 'GenerateDataKeyPairWithoutPlaintext',
  synopsis: 'Returns a unique asymmetric data key pair whose private key is encrypted under a symmetric KMS key and not returned in plaintext.',
  example: '$pair = New-KMSDataKeyPairWithoutPlaintext -KeyId alias/app -KeyPairSpec RSA_2048',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeyPairSpec' },
    ENCRYPTION_CONTEXT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
