// A client of `pskms module-host` speaking the module's line-delimited JSON protocol, as
// PsKms.psm1 does: one process for many records; ShouldProcess questions answered by policy.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { PsValue } from '../../src/binding/ps-values.js';
import { cleanEnv, PSKMS_BIN } from './cli.js';

export interface Reply {
  warnings: string[];
  output: PsValue[];
  error: null | { message: string; exceptionType: string; errorId: string; category: string; fullyQualifiedErrorId: string; paramName?: string; innerException?: { type: string; errorCode: string; statusCode: number } };
  /** the ShouldProcess questions asked on the way */
  asked: { target: string; action: string }[];
}

export interface InvokeOptions {
  whatIf?: boolean;
  region?: string;
  newline?: string;
  /** the answer PowerShell's ShouldProcess gives (true unless -WhatIf or a declined prompt) */
  proceed?: boolean;
  /** AWS.Tools' service parameters: EndpointUrl, Region, ProfileName, AccessKey, SecretKey, SessionToken */
  common?: Record<string, string>;
}

export class ModuleHost {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;
  private nextId = 0;
  readonly ready: Promise<unknown>;

  constructor(home: string) {
    this.child = spawn(process.execPath, [PSKMS_BIN, 'module-host'], { env: cleanEnv({ PSKMS_HOME: home }) });
    this.rl = createInterface({ input: this.child.stdout });
    this.lines = this.rl[Symbol.asyncIterator]();
    this.ready = this.read();
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private async read(): Promise<any> {
    const { value, done } = await this.lines.next();
    if (done) throw new Error('module host exited');
    return JSON.parse(value);
  }

  private send(message: object): void {
    this.child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  async invoke(cmdlet: string, bound: Record<string, PsValue>, options: InvokeOptions = {}): Promise<Reply> {
    await this.ready;
    const id = ++this.nextId;
    this.send({ id, type: 'invoke', cmdlet, bound, whatIf: options.whatIf ?? false, region: options.region ?? null, newline: options.newline ?? '\n', common: options.common ?? {} });
    const asked: Reply['asked'] = [];
    for (;;) {
      const reply = await this.read();
      if (reply.id !== id) throw new Error(`reply for ${reply.id}, expected ${id}: ${JSON.stringify(reply)}`);
      if (reply.type === 'shouldProcess') {
        asked.push({ target: reply.target, action: reply.action });
        this.send({ id, type: 'proceed', answer: options.whatIf ? false : options.proceed ?? true });
        continue;
      }
      if (reply.type !== 'result') throw new Error(JSON.stringify(reply));
      return { warnings: reply.warnings, output: reply.output, error: reply.error, asked };
    }
  }

  close(): void {
    this.child.stdin.end();
    this.rl.close();
  }
}

// PowerShell values, as the module sends them
export const str = (v: string): PsValue => ({ t: 'string', v });
export const int = (v: number): PsValue => ({ t: 'number', v, type: 'System.Int32' });
export const bool = (v: boolean): PsValue => ({ t: 'bool', v });
export const sw = (v = true): PsValue => ({ t: 'switch', v });
export const nul: PsValue = { t: 'null' };
export const bytes = (b: Uint8Array | Buffer): PsValue => ({ t: 'bytes', v: Buffer.from(b).toString('base64') });
export const stream = (b: Uint8Array | Buffer): PsValue => ({ t: 'MemoryStream', v: Buffer.from(b).toString('base64') });
export const strings = (...items: string[]): PsValue => ({ t: 'array', type: 'System.String[]', items: items.map(str) });
export const objects = (...items: PsValue[]): PsValue => ({ t: 'array', type: 'System.Object[]', items });
export const table = (entries: [string, PsValue][]): PsValue => ({ t: 'hashtable', entries: entries.map(([k, v]) => [str(k), v]) });

/** The bytes of an emitted MemoryStream or byte[] value. */
export function blobOf(value: PsValue | undefined): Buffer {
  if (!value || (value.t !== 'MemoryStream' && value.t !== 'bytes')) throw new Error(`not a blob: ${JSON.stringify(value)}`);
  return Buffer.from(value.v, 'base64');
}

/** A property of an emitted object. */
export function prop(value: PsValue | undefined, name: string): PsValue {
  if (!value || value.t !== 'object') throw new Error(`not an object: ${JSON.stringify(value)}`);
  const found = value.props.find(([k]) => k === name);
  if (!found) throw new Error(`no property ${name}`);
  return found[1];
}
