// A separate writer process for the store tests: creates N keys (or until killed) and prints
// each KeyId once CreateKey has returned, i.e. once the write is acknowledged.
import { createContext, invoke } from '../../src/engine/index.js';

const count = Number(process.argv[2] ?? '1');
const spec = process.argv[3] ?? 'SYMMETRIC_DEFAULT';
const ctx = createContext();
for (let i = 0; i < count; i++) {
  const res = await invoke(ctx, 'CreateKey', { KeySpec: spec, KeyUsage: spec === 'SYMMETRIC_DEFAULT' ? 'ENCRYPT_DECRYPT' : 'SIGN_VERIFY' });
  process.stdout.write(`${(res.KeyMetadata as { KeyId: string }).KeyId}\n`);
}
