// New-KMSDataKey (GenerateDataKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKey',
  operation: 'GenerateDataKey',
  synopsis: 'Returns a unique symmetric data key for use outside of KMS: a plaintext copy and a copy encrypted under a symmetric KMS key.',
  example: '$dataKey = New-KMSDataKey -KeyId alias/app -KeySpec AES_256\n$dataKey.Plaintext.ToArray().Length',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeySpec' },
    { name: 'NumberOfBytes' },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: null },
} satisfies CmdletSource;
