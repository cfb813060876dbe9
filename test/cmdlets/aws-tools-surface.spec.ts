// The whole surface against its sources (issue 13): every operation of botocore 1.43.12's KMS
// model is an operation of the engine, and every AWS.Tools KMS cmdlet exists with AWS.Tools'
// operation, default output, ShouldProcess target and pipeline parameter (kms.xml, in
// test/fixtures/aws-tools-kms-cmdlets.json), and its compatibility aliases.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { allCmdlets, CMDLET_NAMES, findCmdlet } from '../../cmdlets/index.js';
import { OPERATIONS } from '../../src/engine/model.js';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/${path}`, import.meta.url), 'utf8'));

interface AwsToolsCmdlet {
  Cmdlet: string;
  Operation: string;
  Select: string;
  ShouldProcessTarget: string | null;
  PipelineParameter: string | null;
}

describe('the whole KMS surface, against botocore and AWS.Tools', () => {
  const awsTools = fixture('aws-tools-kms-cmdlets.json') as { Aliases: Record<string, string>; Cmdlets: AwsToolsCmdlet[] };

  it("has every operation of botocore's KMS model, and no other", () => {
    const botocore = Object.keys(fixture('botocore-data/kms/2014-11-01/service-2.json').operations).sort();
    expect(botocore).to.have.length(54);
    expect(Object.keys(OPERATIONS).sort()).to.deep.equal(botocore);
  });

  it("has every AWS.Tools KMS cmdlet, one for each operation, and no other", () => {
    expect([...CMDLET_NAMES].sort()).to.deep.equal(awsTools.Cmdlets.map((c) => c.Cmdlet).sort());
    expect(awsTools.Cmdlets.map((c) => c.Operation).sort()).to.deep.equal(Object.keys(OPERATIONS).sort());
  });

  it("gives each cmdlet AWS.Tools' operation, default output, ShouldProcess target and pipeline parameter", async () => {
    const defs = new Map((await allCmdlets()).map((d) => [d.name, d]));
    for (const expected of awsTools.Cmdlets) {
      const def = defs.get(expected.Cmdlet)!;
      const actual = {
        Cmdlet: def.name,
        Operation: def.operation,
        Select: def.select === '' ? '-' : def.select,
        ShouldProcessTarget: def.shouldProcess === undefined ? null : def.shouldProcess.target ?? '(anonymous)',
        PipelineParameter: def.parameters.find((p) => p.valueFromPipeline)?.name ?? null,
      };
      expect(actual, expected.Cmdlet).to.deep.equal(expected);
    }
  });

  it("has AWS.Tools' compatibility aliases", async () => {
    for (const [alias, cmdlet] of Object.entries(awsTools.Aliases)) expect((await findCmdlet(alias))?.name, alias).to.equal(cmdlet);
  });
});
