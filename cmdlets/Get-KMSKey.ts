// Get-KMSKey (DescribeKey)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSKey',
  operation: 'DescribeKey',
  parameters: [
    KEY_ID_POSITIONAL,
    GRANT_TOKEN,
  ],
  select: 'KeyMetadata',
  passThru: 'KeyId',
} satisfies CmdletDefinition;
