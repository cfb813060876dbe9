// Invoke-KMSSigning (Sign)
import type { CmdletSource } from '../src/binding/definition.js';
import { DRY_RUN, GRANT_TOKEN } from './shared-parameters.js';

export default {
  name: 'Invoke-KMSSigning',
  operation: 'Sign',
  synopsis: 'Creates a digital signature for a message or message digest by using the private key in an asymmetric signing KMS key.',
  example: '$signature = Invoke-KMSSigning -KeyId alias/signer -Message \'hello\' -SigningAlgorithm ECDSA_SHA_256 -MessageType RAW\n[System.IO.File]::WriteAllBytes(\'hello.sig\', $signature.ToArray())',
  parameters: [
    { name: 'Message', position: 0, valueFromPipeline: true },
    { name: 'KeyId' },
    { name: 'SigningAlgorithm' },
    { name: 'MessageType' },
    DRY_RUN,
    GRANT_TOKEN,
  ],
  select: 'Signature',
  shouldProcess: { target: null },
} satisfies CmdletSource;
