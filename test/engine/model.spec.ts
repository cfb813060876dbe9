// The API model pskms validates with agrees with AWS's own service model, as botocore ships it
// (an independent copy of the KMS API definition; version 1.43.12, vendored in test/fixtures),
// including the AWS CLI's option names.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { kebab } from '../../src/cli/aws-cli/arguments.js';
import { OPERATIONS, type Shape } from '../../src/engine/model.js';

const DUMP = `
import json, sys, botocore.session
from botocore import xform_name
m = botocore.session.get_session().get_service_model('kms')
def shape(s):
    d = {'type': s.type_name, **{k: v for k, v in s.metadata.items() if k in ('min', 'max', 'enum', 'sensitive')}}
    if getattr(s, 'enum', None): d['enum'] = list(s.enum)
    if s.type_name == 'list': d['member'] = shape(s.member)
    if s.type_name == 'map': d['key'] = shape(s.key); d['value'] = shape(s.value)
    if s.type_name == 'structure':
        d['members'] = {k: shape(v) for k, v in s.members.items()}
        d['required'] = s.required_members
    return d
out = {}
for op in json.loads(sys.argv[1]):
    o = m.operation_model(op)
    out[op] = {'input': {k: shape(v) for k, v in o.input_shape.members.items()},
               'required': o.input_shape.required_members,
               'options': {k: xform_name(k, '-') for k in o.input_shape.members}}
print(json.dumps(out))
`;

interface BotoShape {
  type: string;
  min?: number;
  max?: number;
  enum?: string[];
  sensitive?: boolean;
  member?: BotoShape;
  key?: BotoShape;
  value?: BotoShape;
  members?: Record<string, BotoShape>;
  required?: string[];
}

function loadBotocore(): Record<string, { input: Record<string, BotoShape>; required: string[]; options: Record<string, string> }> | undefined {
  // botocore 1.43.12's KMS model, vendored: it takes precedence over the installed botocore's
  const env = { ...process.env, AWS_DATA_PATH: fileURLToPath(new URL('../../../test/fixtures/botocore-data', import.meta.url)) };
  const res = spawnSync('python3', ['-c', DUMP, JSON.stringify(Object.keys(OPERATIONS))], { encoding: 'utf8', env });
  return res.status === 0 ? JSON.parse(res.stdout) : undefined;
}

function compare(ours: Shape, theirs: BotoShape, path: string): void {
  expect(ours.type, path).to.equal(theirs.type);
  if (ours.type === 'string') {
    expect([...(ours.enum ?? [])].sort(), `${path} enum`).to.deep.equal([...(theirs.enum ?? [])].sort());
  }
  if (ours.type === 'string' || ours.type === 'blob' || ours.type === 'integer' || ours.type === 'list') {
    expect(ours.min, `${path} min`).to.equal(theirs.min);
    expect(ours.max, `${path} max`).to.equal(theirs.max);
  }
  if (ours.type === 'blob') expect(Boolean(ours.sensitive), `${path} sensitive`).to.equal(Boolean(theirs.sensitive));
  if (ours.type === 'list') compare(ours.member, theirs.member!, `${path}[]`);
  if (ours.type === 'map') {
    compare(ours.key, theirs.key!, `${path}.key`);
    compare(ours.value, theirs.value!, `${path}.value`);
  }
  if (ours.type === 'structure') {
    expect(Object.keys(ours.members), `${path} members`).to.deep.equal(Object.keys(theirs.members!));
    expect([...(ours.required ?? [])], `${path} required`).to.deep.equal(theirs.required);
    for (const [k, v] of Object.entries(ours.members)) compare(v, theirs.members![k], `${path}.${k}`);
  }
}

describe('the API model', function () {
  const botocore = loadBotocore();
  before(function () {
    if (!botocore) {
      console.warn('    (skipped: python3 with botocore is not installed)');
      this.skip();
    }
  });

  for (const [name, model] of Object.entries(OPERATIONS)) {
    it(`${name}: members, types, constraints, required members and CLI option names match AWS's model`, () => {
      const theirs = botocore![name];
      expect(Object.keys(model.input)).to.deep.equal(Object.keys(theirs.input));
      expect([...model.required].sort()).to.deep.equal([...theirs.required].sort());
      for (const [member, shape] of Object.entries(model.input)) {
        // the KeyId pattern is enforced by KMS's servers but absent from the published model
        const published = member.endsWith('KeyId') && shape.type === 'string' ? { ...shape, pattern: undefined } : shape;
        compare(published, theirs.input[member], `${name}.${member}`);
        expect(`--${kebab(member)}`).to.equal(`--${theirs.options[member]}`);
      }
    });
  }
});

describe("pskms kms pagination, against botocore's paginators", () => {
  it('follows pages for exactly the operations botocore paginates, by their result keys', async function () {
    const res = spawnSync('python3', ['-c', "import json, botocore.session; m = botocore.session.get_session().get_paginator_model('kms'); print(json.dumps({k: v['result_key'] for k, v in m._paginator_config.items()}))"], { encoding: 'utf8' });
    if (res.status !== 0) {
      console.warn('    (skipped: python3 with botocore is not installed)');
      this.skip();
    }
    const { PAGINATED } = await import('../../src/cli/aws-cli/pagination.js');
    expect(PAGINATED).to.deep.equal(JSON.parse(res.stdout));
  });
});
