// Test-KMSMac (VerifyMac)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Test-KMSMac',
  operation: 'VerifyMac',
  synopsis: 'Verifies the hash-based message authentication code (HMAC) for a message, HMAC KMS key and MAC algorithm.',
  example: '(Test-KMSMac -KeyId alias/hmac -Message \'hello\' -Mac $mac.Mac -MacAlgorithm HMAC_SHA_256).MacValid',
  parameters: [
    { name: 'Message', type: 'byte[]', position: 0, valueFromPipeline: true },
    { name: 'KeyId', type: 'string' },
    { name: 'Mac', type: 'byte[]' },
    { name: 'MacAlgorithm', type: 'MacAlgorithmSpec' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletDefinition;
