// The module-host protocol itself: malformed lines are answered, not fatal; strings can travel
// base64-encoded (PowerShell 7's ConvertFrom-Json would turn date-like strings into dates);
// datetimes carry epoch milliseconds.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cleanEnv, PSKMS_BIN } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

describe('the module-host protocol', () => {
  it('answers malformed lines with protocolError, keeps serving, and base64-encodes strings on request', async () => {
    const child = spawn(process.execPath, [PSKMS_BIN, 'module-host'], { env: cleanEnv({ PSKMS_HOME: tempHome() }) });
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const read = async () => JSON.parse((await lines.next()).value);
    expect(await read()).to.include({ type: 'ready' });
    child.stdin.write('null\n{}\nnot json\n');
    for (let i = 0; i < 3; i++) expect((await read()).type).to.equal('protocolError');
    child.stdin.write(`${JSON.stringify({ id: 1, type: 'invoke', cmdlet: 'New-KMSKey', bound: { Description: { t: 'string', v: '2024-01-02T03:04:05Z' }, Force: { t: 'switch', v: true } }, newline: '\n', strings: 'base64' })}\n`);
    const result = await read();
    expect(result).to.include({ id: 1, type: 'result', error: null });
    const metadata = result.output[0];
    const description = metadata.props.find(([k]: [string]) => k === 'Description')[1];
    expect(description).to.deep.equal({ t: 'string', b: Buffer.from('2024-01-02T03:04:05Z').toString('base64') });
    const created = metadata.props.find(([k]: [string]) => k === 'CreationDate')[1];
    expect(created.t).to.equal('datetime');
    expect(new Date(created.ms).toISOString()).to.equal(created.v);
    child.stdin.end();
    await new Promise((resolve) => child.on('exit', resolve));
  });
});
