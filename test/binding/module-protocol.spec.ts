// The module-host protocol itself: malformed lines are answered, not fatal; strings can travel
// base64-encoded (PowerShell 7's ConvertFrom-Json would turn date-like strings into dates);
// datetimes carry epoch milliseconds.
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cleanEnv, PSKMS_BIN } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

/** A module host on a fresh store, past its ready line: send writes one message, read takes the next. */
async function startHost() {
  const child = spawn(process.execPath, [PSKMS_BIN, 'module-host'], { env: cleanEnv({ PSKMS_HOME: tempHome() }) });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const read = async () => JSON.parse((await lines.next()).value);
  const send = (message: unknown) => child.stdin.write(`${JSON.stringify(message)}\n`);
  expect(await read()).to.include({ type: 'ready' });
  return { child, read, send };
}

async function stop(child: ChildProcess): Promise<void> {
  child.stdin!.end();
  await new Promise((resolve) => child.on('exit', resolve));
}

describe('the module-host protocol', () => {
  it('answers malformed lines with protocolError, keeps serving, and base64-encodes strings on request', async () => {
    const { child, read, send } = await startHost();
    child.stdin.write('null\n{}\nnot json\n');
    for (let i = 0; i < 3; i++) expect((await read()).type).to.equal('protocolError');
    send({ id: 1, type: 'invoke', cmdlet: 'New-KMSKey', bound: { Description: { t: 'string', v: '2024-01-02T03:04:05Z' }, Force: { t: 'switch', v: true } }, newline: '\n', strings: 'base64' });
    const result = await read();
    expect(result).to.include({ id: 1, type: 'result', error: null });
    const metadata = result.output[0];
    const description = metadata.props.find(([k]: [string]) => k === 'Description')[1];
    expect(description).to.deep.equal({ t: 'string', b: Buffer.from('2024-01-02T03:04:05Z').toString('base64') });
    const created = metadata.props.find(([k]: [string]) => k === 'CreationDate')[1];
    expect(created.t).to.equal('datetime');
    expect(new Date(created.ms).toISOString()).to.equal(created.v);
    await stop(child);
  });

  it('refuses an invoke it cannot run (a cmdlet that is not a string, no id, bound not an object) and keeps serving', async () => {
    const { child, read, send } = await startHost();
    const bad = [
      { id: 1, type: 'invoke', cmdlet: 5, bound: {} },
      { id: 2, type: 'invoke', cmdlet: ['Get-KMSKey'], bound: {} },
      { type: 'invoke', cmdlet: 'New-KMSRandom', bound: {} },
      { id: 4, type: 'invoke', cmdlet: 'New-KMSRandom', bound: [] },
      { id: 5, type: 'invoke', cmdlet: 'New-KMSRandom', bound: { NumberOfBytes: 'not a PsValue' } },
    ];
    for (const message of bad) send(message);
    for (const message of bad.slice(0, 4)) expect(await read()).to.include({ type: 'protocolError', ...(message.id ? { id: message.id } : {}) });
    // a bound value of no known kind ends the record with a binding error, not the host
    expect((await read()).error).to.include({ errorId: 'CannotConvertArgumentNoMessage' });
    send({ id: 6, type: 'invoke', cmdlet: 'New-KMSRandom', bound: { NumberOfBytes: { t: 'number', v: 4, type: 'System.Int32' } }, newline: '\n' });
    expect(await read()).to.include({ id: 6, type: 'shouldProcess' });
    send({ id: 6, type: 'proceed', answer: true });
    const result = await read();
    expect(result).to.include({ id: 6, type: 'result', error: null });
    expect(result.output).to.have.length(1);
    await stop(child);
  });

  it('while it awaits a ShouldProcess answer, refuses other lines and takes only the answer with its id', async () => {
    const { child, read, send } = await startHost();
    const random = (id: number) => ({ id, type: 'invoke', cmdlet: 'New-KMSRandom', bound: { NumberOfBytes: { t: 'number', v: 8, type: 'System.Int32' } }, newline: '\n' });
    send(random(1));
    expect(await read()).to.include({ id: 1, type: 'shouldProcess', action: 'New-KMSRandom (GenerateRandom)' });
    send(random(2));
    expect(await read()).to.include({ id: 2, type: 'protocolError' });
    send({ id: 7, type: 'proceed', answer: true });
    expect(await read()).to.include({ id: 7, type: 'protocolError' });
    send({ id: 1, type: 'proceed', answer: false });
    // declined: no output, no error
    expect(await read()).to.deep.include({ id: 1, type: 'result', output: [], error: null });
    send(random(3));
    expect(await read()).to.include({ id: 3, type: 'shouldProcess' });
    send({ id: 3, type: 'proceed', answer: true });
    expect((await read()).output).to.have.length(1);
    await stop(child);
  });
});
