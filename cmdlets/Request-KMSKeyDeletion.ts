// Request-KMSKeyDeletion (ScheduleKeyDeletion)
import type { CmdletDefinition } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Request-KMSKeyDeletion',
  operation: 'ScheduleKeyDeletion',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'PendingWindowInDay', type: 'int?', member: 'PendingWindowInDays', aliases: ['PendingWindowInDays'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
