// A fresh, empty store in a temporary directory for each test that needs one.
import { rmSync } from 'node:fs';
import { createContext, invoke, type RequestContext } from '../../src/engine/index.js';
import type { OperationName } from '../../src/engine/model.js';
import { scratchDir } from './scratch-root.js';

export interface TestStore {
  home: string;
  ctx: RequestContext;
  call(operation: OperationName, request?: Record<string, unknown>): Promise<any>;
  /** the KmsError a call throws (fails the test when it succeeds) */
  error(operation: OperationName, request?: Record<string, unknown>): Promise<{ type: string; message: string }>;
  cleanup(): void;
}

export function tempHome(): string {
  return scratchDir('store-');
}

export function testStore(options: { region?: string; accountId?: string; home?: string; env?: Record<string, string> } = {}): TestStore {
  const home = options.home ?? tempHome();
  const ctx = createContext({ region: options.region, accountId: options.accountId, env: { ...options.env, PSKMS_HOME: home } });
  const call = (operation: OperationName, request: Record<string, unknown> = {}) => invoke(ctx, operation, request);
  return {
    home,
    ctx,
    call,
    async error(operation, request = {}) {
      try {
        await call(operation, request);
      } catch (e) {
        const err = e as { type?: string; message: string };
        if (!err.type) throw e;
        return { type: err.type, message: err.message };
      }
      throw new Error(`${operation} succeeded but an error was expected`);
    },
    cleanup: () => rmSync(home, { recursive: true, force: true }),
  };
}
