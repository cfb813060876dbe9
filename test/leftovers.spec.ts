// The suite leaves nothing in the system's temp directory (issue 12, item 19: it left about
// twenty folders holding credentials files). Everything a test writes goes under the run's one
// scratch root, which is removed when the run ends.
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { ROOT } from './helpers/scratch-root.js';

const before = new Set(readdirSync(tmpdir()));
const root = basename(ROOT);

after('nothing of pskms is left in the temp directory but the run\'s scratch root', () => {
  const added = readdirSync(tmpdir()).filter((name) => !before.has(name) && name.startsWith('pskms') && name !== root);
  expect(added).to.deep.equal([]);
});
