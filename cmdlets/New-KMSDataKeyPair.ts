// New-KMSDataKeyPair (GenerateDataKeyPair)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, ENCRYPTION_CONTEXT, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'New-KMSDataKeyPair',
  operation: 'GenerateDataKeyPair',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeyPairSpec', type: 'DataKeyPairSpec', mandatory: true },
    ENCRYPTION_CONTEXT,
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
  passThru: 'KeyId',
} satisfies CmdletDefinition;
