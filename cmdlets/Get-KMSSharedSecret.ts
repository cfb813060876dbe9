// Get-KMSSharedSecret (DeriveSharedSecret)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN, KEY_ID_POSITIONAL, RECIPIENT } from './shared-parameters.js';

export default {
  name: 'Get-KMSSharedSecret',
  operation: 'DeriveSharedSecret',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'KeyAgreementAlgorithm', type: 'KeyAgreementAlgorithmSpec', mandatory: true },
    { name: 'PublicKey', type: 'byte[]', mandatory: true },
    ...RECIPIENT,
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletDefinition;
