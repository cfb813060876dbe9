// The PowerShell module's side of pskms: one long-lived process per PowerShell session that
// runs cmdlet records sent as line-delimited JSON on stdin and answers on stdout.
//
//   module → host  {"id":1,"type":"invoke","cmdlet":"Invoke-KMSSigning","bound":{…},"whatIf":false,"region":null,"newline":"\n"}
//   host → module  {"id":1,"type":"shouldProcess","target":"…","action":"Invoke-KMSSigning (Sign)"}
//   module → host  {"id":1,"type":"proceed","answer":true}
//   host → module  {"id":1,"type":"result","warnings":[…],"output":[…],"error":null}
//
// Bound values carry their PowerShell runtime types (ps-values.ts); every rule is applied here.
// With "strings":"base64" in an invoke message, strings in the reply's output travel as
// {"t":"string","b":"<base64 of UTF-8>"}: PowerShell 7's ConvertFrom-Json would otherwise turn
// any string that looks like a date into a DateTime.
import { createInterface } from 'node:readline';
import { findCmdlet } from '../../../cmdlets/index.js';
import type { ErrorRecordInfo } from '../../binding/error-records.js';
import { invokeCmdlet, type CmdletOutcome } from '../../binding/invoke-cmdlet.js';
import type { PsValue } from '../../binding/ps-values.js';
import { VERSION } from '../version.js';
import { serviceFor, type CommonParameters } from './service.js';

interface InvokeMessage {
  id: number;
  type: 'invoke';
  cmdlet: string;
  bound: Record<string, PsValue>;
  whatIf?: boolean;
  region?: string | null;
  newline?: string;
  strings?: 'plain' | 'base64';
  /** -EndpointUrl, -ProfileName, -AccessKey, -SecretKey, -SessionToken (and -Region) */
  common?: CommonParameters;
}

type WireValue = PsValue | { t: 'string'; b: string };

function base64Strings(value: PsValue): WireValue {
  switch (value.t) {
    case 'string': return { t: 'string', b: Buffer.from(value.v, 'utf8').toString('base64') };
    case 'array': return { ...value, items: value.items.map(base64Strings) } as WireValue;
    case 'hashtable': return { ...value, entries: value.entries.map(([k, v]) => [base64Strings(k), base64Strings(v)]) } as WireValue;
    case 'object': return { ...value, props: value.props.map(([k, v]) => [k, base64Strings(v)]) } as WireValue;
    default: return value;
  }
}

/** An error the binding layer did not expect still ends the record, not the host. */
function unexpectedError(e: unknown): ErrorRecordInfo {
  const name = e instanceof Error ? e.name : 'Error';
  return {
    message: `pskms could not complete the call (${name}).`,
    exceptionType: 'System.InvalidOperationException',
    errorId: 'PsKmsInternalError',
    category: 'NotSpecified',
    fullyQualifiedErrorId: 'PsKmsInternalError',
  };
}

function send(message: object): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

type Message = { id?: unknown; type: string; [member: string]: unknown };

/** What makes an invoke message one the host can run; anything else is answered with a protocol error. */
function invalidInvoke(message: Message): string | undefined {
  if (typeof message.id !== 'number' || !Number.isSafeInteger(message.id)) return 'an invoke needs a numeric id';
  if (typeof message.cmdlet !== 'string') return 'an invoke needs a cmdlet name';
  if (message.bound !== undefined && (message.bound === null || typeof message.bound !== 'object' || Array.isArray(message.bound))) return 'bound must be an object';
  if (message.common !== undefined && (message.common === null || typeof message.common !== 'object' || Array.isArray(message.common))) return 'common must be an object';
  return undefined;
}

export async function runModuleHost(): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<Message | undefined> => {
    for (;;) {
      const { value, done } = await lines.next();
      if (done) return undefined;
      if (value.trim() === '') continue;
      try {
        const message = JSON.parse(value);
        if (message && typeof message === 'object' && typeof message.type === 'string') return message;
      } catch {
        // answered below
      }
      send({ type: 'protocolError', message: 'each line must be one JSON message with a type' });
    }
  };
  send({ type: 'ready', version: VERSION });
  for (let message = await next(); message; message = await next()) {
    if (message.type !== 'invoke') {
      send({ id: message.id, type: 'protocolError', message: `unexpected ${message.type} message` });
      continue;
    }
    const invalid = invalidInvoke(message);
    if (invalid) {
      send({ id: message.id, type: 'protocolError', message: invalid });
      continue;
    }
    const invoke = message as unknown as InvokeMessage;
    const { id } = invoke;
    const def = await findCmdlet(invoke.cmdlet);
    if (!def) {
      send({ id, type: 'protocolError', message: `unknown cmdlet ${invoke.cmdlet}` });
      continue;
    }
    let ended = false;
    // the answer to this record's question: any other line meanwhile is refused, not taken for it
    const ask = async (target: string, action: string): Promise<boolean> => {
      send({ id, type: 'shouldProcess', target, action });
      for (;;) {
        const reply = await next();
        if (!reply) {
          ended = true;
          return false;
        }
        if (reply.type === 'proceed' && reply.id === id) return reply.answer === true;
        send({ id: reply.id, type: 'protocolError', message: `awaiting the answer to record ${id}'s ShouldProcess, not a ${reply.type} message${reply.type === 'proceed' ? ` for ${String(reply.id)}` : ''}` });
      }
    };
    const common: CommonParameters = { ...(invoke.common as CommonParameters), ...(typeof invoke.region === 'string' ? { Region: invoke.region } : {}) };
    const call = { bound: invoke.bound ?? {}, whatIf: invoke.whatIf === true, newline: typeof invoke.newline === 'string' ? invoke.newline : '\n' };
    let outcome: CmdletOutcome;
    try {
      outcome = await invokeCmdlet(def, call, ask, () => serviceFor(common));
    } catch (e) {
      outcome = { warnings: [], output: [], error: unexpectedError(e) };
    }
    const output = invoke.strings === 'base64' ? outcome.output.map(base64Strings) : outcome.output;
    send({ id, type: 'result', warnings: outcome.warnings, output, error: outcome.error ?? null });
    if (ended) break;
  }
  return 0;
}
