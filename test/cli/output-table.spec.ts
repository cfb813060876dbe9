// --output table, checked against the AWS CLI's own TableFormatter (awscli/formatter.py and
// awscli/table.py) run by python3 on the same response, query, colour setting and terminal.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { textWidth } from '../../src/cli/aws-cli/east-asian-width.js';
import { formatOutput, type ColorSetting } from '../../src/cli/aws-cli/output.js';
import { pskms } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

const HAS_AWSCLI = spawnSync('python3', ['-c', 'import awscli.formatter, awscli.table, jmespath']).status === 0;

function needAwscli(ctx: Mocha.Context): void {
  if (!HAS_AWSCLI) {
    console.warn('    (skipped: python3 with the AWS CLI\'s python package is not installed)');
    ctx.skip();
  }
}

interface Case {
  title: string;
  response: Record<string, unknown>;
  query?: string;
  color?: ColorSetting;
  /** stdout is a terminal (awscli's is_a_tty, for --color auto) */
  tty?: boolean;
  /** the terminal's width; awscli falls back to 80 when stdout is not a terminal */
  width?: number;
}

// Each case through TableFormatter as the CLI calls it (query and color from the parsed
// globals, stdout the stream), with is_a_tty and the terminal width set as the case says.
// Prints one JSON list: the output, or the error the CLI would report, for each case.
const ORACLE = `
import argparse, io, json, sys
import jmespath
import awscli.table
from awscli.formatter import TableFormatter
results = []
real_stdout = sys.stdout
for case in json.load(sys.stdin):
    awscli.table.determine_terminal_width = lambda default_width=80, w=case.get('width'): default_width if w is None else w
    awscli.table.is_a_tty = lambda t=bool(case.get('tty')): t
    query = case.get('query')
    args = argparse.Namespace(query=None if query is None else jmespath.compile(query), color=case.get('color', 'off'))
    out = io.StringIO()
    # colorama (color on, or auto on a terminal) wraps whatever sys.stdout is when it starts
    sys.stdout = out
    try:
        TableFormatter(args)(case['title'], case['response'])
        results.append({'out': out.getvalue()})
    except Exception as e:
        results.append({'error': str(e)})
    finally:
        sys.stdout = real_stdout
json.dump(results, sys.stdout)
`;

function oracle(cases: Case[]): ({ out: string } | { error: string })[] {
  const res = spawnSync('python3', ['-c', ORACLE], { input: JSON.stringify(cases), encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' }, maxBuffer: 1 << 28 });
  expect(res.status, res.stderr).to.equal(0);
  return JSON.parse(res.stdout);
}

async function ours(c: Case): Promise<{ out: string } | { error: string }> {
  try {
    return { out: await formatOutput(c.response, 'table', c.query, { operation: c.title, color: c.color ?? 'off', stdout: { isTTY: c.tty ?? false, columns: c.width } }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function expectSameAsAwscli(cases: Case[]): Promise<void> {
  const expected = oracle(cases);
  for (const [i, c] of cases.entries()) {
    expect(await ours(c), `${c.title} ${c.query ?? ''} ${JSON.stringify(c.response).slice(0, 200)}`).to.deep.equal(expected[i]);
  }
}

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ARN = `arn:aws:kms:us-west-2:111122223333:key/${KEY_ID}`;
const KEY_METADATA = {
  AWSAccountId: '111122223333',
  KeyId: KEY_ID,
  Arn: ARN,
  CreationDate: '2024-05-01T12:34:56.789000+00:00',
  Enabled: true,
  Description: '',
  KeyUsage: 'ENCRYPT_DECRYPT',
  KeyState: 'Enabled',
  Origin: 'AWS_KMS',
  KeyManager: 'CUSTOMER',
  CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT',
  KeySpec: 'SYMMETRIC_DEFAULT',
  EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
  MultiRegion: false,
};
const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ KeyId: KEY_ID.replace('1234abcd', `0000000${i}`), KeyArn: ARN.replace('1234abcd', `0000000${i}`) }));
const ALIASES = {
  Aliases: [
    { AliasName: 'alias/aws/ebs', AliasArn: 'arn:aws:kms:us-west-2:111122223333:alias/aws/ebs', TargetKeyId: KEY_ID, CreationDate: '2024-05-01T12:34:56+00:00', LastUpdatedDate: '2024-05-01T12:34:56+00:00' },
    { AliasName: 'alias/unused', AliasArn: 'arn:aws:kms:us-west-2:111122223333:alias/unused' },
    { AliasName: 'alias/x', AliasArn: 'arn:aws:kms:us-west-2:111122223333:alias/x', TargetKeyId: KEY_ID },
  ],
  Truncated: false,
};
const GRANTS = {
  Grants: [
    { KeyId: ARN, GrantId: 'g1', Name: 'one', CreationDate: '2024-05-01T12:34:56+00:00', GranteePrincipal: 'arn:aws:iam::111122223333:role/a', IssuingAccount: 'arn:aws:iam::111122223333:root', Operations: ['Encrypt', 'Decrypt'], Constraints: { EncryptionContextSubset: { Department: 'IT' } } },
    { KeyId: ARN, GrantId: 'g2', GranteePrincipal: 'arn:aws:iam::111122223333:role/b', Operations: ['Sign'] },
  ],
  Truncated: true,
  NextMarker: 'abc',
};

describe('pskms kms --output table', function () {
  it('a flat response: a dict with its scalars as key/value rows and its lists as sub-tables', async function () {
    needAwscli(this);
    await expectSameAsAwscli([
      { title: 'CreateKey', response: { KeyMetadata: KEY_METADATA } },
      { title: 'DescribeKey', response: { KeyMetadata: { ...KEY_METADATA, Description: 'short', EncryptionAlgorithms: undefined, KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'], MultiRegionConfiguration: { MultiRegionKeyType: 'PRIMARY', PrimaryKey: { Arn: ARN, Region: 'us-west-2' }, ReplicaKeys: [{ Arn: ARN.replace('us-west-2', 'eu-west-1'), Region: 'eu-west-1' }] } } } },
      { title: 'Sign', response: { KeyId: ARN, Signature: 'c2lnbmF0dXJl', SigningAlgorithm: 'RSASSA_PSS_SHA_256' } },
      { title: 'GetKeyRotationStatus', response: { KeyRotationEnabled: false, KeyId: KEY_ID, RotationPeriodInDays: 365 } },
      { title: 'GenerateRandom', response: { Plaintext: 'AAECAwQ=' } },
    ]);
  });

  it('list responses: a header row and one row per element, or a section per element with sub-tables', async function () {
    needAwscli(this);
    await expectSameAsAwscli([
      { title: 'ListKeys', response: { Keys: keys(3), Truncated: false } },
      { title: 'ListKeys', response: { Keys: keys(1) } },
      { title: 'ListAliases', response: ALIASES },
      { title: 'ListGrants', response: GRANTS },
      { title: 'ListResourceTags', response: { Tags: [{ TagKey: 'a', TagValue: '1' }, { TagKey: 'b', TagValue: 'x,y' }], Truncated: false } },
      { title: 'ListKeyRotations', response: { Rotations: [{ KeyId: KEY_ID, RotationDate: '2024-05-01T12:34:56+00:00', RotationType: 'AUTOMATIC' }] } },
    ]);
  });

  it('what a --query leaves: a scalar (a title alone), a list of scalars, a list of lists, a number, nothing', async function () {
    needAwscli(this);
    const response = { KeyMetadata: KEY_METADATA };
    await expectSameAsAwscli([
      { title: 'DescribeKey', response, query: 'KeyMetadata.KeyId' },
      { title: 'DescribeKey', response, query: 'KeyMetadata.Enabled' },
      { title: 'DescribeKey', response, query: 'KeyMetadata.MultiRegion' },
      { title: 'DescribeKey', response, query: 'length(KeyMetadata.EncryptionAlgorithms)' },
      { title: 'DescribeKey', response, query: 'KeyMetadata.Nope' },
      { title: 'DescribeKey', response, query: 'KeyMetadata.[KeyId, Enabled, Nope]' },
      { title: 'DescribeKey', response, query: 'KeyMetadata.{Id: KeyId, Algorithms: EncryptionAlgorithms}' },
      { title: 'DescribeKey', response, query: 'KeyMetadata' },
      { title: 'ListKeys', response: { Keys: keys(3) }, query: 'Keys[].KeyId' },
      { title: 'ListKeys', response: { Keys: keys(3) }, query: 'Keys[].[KeyId, KeyArn]' },
      { title: 'ListAliases', response: ALIASES, query: 'Aliases[].[AliasName, TargetKeyId]' },
      { title: 'ListAliases', response: ALIASES, query: 'Aliases[?TargetKeyId].{Name: AliasName, Key: TargetKeyId}' },
    ]);
  });

  it('empty lists and empty responses: no sub-table, or nothing at all', async function () {
    needAwscli(this);
    await expectSameAsAwscli([
      { title: 'ListKeys', response: { Keys: [], Truncated: false } },
      { title: 'ListKeys', response: { Keys: [] } },
      { title: 'ListKeys', response: { Keys: [] }, query: 'Keys' },
      { title: 'ListKeys', response: { Keys: [] }, query: 'Keys[].KeyId' },
      { title: 'DisableKey', response: {} },
      { title: 'ListResourceTags', response: { Tags: [{ TagKey: 'a', TagValue: '' }], Truncated: false } },
    ]);
  });

  it('values wider than the terminal: one-row sections turn vertical, past 80 columns or the terminal\'s width', async function () {
    needAwscli(this);
    const policy = JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }] });
    const cases: Case[] = [
      { title: 'GetKeyPolicy', response: { Policy: policy, PolicyName: 'default' } },
      { title: 'GetPublicKey', response: { KeyId: ARN, PublicKey: 'MII'.padEnd(400, 'A'), KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY', SigningAlgorithms: ['RSASSA_PSS_SHA_256'] } },
      { title: 'ListKeys', response: { Keys: keys(2) }, width: 200, tty: true },
      { title: 'ListKeys', response: { Keys: keys(2) }, width: 40, tty: true },
      { title: 'Sign', response: { KeyId: ARN, Signature: 'c2ln', SigningAlgorithm: 'ECDSA_SHA_256' }, width: 300, tty: true },
      { title: 'Sign', response: { KeyId: ARN, Signature: 'c2ln', SigningAlgorithm: 'ECDSA_SHA_256' }, width: 0, tty: true },
    ];
    // a one-row, three-column section exactly 80 and exactly 81 columns wide
    for (const extra of [0, 1]) cases.push({ title: 'T', response: { A: 'a'.repeat(64 + extra), B: 'b', C: 'c' } });
    await expectSameAsAwscli(cases);
    const exactly80 = await ours(cases[cases.length - 2]);
    expect((exactly80 as { out: string }).out.split('\n')[0]).to.have.length(80);
  });

  it('unicode: wide, fullwidth and ambiguous characters count two columns, as awscli counts them', async function () {
    needAwscli(this);
    await expectSameAsAwscli([
      { title: 'CreateKey', response: { KeyMetadata: { ...KEY_METADATA, Description: 'héllo wörld — 日本語のキー ＡＢＣ 😀 e\u0301' } } },
      { title: 'ListResourceTags', response: { Tags: [{ TagKey: 'プロジェクト', TagValue: 'αβγ' }, { TagKey: 'owner', TagValue: 'Zoë' }, { TagKey: '😀', TagValue: '한국어' }] } },
      { title: 'Sign', response: { 日本語: '値', Ω: 'x' } },
    ]);
  });

  it('the width table is the one the AWS CLI\'s python reports, code point by code point', function () {
    needAwscli(this);
    const res = spawnSync('python3', ['-c', "import unicodedata as u, json; print(json.dumps([c for c in range(0x110000) if u.east_asian_width(chr(c)) in 'WFA']))"], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(res.status, res.stderr).to.equal(0);
    const wide = new Set<number>(JSON.parse(res.stdout));
    const differ: number[] = [];
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if ((textWidth(String.fromCodePoint(c)) === 2) !== wide.has(c)) differ.push(c);
    }
    expect(differ.slice(0, 20)).to.deep.equal([]);
  });

  it('colour: none with --color off or auto when piped; colorama\'s codes with on, or auto on a terminal', async function () {
    needAwscli(this);
    const response = { KeyMetadata: KEY_METADATA };
    await expectSameAsAwscli([
      { title: 'CreateKey', response, color: 'auto' },
      { title: 'CreateKey', response, color: 'on' },
      { title: 'ListGrants', response: GRANTS, color: 'on' },
      { title: 'ListGrants', response: GRANTS, color: 'auto', tty: true, width: 120 },
      { title: 'ListKeys', response: { Keys: keys(2) }, color: 'auto', tty: true, width: 60 },
    ]);
    expect((await ours({ title: 'CreateKey', response, color: 'auto' }) as { out: string }).out).not.to.contain('\x1b');
  });

  it('odd shapes: rows of different lengths fail as in awscli; a cell holding a container prints its Python repr', async function () {
    needAwscli(this);
    await expectSameAsAwscli([
      { title: 'T', response: { A: [[1, 2], [3]] } },
      { title: 'T', response: { A: [[1], [{ a: 1, b: 2 }]] } },
      { title: 'T', response: { A: [{ a: 1, b: 'x' }, { a: { n: [1, 'two', null, 0.5, 1e-5] } }] } },
      // the untitled sections of a list in a list are as wide as Python's str(None)
      { title: 'T', response: { A: [[{ x: [{}] }, { x: [{}] }]] } },
    ]);
  });

  it('arbitrary JSON: the same table as awscli, or the same failure', async function () {
    needAwscli(this);
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', 'é', '日', 'ｗ', '😀', 'e\u0301', "'", '"', '\\', '\n', '\t', '-'), maxLength: 30 });
    const scalar = fc.oneof(text, fc.integer({ min: -1e6, max: 1e12 }), fc.constantFrom(true, false, null, 0, 0.5, 1e-5, 2.5e-7, -3.75), fc.constant(''));
    const key = fc.constantFrom('Id', 'Name', 'Arn', 'a', 'B', 'zz', 'Ω', 'Tags', 'Keys', 'x y');
    // awscli only lays out lists whose first element is a dict when all of them are
    const { value } = fc.letrec<{ value: unknown; dict: unknown; list: unknown }>((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('dict'), tie('list')),
      dict: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      list: fc.oneof(
        { arbitrary: fc.array(tie('dict'), { minLength: 1, maxLength: 4 }), weight: 4 },
        { arbitrary: fc.array(scalar, { minLength: 1, maxLength: 4 }), weight: 3 },
        { arbitrary: fc.integer({ min: 1, max: 3 }).chain((n) => fc.array(fc.array(scalar, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 3 })), weight: 1 },
        { arbitrary: fc.tuple(fc.oneof(scalar, tie('list')), fc.array(tie('value'), { maxLength: 4 })).map(([first, rest]) => [first, ...rest]), weight: 1 },
      ),
    }));
    const cases: Case[] = fc.sample(fc.record({ response: fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), width: fc.option(fc.integer({ min: 20, max: 200 }), { nil: undefined }) }), { numRuns: 500, seed: 20240501 })
      .map(({ response, width }) => ({ title: 'Op', response: response as Record<string, unknown>, width, tty: width !== undefined }));
    await expectSameAsAwscli(cases);
  });

  describe('through the CLI', () => {
    const home = tempHome();
    const kms = (...args: string[]) => pskms(home, ['kms', ...args]);

    before(() => {
      const key = kms('create-key', '--description', 'table test ключ 表').json().KeyMetadata;
      kms('create-alias', '--alias-name', 'alias/table-a', '--target-key-id', key.KeyId);
      kms('create-alias', '--alias-name', 'alias/table-b', '--target-key-id', key.KeyId);
      kms('tag-resource', '--key-id', key.KeyId, '--tags', 'TagKey=k,TagValue=v', 'TagKey=日本,TagValue=語');
    });

    it('prints what awscli prints for the JSON of --output json, titled with the operation\'s API name', function () {
      needAwscli(this);
      const key = kms('list-aliases', '--query', 'Aliases[?AliasName==`alias/table-a`].TargetKeyId | [0]', '--output', 'text').stdout.trim();
      const calls: [string, string[]][] = [
        ['ListAliases', ['list-aliases']],
        ['ListKeys', ['list-keys']],
        ['DescribeKey', ['describe-key', '--key-id', key]],
        ['ListResourceTags', ['list-resource-tags', '--key-id', key]],
        ['ListAliases', ['list-aliases', '--query', 'Aliases[].AliasName']],
      ];
      const cases: Case[] = calls.map(([title, args]) => ({ title, response: JSON.parse(kms(...args.filter((a, i) => !(args[i - 1] === '--query' || a === '--query')), '--output', 'json').stdout), query: args.includes('--query') ? args[args.indexOf('--query') + 1] : undefined }));
      const expected = oracle(cases);
      calls.forEach(([, args], i) => {
        const res = kms(...args, '--output', 'table');
        expect(res.code, res.stderr).to.equal(0);
        expect({ out: res.stdout }, args.join(' ')).to.deep.equal(expected[i]);
        expect(res.stdout, 'no colour when piped').not.to.contain('\x1b');
      });
    });

    it('--color on colours even when piped; AWS_DEFAULT_OUTPUT=table picks the table', function () {
      needAwscli(this);
      const json = JSON.parse(kms('list-keys', '--output', 'json').stdout);
      const [expected] = oracle([{ title: 'ListKeys', response: json, color: 'on' }]);
      expect({ out: kms('list-keys', '--output', 'table', '--color', 'on').stdout }).to.deep.equal(expected);
      const [plain] = oracle([{ title: 'ListKeys', response: json }]);
      expect({ out: pskms(home, ['kms', 'list-keys'], { AWS_DEFAULT_OUTPUT: 'table' }).stdout }).to.deep.equal(plain);
    });

    it('--output and --color refuse what the AWS CLI refuses, listing table among the formats', () => {
      const badOutput = kms('list-keys', '--output', 'tabel');
      expect(badOutput.code).to.equal(252);
      expect(badOutput.stderr).to.contain('argument --output: Invalid choice, valid choices are:');
      expect(badOutput.stderr).to.match(/json\s+\| text\s+\| table\s+\| yaml/);
      const badColor = kms('list-keys', '--output', 'table', '--color', 'always');
      expect(badColor.code).to.equal(252);
      expect(badColor.stderr).to.contain('argument --color: Invalid choice, valid choices are:');
      expect(kms('list-keys', '--output', 'table', '--color', 'off').code).to.equal(0);
      const key = kms('list-aliases', '--query', 'Aliases[?AliasName==`alias/table-a`].TargetKeyId | [0]', '--output', 'text').stdout.trim();
      expect(kms('disable-key', '--key-id', key, '--output', 'table')).to.include({ code: 0, stdout: '' });
    });
  });
});
