// Request-KMSKeyDeletion (ScheduleKeyDeletion)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Request-KMSKeyDeletion',
  operation: 'ScheduleKeyDeletion',
  synopsis: 'Schedules the deletion of a KMS key after a waiting period of 7 to 30 days.',
  example: 'Request-KMSKeyDeletion -KeyId $key.KeyId -PendingWindowInDay 7',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'PendingWindowInDay', member: 'PendingWindowInDays', aliases: ['PendingWindowInDays'] },
  ],
  select: '*',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
