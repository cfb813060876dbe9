#!/usr/bin/env node
// pskms: routes the first word to a front end, loading only that front end.
//   pskms kms <operation> [--options]        the AWS-CLI dialect
//   pskms <Verb-KMSNoun> [-Parameter value]  the cmdlet dialect (AWS.Tools' cmdlets)
//   pskms module-host                        the PowerShell module's protocol (stdin/stdout)
//   pskms attestation-doc --public-key …     a Nitro attestation document from a test root
//   pskms serve [--port 4599]                the KMS wire protocol over HTTP
const USAGE = `usage: pskms <command> ...

  pskms kms <operation> [--option value ...]    KMS as the AWS CLI has it: pskms kms help,
                                                 pskms kms <operation> help
  pskms <Cmdlet-Name> [-Parameter value ...]    AWS.Tools' KMS cmdlets: pskms cmdlets lists them,
                                                 pskms Get-Help <Cmdlet-Name> [-Full] or <Cmdlet-Name> -?
  pskms serve [--port 4599] [--host 127.0.0.1]  the KMS API over HTTP, for any KMS client:
                                                 pskms serve --help
  pskms seed <file.yaml|file.json>              makes the keys (ids, specs, aliases, tags, policies,
                                                 material) a file describes; seeding again changes nothing
  pskms export [--all] [--out <file>]           writes the store's keys out in the seed format
  pskms attestation-doc --public-key <key>      a Nitro Enclaves attestation document from a local
                                                 test root, for Recipient
  pskms module-host                             the PowerShell module's host process (the module
                                                 starts it)
  pskms --version                               pskms's version

The store is ~/.pskms, or the directory in PSKMS_HOME.`;

async function unknownCmdlet(name: string, names: readonly string[]): Promise<number> {
  const close = (await import('./close-matches.js')).closeMatches(name, names, (s) => s.toLowerCase());
  const hint = close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : ' pskms cmdlets lists the cmdlets.';
  process.stderr.write(`pskms: error: '${name}' is not a cmdlet pskms has.${hint}\n`);
  return 252;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'kms':
      return (await import('./aws-cli/run.js')).runAwsCli(rest);
    case 'serve':
      return (await import('../server/serve.js')).runServe(rest);
    case 'seed':
      return (await import('./seed.js')).runSeed(rest);
    case 'export':
      return (await import('./seed.js')).runExport(rest);
    case 'attestation-doc':
      return (await import('./attestation-doc.js')).runAttestationDoc(rest);
    case 'module-host':
      return (await import('./cmdlets/module-host.js')).runModuleHost();
    case 'cmdlets':
      process.stdout.write(`${(await import('../../cmdlets/index.js')).CMDLET_NAMES.join('\n')}\n`);
      return 0;
    case '--version':
    case 'version':
      process.stdout.write(`pskms ${(await import('./version.js')).VERSION}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 252 : 0;
    case 'Get-Help':
    case 'get-help': {
      const cmdlets = await import('../../cmdlets/index.js');
      const name = rest.find((w) => !w.startsWith('-'));
      const def = name ? await cmdlets.findCmdlet(name) : undefined;
      if (!def) return unknownCmdlet(name ?? '', cmdlets.CMDLET_NAMES);
      return (await import('./cmdlets/run.js')).printHelp(def, rest.some((w) => /^-(full|detailed)$/i.test(w)));
    }
    default: {
      const cmdlets = command.includes('-') ? await import('../../cmdlets/index.js') : undefined;
      const def = cmdlets ? await cmdlets.findCmdlet(command) : undefined;
      if (def) return (await import('./cmdlets/run.js')).runCmdlet(def, rest);
      if (cmdlets) return unknownCmdlet(command, cmdlets.CMDLET_NAMES);
      process.stderr.write(`${USAGE}\n\npskms: error: unknown command '${command}'\n`);
      return 252;
    }
  }
}

// a reader that went away (`pskms Get-KMSKeyList | head -1`): stop quietly, as a shell tool does
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
