// Invoke-KMSEncrypt (Encrypt)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSEncrypt',
  operation: 'Encrypt',
  synopsis: 'Encrypts plaintext of up to 4,096 bytes using a KMS key.',
  example: '$encrypted = Invoke-KMSEncrypt -KeyId alias/app -Plaintext \'secret\' -EncryptionContext @{ app = \'billing\' }\n$encrypted.CiphertextBlob.ToArray()',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'Plaintext' },
    { name: 'EncryptionAlgorithm' },
    ENCRYPTION_CONTEXT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
