// The PowerShell module's side of pskms: one long-lived process per PowerShell session that
// runs cmdlet records sent as line-delimited JSON on stdin and answers on stdout.
//
//   module → host  {"id":1,"type":"invoke","cmdlet":"Invoke-KMSSigning","bound":{…},"whatIf":false,"region":null,"newline":"\n"}
//   host → module  {"id":1,"type":"shouldProcess","target":"…","action":"Invoke-KMSSigning (Sign)"}
//   module → host  {"id":1,"type":"proceed","answer":true}
//   host → module  {"id":1,"type":"result","warnings":[…],"output":[…],"error":null}
//
// Bound values carry their PowerShell runtime types (ps-values.ts); every rule is applied here.
import { createInterface } from 'node:readline';
import { findCmdlet } from '../../../cmdlets/index.js';
import { invokeCmdlet } from '../../binding/invoke-cmdlet.js';
import type { PsValue } from '../../binding/ps-values.js';
import { VERSION } from '../version.js';
import { localService } from './local-service.js';

interface InvokeMessage {
  id: number;
  type: 'invoke';
  cmdlet: string;
  bound: Record<string, PsValue>;
  whatIf?: boolean;
  region?: string | null;
  newline?: string;
}

interface ProceedMessage {
  id: number;
  type: 'proceed';
  answer: boolean;
}

function send(message: object): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

export async function runModuleHost(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<InvokeMessage | ProceedMessage | undefined> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) return undefined;
      if (value.trim() === '') continue;
      try {
        return JSON.parse(value);
      } catch {
        send({ type: 'protocolError', message: 'each line must be one JSON message' });
      }
    }
  };
  send({ type: 'ready', version: VERSION });
  for (let message = await next(); message; message = await next()) {
    if (message.type !== 'invoke') {
      send({ id: message.id, type: 'protocolError', message: `unexpected ${message.type} message` });
      continue;
    }
    const { id } = message;
    const def = await findCmdlet(message.cmdlet);
    if (!def) {
      send({ id, type: 'protocolError', message: `unknown cmdlet ${message.cmdlet}` });
      continue;
    }
    const ask = async (target: string, action: string): Promise<boolean> => {
      send({ id, type: 'shouldProcess', target, action });
      const reply = await next();
      return reply?.type === 'proceed' && reply.answer === true;
    };
    const outcome = await invokeCmdlet(def, { bound: message.bound ?? {}, whatIf: message.whatIf, region: message.region ?? undefined, newline: message.newline ?? '\n' }, ask, localService);
    send({ id, type: 'result', warnings: outcome.warnings, output: outcome.output, error: outcome.error ?? null });
  }
  return 0;
}
