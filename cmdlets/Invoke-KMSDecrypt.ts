// Invoke-KMSDecrypt (Decrypt)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, DRY_RUN_MODIFIER, ENCRYPTION_CONTEXT, GRANT_TOKEN, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSDecrypt',
  operation: 'Decrypt',
  synopsis: 'Decrypts ciphertext that was encrypted by a KMS key using Encrypt, GenerateDataKey or GenerateDataKeyPair.',
  example: '$plain = Invoke-KMSDecrypt -CiphertextBlob $encrypted.CiphertextBlob -EncryptionContext @{ app = \'billing\' }\n[System.Text.Encoding]::UTF8.GetString($plain.Plaintext.ToArray())',
  parameters: [
    // Mandatory in AWS.Tools, though the model stopped requiring it (DryRun with IGNORE_CIPHERTEXT needs none)
    { name: 'CiphertextBlob', mandatory: true },
    { name: 'KeyId' },
    { name: 'EncryptionAlgorithm' },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    DRY_RUN_MODIFIER,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletSource;
