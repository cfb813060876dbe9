#!/usr/bin/env node
// pskms: routes the first word to a front end, loading only that front end.
//   pskms kms <operation> [--options]   the AWS-CLI dialect
const USAGE = `usage: pskms kms <operation> [--option value ...]
       pskms kms help`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'kms':
      return (await import('./aws-cli/run.js')).runAwsCli(rest);
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
    default:
      process.stderr.write(`${USAGE}\npskms: error: unknown command '${command}'\n`);
      return 252;
  }
}

process.exitCode = await main(process.argv.slice(2));
