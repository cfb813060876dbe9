// New-KMSMac (GenerateMac)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'New-KMSMac',
  operation: 'GenerateMac',
  parameters: [
    { name: 'Message', type: 'byte[]', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeyId', type: 'string', mandatory: true },
    { name: 'MacAlgorithm', type: 'MacAlgorithmSpec', mandatory: true },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
