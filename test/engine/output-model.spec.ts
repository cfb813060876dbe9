// The output model (each response's members, in the model's order, and the structures inside)
// agrees with botocore 1.43.12's KMS model, vendored in test/fixtures: the front ends that
// shape responses (.NET types for the cmdlets, the wire, the CLI's output) read it.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { OUTPUTS, STRUCTURES, type OutputShape } from '../../src/engine/output-model.js';
import type { OperationName } from '../../src/engine/model.js';

interface BotoShape { type: string; members?: Record<string, { shape: string }>; member?: { shape: string } }
const model = JSON.parse(readFileSync(new URL('../../../test/fixtures/botocore-data/kms/2014-11-01/service-2.json', import.meta.url), 'utf8')) as {
  operations: Record<string, { output?: { shape: string } }>;
  shapes: Record<string, BotoShape>;
};

/** Our output shape for a botocore shape: scalars by type, structures by name, lists of either. */
function ours(shapeName: string): unknown {
  const shape = model.shapes[shapeName];
  switch (shape.type) {
    case 'structure': return shapeName;
    case 'list': return { list: ours(shape.member!.shape) };
    case 'long': return 'integer';
    default: return shape.type;
  }
}

/** The structure names botocore gives that pskms names otherwise (the same members). */
const STRUCTURE_NAMES: Readonly<Record<string, string>> = {};

function compareStructure(name: string, members: Readonly<Record<string, OutputShape>>, botoName: string, seen: Set<string>): void {
  const boto = model.shapes[botoName];
  expect(Object.keys(members), `${name} members, in order`).to.deep.equal(Object.keys(boto.members ?? {}));
  for (const [member, ref] of Object.entries(boto.members ?? {})) {
    const expected = ours(ref.shape);
    const actual = members[member];
    const structureOf = (s: unknown): string | undefined => (typeof s === 'string' && model.shapes[s]?.type === 'structure' ? s : typeof s === 'object' && s !== null ? structureOf((s as { list: unknown }).list) : undefined);
    const botoStructure = structureOf(expected);
    if (botoStructure) {
      const ourName = STRUCTURE_NAMES[botoStructure] ?? botoStructure;
      expect(JSON.stringify(actual), `${name}.${member}`).to.equal(JSON.stringify(expected).replace(`"${botoStructure}"`, `"${ourName}"`));
      if (!seen.has(ourName)) {
        seen.add(ourName);
        expect(STRUCTURES, `structure ${ourName}`).to.have.property(ourName);
        compareStructure(ourName, STRUCTURES[ourName as keyof typeof STRUCTURES] as Readonly<Record<string, OutputShape>>, botoStructure, seen);
      }
    } else {
      expect(actual, `${name}.${member}`).to.deep.equal(expected);
    }
  }
}

describe('the output model, against botocore', () => {
  const seen = new Set<string>();
  for (const operation of Object.keys(OUTPUTS) as OperationName[]) {
    it(`${operation}: every response member, in order, with its type`, () => {
      const output = model.operations[operation].output?.shape;
      if (!output) return expect(OUTPUTS[operation]).to.deep.equal({});
      compareStructure(`${operation}Response`, OUTPUTS[operation], output, seen);
    });
  }
});
