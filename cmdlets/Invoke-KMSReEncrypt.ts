// Invoke-KMSReEncrypt (ReEncrypt)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, DRY_RUN_MODIFIER, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSReEncrypt',
  operation: 'ReEncrypt',
  synopsis: 'Decrypts ciphertext and then re-encrypts it under another KMS key, without exposing the plaintext.',
  example: '$moved = Invoke-KMSReEncrypt -CiphertextBlob $blob -DestinationKeyId alias/new -SourceEncryptionContext @{ app = \'billing\' } -DestinationEncryptionContext @{ app = \'billing\' }\n$moved.KeyId',
  parameters: [
    // Mandatory in AWS.Tools, though the model stopped requiring it (DryRun with IGNORE_CIPHERTEXT needs none)
    { name: 'CiphertextBlob', type: 'byte[]', mandatory: true },
    { name: 'DestinationKeyId', type: 'string' },
    { name: 'DestinationEncryptionAlgorithm', type: 'EncryptionAlgorithmSpec' },
    { name: 'DestinationEncryptionContext', type: 'Hashtable' },
    { name: 'SourceKeyId', type: 'string' },
    { name: 'SourceEncryptionAlgorithm', type: 'EncryptionAlgorithmSpec' },
    { name: 'SourceEncryptionContext', type: 'Hashtable' },
    DRY_RUN,
    DRY_RUN_MODIFIER,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'DestinationKeyId' },
} satisfies CmdletDefinition;
