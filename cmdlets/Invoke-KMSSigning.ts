// Invoke-KMSSigning (Sign)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSSigning',
  operation: 'Sign',
  parameters: [
    { name: 'Message', type: 'byte[]', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'KeyId', type: 'string', mandatory: true },
    { name: 'SigningAlgorithm', type: 'SigningAlgorithmSpec', mandatory: true },
    { name: 'MessageType', type: 'MessageType' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: 'Signature',
  shouldProcess: { target: null },
} satisfies CmdletDefinition;
