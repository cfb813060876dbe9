// Invoke-KMSDecrypt (Decrypt)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSDecrypt',
  operation: 'Decrypt',
  parameters: [
    { name: 'CiphertextBlob', type: 'byte[]', mandatory: true },
    { name: 'KeyId', type: 'string' },
    { name: 'EncryptionAlgorithm', type: 'EncryptionAlgorithmSpec' },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletDefinition;
