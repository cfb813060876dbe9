// The cmdlet definitions agree with the API model they drive: every parameter fills a real
// request member, every required member has a mandatory parameter, and the class and action
// names follow AWS.Tools' pattern.
import { expect } from 'chai';
import { allCmdlets, CMDLET_NAMES, findCmdlet } from '../../cmdlets/index.js';
import { cmdletClassName, memberOf } from '../../src/binding/definition.js';
import { OPERATIONS } from '../../src/engine/model.js';

describe('cmdlet definitions', () => {
  it('there is one cmdlet per operation of the engine, one per file, each named as AWS.Tools names it', async () => {
    const defs = await allCmdlets();
    expect(defs.map((d) => d.name)).to.deep.equal([...CMDLET_NAMES]);
    expect(defs.map((d) => d.operation).sort()).to.deep.equal(Object.keys(OPERATIONS).sort());
    expect(cmdletClassName(defs.find((d) => d.name === 'Get-KMSSharedSecret')!)).to.equal('Amazon.PowerShell.Cmdlets.KMS.GetKMSSharedSecretCmdlet');
    expect((await findCmdlet('get-kmskeys'))?.name).to.equal('Get-KMSKeyList');
    expect((await findCmdlet('invoke-kmssigning'))?.name).to.equal('Invoke-KMSSigning');
    expect(await findCmdlet('Invoke-KMSVerify')).to.equal(undefined);
  });

  for (const name of CMDLET_NAMES) {
    it(`${name}: parameters map onto the request members of its operation`, async () => {
      const def = (await findCmdlet(name))!;
      const model = OPERATIONS[def.operation];
      for (const param of def.parameters) {
        const member = memberOf(param);
        if (member === '') continue;
        const [top, sub] = member.split('.');
        const shape = model.input[top];
        expect(shape, `${name} -${param.name} → ${member}`).to.not.equal(undefined);
        if (sub) expect(shape.type === 'structure' && shape.members[sub], `${name} -${param.name} → ${member}`).to.be.ok;
      }
      for (const required of model.required) {
        const param = def.parameters.find((p) => memberOf(p) === required);
        expect(param?.mandatory, `${name}: required member ${required}`).to.equal(true);
      }
      expect(def.parameters.filter((p) => p.position !== undefined).length).to.be.at.most(1);
    });
  }
});
