// New-KMSDataKeyWithoutPlaintext (GenerateDataKeyWithoutPlaintext)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKeyWithoutPlaintext',
  operation: 'GenerateDataKeyWithoutPlaintext',
  synopsis: 'Returns a unique symmetric data key encrypted under a symmetric KMS key, without its plaintext.',
  example: '$dataKey = New-KMSDataKeyWithoutPlaintext -KeyId alias/app -KeySpec AES_256',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeySpec' },
    { name: 'NumberOfBytes' },
    ENCRYPTION_CONTEXT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
