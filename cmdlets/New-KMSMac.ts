// New-KMSMac (GenerateMac)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'New-KMSMac',
  operation: 'GenerateMac',
  synopsis: 'Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm.',
  example: '$mac = New-KMSMac -KeyId alias/hmac -Message \'hello\' -MacAlgorithm HMAC_SHA_256\n$mac.Mac.ToArray()',
  parameters: [
    { name: 'Message', position: 0, valueFromPipeline: true },
    { name: 'KeyId' },
    { name: 'MacAlgorithm' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
