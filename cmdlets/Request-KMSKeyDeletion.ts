// Request-KMSKeyDeletion (ScheduleKeyDeletion)
import type { CmdletDefinition } from '../src/binding/definition.js';

export default {
  name: 'Request-KMSKeyDeletion',
  operation: 'ScheduleKeyDeletion',
  parameters: [
    { name: 'KeyId', type: 'string', position: 0, valueFromPipeline: true, mandatory: true },
    { name: 'PendingWindowInDay', type: 'int?', member: 'PendingWindowInDays', aliases: ['PendingWindowInDays'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletDefinition;
