#!/usr/bin/env node
// pskms: routes the first word to a front end, loading only that front end.
//   pskms kms <operation> [--options]        the AWS-CLI dialect
//   pskms <Verb-KMSNoun> [-Parameter value]  the cmdlet dialect (AWS.Tools' cmdlets)
//   pskms module-host                        the PowerShell module's protocol (stdin/stdout)
//   pskms attestation-doc --public-key …     a Nitro attestation document from a test root
//   pskms serve [--port 4599]                the KMS wire protocol over HTTP
const USAGE = `usage: pskms kms <operation> [--option value ...]
       pskms <Cmdlet-Name> [-Parameter value ...]
       pskms kms help | pskms cmdlets`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'kms':
      return (await import('./aws-cli/run.js')).runAwsCli(rest);
    case 'serve':
      return (await import('../server/serve.js')).runServe(rest);
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
    default: {
      const def = command.includes('-') ? await (await import('../../cmdlets/index.js')).findCmdlet(command) : undefined;
      if (def) return (await import('./cmdlets/run.js')).runCmdlet(def, rest);
      process.stderr.write(`${USAGE}\npskms: error: unknown command '${command}'\n`);
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
