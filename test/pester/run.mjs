// Runs the Pester suite in real PowerShell: installs pwsh (the local dotnet tool pinned in
// .config/dotnet-tools.json) and Pester with the AWS SDK for .NET (test/pester/deps), then
// runs every *.Tests.ps1 here against the built module. Exits non-zero when a test fails.
//   node test/pester/run.mjs [path-or-filter…]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error?.code === 'ENOENT') return { missing: true };
  return { status: result.status ?? 1 };
}

if (spawnSync('dotnet', ['--version'], { stdio: 'ignore' }).error?.code === 'ENOENT') {
  console.error([
    'pskms: the Pester suite needs the .NET SDK (the `dotnet` command), which is not on PATH.',
    'It installs PowerShell 7.6.10 and Pester 6.2.0 from NuGet with it.',
    'Install the .NET 8 SDK or later (https://dotnet.microsoft.com/download), or run only the',
    'TypeScript suite with `npm run test:ts`.',
  ].join('\n'));
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'src', 'cli', 'pskms.js'))) {
  console.error('pskms: build first (npm run build): the module runs dist/src/cli/pskms.js');
  process.exit(2);
}

for (const [command, args] of [
  ['dotnet', ['tool', 'restore']],
  ['dotnet', ['restore', join('test', 'pester', 'deps'), '--verbosity', 'quiet']],
]) {
  const { status } = run(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (status !== 0) {
    console.error(`pskms: \`${command} ${args.join(' ')}\` failed (exit ${status})`);
    process.exit(status);
  }
}

const packages = spawnSync('dotnet', ['nuget', 'locals', 'global-packages', '--list'], { encoding: 'utf8' }).stdout
  .replace(/^.*?global-packages:\s*/s, '').trim();
const { status } = run('dotnet', [
  'tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-File', join(here, 'Invoke-PesterSuite.ps1'),
  '-NuGetPackages', packages, ...process.argv.slice(2),
]);
process.exit(status);
