// pskms serve under load: 10,000 requests from 16 concurrent loopback clients without a single
// failure and with bounded memory, and oversized bodies refused while the others go on.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { startServe, type RunningServer } from '../helpers/serve.js';
import { tempHome } from '../helpers/store.js';

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

describe('reliability: pskms serve under load', function () {
  this.timeout(300_000);
  let server: RunningServer;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });

  before(async () => {
    server = await startServe(tempHome(), [], { quiet: true });
    port = Number(new URL(server.url).port);
  });
  after(() => {
    agent.destroy();
    return server.stop();
  });

  const call = (operation: string, body: string | Buffer): Promise<{ status: number; json: Record<string, unknown> }> =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `TrentService.${operation}`, 'Content-Length': Buffer.byteLength(body) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('answers 10,000 mixed requests from 16 concurrent clients, every one as expected, in bounded memory', async () => {
    const sym = (await call('CreateKey', '{}')).json.KeyMetadata as { KeyId: string };
    const sig = (await call('CreateKey', JSON.stringify({ KeySpec: 'ECC_NIST_P256', KeyUsage: 'SIGN_VERIFY' }))).json.KeyMetadata as { KeyId: string };
    const blob = (await call('Encrypt', JSON.stringify({ KeyId: sym.KeyId, Plaintext: Buffer.from('load').toString('base64') }))).json.CiphertextBlob;
    // each request with the status and the check its reply must pass
    const mix: [string, string, number, (j: Record<string, unknown>) => boolean][] = [
      ['Encrypt', JSON.stringify({ KeyId: sym.KeyId, Plaintext: Buffer.alloc(1024, 7).toString('base64') }), 200, (j) => typeof j.CiphertextBlob === 'string'],
      ['Decrypt', JSON.stringify({ CiphertextBlob: blob }), 200, (j) => j.Plaintext === Buffer.from('load').toString('base64')],
      ['Sign', JSON.stringify({ KeyId: sig.KeyId, Message: 'aGVsbG8=', SigningAlgorithm: 'ECDSA_SHA_256' }), 200, (j) => typeof j.Signature === 'string'],
      ['GenerateDataKey', JSON.stringify({ KeyId: sym.KeyId, NumberOfBytes: 32 }), 200, (j) => Buffer.from(j.Plaintext as string, 'base64').length === 32],
      ['DescribeKey', JSON.stringify({ KeyId: sym.KeyId }), 200, (j) => (j.KeyMetadata as { KeyState: string }).KeyState === 'Enabled'],
      ['DescribeKey', JSON.stringify({ KeyId: 'alias/none' }), 400, (j) => j.__type === 'NotFoundException'],
      ['Sign', '{"KeyId":', 400, (j) => j.__type === 'SerializationException'],
    ];
    let next = 0;
    let failures = 0;
    let samples: number[] = [];
    const total = 10_000;
    await Promise.all(Array.from({ length: 16 }, async () => {
      for (let i = next++; i < total; i = next++) {
        const [operation, body, status, check] = mix[i % mix.length];
        const reply = await call(operation, body);
        if (reply.status !== status || !check(reply.json)) failures++;
        if (i % 1000 === 0) samples = [...samples, rssMiB(server.child.pid!)];
      }
    }));
    expect(failures).to.equal(0);
    const end = rssMiB(server.child.pid!);
    // after warm-up, memory must not grow with the number of requests served
    expect(end - samples[2], `RSS MiB by thousands of requests: ${samples.map((s) => s.toFixed(0)).join(', ')} -> ${end.toFixed(0)}`).to.be.below(40);
    expect(end).to.be.below(300);
  });

  it('refuses bodies over 1 MiB with 413 while other clients go on being served', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 0x61);
    const [refused, ...others] = await Promise.all([
      call('Encrypt', big),
      ...Array.from({ length: 8 }, () => call('GenerateRandom', '{"NumberOfBytes":16}')),
    ]);
    expect(refused.status).to.equal(413);
    expect(refused.json.__type).to.equal('SerializationException');
    for (const r of others) expect(r.status).to.equal(200);
  });
});
