// Invoke-KMSReEncrypt (ReEncrypt)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, DRY_RUN_MODIFIER, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSReEncrypt',
  operation: 'ReEncrypt',
  synopsis: 'Decrypts ciphertext and then re-encrypts it under another KMS key, without exposing the plaintext.',
  example: '$moved = Invoke-KMSReEncrypt -CiphertextBlob $blob -DestinationKeyId alias/new -SourceEncryptionContext @{ app = \'billing\' } -DestinationEncryptionContext @{ app = \'billing\' }\n$moved.KeyId',
  parameters: [
    // Mandatory in AWS.Tools, though the model stopped requiring it (DryRun with IGNORE_CIPHERTEXT needs none)
    { name: 'CiphertextBlob', mandatory: true },
    { name: 'DestinationKeyId' },
    { name: 'DestinationEncryptionAlgorithm' },
    { name: 'DestinationEncryptionContext' },
    { name: 'SourceKeyId' },
    { name: 'SourceEncryptionAlgorithm' },
    { name: 'SourceEncryptionContext' },
    DRY_RUN,
    DRY_RUN_MODIFIER,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'DestinationKeyId' },
} satisfies CmdletSource;
