// Get-KMSPublicKey (GetPublicKey)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { GRANT_TOKEN, KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Get-KMSPublicKey',
  operation: 'GetPublicKey',
  parameters: [
    KEY_ID_POSITIONAL,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletDefinition;
