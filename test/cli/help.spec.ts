// Help for every command (issue 12, item 17): pskms --help names every command, serve --help
// works, each `pskms kms <op> help` describes its options and the global ones, and the cmdlet
// dialect has Get-Help and -? from the same source as the module's Get-Help.
import { expect } from 'chai';
import { allCmdlets } from '../../cmdlets/index.js';
import { parameterHelp } from '../../src/binding/cmdlet-help.js';
import { declaredParameters } from '../../src/binding/definition.js';
import { OPERATIONS } from '../../src/engine/model.js';
import { pskms } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

const kebab = (s: string) => s.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase());

describe('help', () => {
  const home = tempHome();

  it('pskms --help names every command', () => {
    const res = pskms(home, ['--help']);
    expect(res.code).to.equal(0);
    for (const command of ['pskms kms', 'pskms <Cmdlet-Name>', 'pskms serve', 'pskms attestation-doc', 'pskms module-host', 'pskms --version', 'pskms cmdlets', 'Get-Help']) {
      expect(res.stdout).to.contain(command);
    }
  });

  it('pskms serve --help works', () => {
    const res = pskms(home, ['serve', '--help']);
    expect(res.code).to.equal(0);
    expect(res.stdout).to.match(/^usage: pskms serve \[--host 127\.0\.0\.1\] \[--port 4599\]/);
  });

  it('pskms kms <operation> help describes every option and lists the global options', () => {
    for (const [name, model] of Object.entries(OPERATIONS)) {
      const res = pskms(home, ['kms', kebab(name), 'help']);
      expect(res.code, name).to.equal(0);
      const options = res.stdout.slice(res.stdout.indexOf('\nOPTIONS\n'));
      for (const member of Object.keys(model.input)) expect(options, `${name} --${kebab(member)}`).to.match(new RegExp(`\\n  --${kebab(member)}( \\(required\\))?\\n      \\S`));
      for (const global of ['--query', '--output', '--endpoint-url', '--region', '--profile', '--cli-input-json', '--generate-cli-skeleton', '--debug']) {
        expect(res.stdout, `${name} ${global}`).to.contain(`\n  ${global}`);
      }
    }
    expect(pskms(home, ['kms', 'list-keys', 'help']).stdout).to.contain('\n  --no-paginate\n');
  });

  it('pskms Get-Help <Cmdlet> -Full gives each parameter the module\'s help text, and -? the summary', async () => {
    for (const def of await allCmdlets()) {
      const full = pskms(home, ['Get-Help', def.name, '-Full']);
      expect(full.code, def.name).to.equal(0);
      const text = full.stdout.replace(/\s+/g, ' ');
      expect(text).to.contain(def.synopsis);
      expect(text).to.contain(def.example.split('\n')[0]);
      for (const param of declaredParameters(def)) {
        expect(text, `${def.name} -${param.name}`).to.contain(`-${param.name} <`);
        expect(text, `${def.name} -${param.name}`).to.contain(parameterHelp(def, param));
      }
    }
    const brief = pskms(home, ['Invoke-KMSSigning', '-?']);
    expect(brief.code).to.equal(0);
    expect(brief.stdout).to.match(/NAME\n {4}Invoke-KMSSigning\n/);
    expect(brief.stdout).to.contain('SYNTAX');
  });

  it('an unknown cmdlet suggests the closest names', () => {
    const res = pskms(home, ['Get-KMSKeyz']);
    expect([res.code, res.stderr]).to.deep.equal([252, "pskms: error: 'Get-KMSKeyz' is not a cmdlet pskms has. Did you mean: Get-KMSKey, Get-KMSKeyList?\n"]);
    expect(pskms(home, ['Get-Help', 'Invoke-KMSSign']).stderr).to.contain('Did you mean: Invoke-KMSSigning?');
  });
});
