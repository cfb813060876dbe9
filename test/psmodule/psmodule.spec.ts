// The PowerShell module: generated from cmdlets/ (and not stale), valid PowerShell by a real
// PowerShell grammar, and declaring each cmdlet as its definition says.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';
import { allCmdlets } from '../../cmdlets/index.js';
import { FORMAT_PATH, generateFormat, generateKmsTypes, generatePsd1, generatePsm1, KMS_TYPES_PATH, PSD1_PATH, PSM1_PATH, RUNTIME_PATH } from '../../psmodule/generate.js';
import { declaredParameters } from '../../src/binding/definition.js';

const require = createRequire(import.meta.url);

async function powershellParser(): Promise<Parser> {
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function problems(node: Node, found: string[] = []): string[] {
  if (node.type === 'ERROR' || node.isMissing) found.push(`${node.type} at ${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
  for (const child of node.children) if (child) problems(child, found);
  return found;
}

describe('the PowerShell module', function () {
  let parser: Parser;
  const psm1 = readFileSync(PSM1_PATH, 'utf8');
  before(async () => (parser = await powershellParser()));

  it('is what psmodule/generate.ts makes from cmdlets/ (run `npm run generate:psmodule` after changing a definition)', async () => {
    expect(psm1).to.equal(await generatePsm1());
    expect(readFileSync(PSD1_PATH, 'utf8')).to.equal(await generatePsd1());
    expect(readFileSync(KMS_TYPES_PATH, 'utf8')).to.equal(generateKmsTypes());
    expect(readFileSync(FORMAT_PATH, 'utf8')).to.equal(generateFormat());
  });

  it('parses as PowerShell without errors (psm1, its runtime and psd1)', () => {
    expect(problems(parser.parse(psm1)!.rootNode)).to.deep.equal([]);
    expect(problems(parser.parse(readFileSync(RUNTIME_PATH, 'utf8'))!.rootNode)).to.deep.equal([]);
    expect(problems(parser.parse(readFileSync(PSD1_PATH, 'utf8'))!.rootNode)).to.deep.equal([]);
  });

  it('the syntax check catches a broken module', () => {
    const broken = psm1.replace('function Get-KMSKey {', 'function Get-KMSKey {{').replace("[Parameter(Mandatory = $true", "[Parameter(Mandatory = $true (");
    expect(problems(parser.parse(broken)!.rootNode)).to.not.deep.equal([]);
  });

  it('declares every cmdlet with its parameters, aliases, positions, pipeline flags and ShouldProcess', async () => {
    const tree = parser.parse(psm1)!;
    const functions = new Map<string, string>();
    for (const fn of tree.rootNode.descendantsOfType('function_statement')) {
      const name = fn?.descendantsOfType('function_name')[0]?.text;
      if (fn && name) functions.set(name, fn.text);
    }
    for (const def of await allCmdlets()) {
      const text = functions.get(def.name);
      expect(text, def.name).to.be.a('string');
      expect(text!.includes('SupportsShouldProcess = $true'), `${def.name} ShouldProcess`).to.equal(Boolean(def.shouldProcess));
      for (const param of declaredParameters(def)) {
        expect(text, `${def.name} -${param.name}`).to.match(new RegExp(`\\$${param.name}\\b`));
        const block = text!.slice(0, text!.indexOf(`$${param.name}`)).split('[Parameter(').pop()!;
        expect(block.includes('Mandatory = $true'), `${def.name} -${param.name} mandatory`).to.equal(Boolean(param.mandatory));
        expect(block.includes('ValueFromPipeline = $true'), `${def.name} -${param.name} VFP`).to.equal(Boolean(param.valueFromPipeline));
        if (param.position !== undefined) expect(block).to.contain(`Position = ${param.position}`);
        for (const alias of param.aliases ?? []) expect(block).to.contain(`'${alias}'`);
      }
    }
    const exported = /Export-ModuleMember -Function @\(([^)]*)\)/.exec(psm1)![1];
    const aliases = /-Alias @\(([^)]*)\)/.exec(psm1)![1].split(', ').map((s) => s.slice(1, -1));
    expect(aliases).to.deep.equal((await allCmdlets()).flatMap((d) => d.aliases ?? []));
    expect(aliases).to.include.members(['Get-KMSKeys', 'Get-KMSAliases']);
    expect(exported.split(', ').map((s) => s.slice(1, -1))).to.deep.equal((await allCmdlets()).map((d) => d.name));
  });
});
