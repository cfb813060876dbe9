// New-KMSMac (GenerateMac)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'New-KMSMac',
  operation: 'GenerateMac',
  synopsis: 'Generates a hash-based message authentication code (HMAC) for a message using an HMAC KMS key and a MAC algorithm.',
  example: '$mac = New-KMSMac -KeyId alias/hmac -Message \'hello\' -MacAlgorithm HMAC_SHA_256\n$mac.Mac.ToArray()',
  parameters: [
    { name: 'Message', type: 'byte[]', position: 0, valueFromPipeline: true },
    { name: 'KeyId', type: 'string' },
    { name: 'MacAlgorithm', type: 'MacAlgorithmSpec' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
