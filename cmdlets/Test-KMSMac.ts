// Test-KMSMac (VerifyMac)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Test-KMSMac',
  operation: 'VerifyMac',
  synopsis: 'Verifies the hash-based message authentication code (HMAC) for a message, HMAC KMS key and MAC algorithm.',
  example: '(Test-KMSMac -KeyId alias/hmac -Message \'hello\' -Mac $mac.Mac -MacAlgorithm HMAC_SHA_256).MacValid',
  parameters: [
    { name: 'Message', position: 0, valueFromPipeline: true },
    { name: 'KeyId' },
    { name: 'Mac' },
    { name: 'MacAlgorithm' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
} satisfies CmdletSource;
