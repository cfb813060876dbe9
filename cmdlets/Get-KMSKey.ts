// Get-KMSKey (DescribeKey)
import type { CmdletSource } from '../src/binding/definition.js';
import { GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKey',
  operation: 'DescribeKey',
  synopsis: 'Provides detailed information about a KMS key.',
  example: 'Get-KMSKey -KeyId alias/app | Select-Object KeyId, KeyState, KeySpec',
  parameters: [
    KEY_ID_POSITIONAL,
    GRANT_TOKEN,
  ],
  select: 'KeyMetadata',
  passThru: 'KeyId',
} satisfies CmdletSource;
