// The AWS CLI's value syntaxes, checked against the AWS CLI's own parser and Python's base64
// where they are installed, and against the documented examples.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { parseShorthand, ShorthandParseError } from '../../src/cli/aws-cli/shorthand.js';
import { decodeBase64Leniently } from '../../src/cli/aws-cli/values.js';

const SHORTHAND_CASES = [
  'k=v,k2=v2', 'k=', 'k=v,k2=a,b', 'a=b,c', 'a=[1,2]', 'b={c=d}', 'a="x,y"', "a='it''s'", 'a=x\\,y', 'Key=a=b',
  'a=b=c,d', 'foo=bar baz', 'TagKey=a,,TagValue=b', ' k = v ', 'a=[]', 'a={b=[1,2],c=d},e=f', 'a="say \\"hi\\""',
  'a=b, c=d', 'a=b , c', 'k =v', ' k=v', 'a=b,c=',
];

function python(code: string, input: string): { status: number | null; stdout: string } {
  return spawnSync('python3', ['-c', code], { input, encoding: 'utf8' });
}

describe('AWS CLI value syntax', () => {
  it('shorthand parses as awscli.shorthand parses it', function () {
    const probe = python('import awscli.shorthand', '');
    if (probe.status !== 0) {
      console.warn('    (skipped: the AWS CLI\'s python package is not installed)');
      this.skip();
    }
    for (const input of SHORTHAND_CASES) {
      const oracle = python('import sys, json; from awscli.shorthand import ShorthandParser\ntry:\n  print(json.dumps(ShorthandParser().parse(sys.stdin.read())))\nexcept Exception as e:\n  print(json.dumps({"error": type(e).__name__}))', input);
      const expected = JSON.parse(oracle.stdout);
      let ours: unknown;
      try {
        ours = parseShorthand(input);
      } catch (e) {
        ours = { error: 'ShorthandParseError' };
      }
      if ('error' in expected) expect(ours, input).to.have.property('error');
      else expect(ours, input).to.deep.equal(expected);
    }
  });

  it('shorthand documented examples', () => {
    expect(parseShorthand('k=v,k2=v2')).to.deep.equal({ k: 'v', k2: 'v2' });
    expect(parseShorthand('a=b,c')).to.deep.equal({ a: ['b', 'c'] });
    expect(parseShorthand('a="x,y"')).to.deep.equal({ a: 'x,y' });
    expect(parseShorthand('a=x\\,y')).to.deep.equal({ a: 'x,y' });
    expect(() => parseShorthand('k')).to.throw("Expected: '=', received: 'EOF' for input:\nk\n ^");
  });

  it('every shorthand failure is a ShorthandParseError, a key given twice too', () => {
    // found by test/reliability/fuzz.spec.ts: a duplicate key was a plain Error
    expect(() => parseShorthand('=,=')).to.throw(ShorthandParseError, 'Second instance of key "" encountered for input:\n=,=\n  ^\nThis is often because there is a preceding "," instead of a space.');
    expect(() => parseShorthand('a=b,a=c')).to.throw(ShorthandParseError, 'Second instance of key "a"');
    expect(() => parseShorthand('a=[b')).to.throw(ShorthandParseError, "Expected: ']', received: 'EOF'");
  });

  it('base64 decodes as Python\'s lenient base64.b64decode (the AWS CLI v2\'s decoder)', function () {
    const inputs = ['aGVsbG8=', 'aGVsbG8', 'hi', 'hello world', 'abcd efgh', 'aGk=xyz', 'aGk=\n', 'a', '', '====', '-_-_', 'aGVs bG8=', 'YQ==', 'YWI=', 'YQ', 'YQ=', 'Y=Q='];
    const probe = python('import base64', '');
    if (probe.status !== 0) this.skip();
    for (const input of inputs) {
      const oracle = python('import sys, base64\ntry:\n  print(base64.b64decode(sys.stdin.read()).hex())\nexcept Exception:\n  print("error")', input).stdout.trim();
      const ours = decodeBase64Leniently(input);
      expect(ours === undefined ? 'error' : Buffer.from(ours).toString('hex'), JSON.stringify(input)).to.equal(oracle);
    }
  });
});
