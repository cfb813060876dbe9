// Write-KMSKeyPolicy (PutKeyPolicy)
import type { CmdletSource } from '../src/binding/definition.js';
import { KEY_ID_POSITIONAL } from './shared-parameters.js';

export default {
  name: 'Write-KMSKeyPolicy',
  operation: 'PutKeyPolicy',
  synopsis: 'Attaches a key policy to the specified KMS key.',
  example: 'Write-KMSKeyPolicy -KeyId $key.KeyId -Policy (Get-Content -Raw policy.json)',
  parameters: [
    KEY_ID_POSITIONAL,
    { name: 'Policy' },
    { name: 'PolicyName' },
    { name: 'BypassPolicyLockoutSafetyCheck' },
  ],
  select: '',
  shouldProcess: { target: 'KeyId' },
} satisfies CmdletSource;
