// New-KMSDataKey (GenerateDataKey)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKey',
  operation: 'GenerateDataKey',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeySpec', type: 'DataKeySpec' },
    { name: 'NumberOfBytes', type: 'int?' },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
