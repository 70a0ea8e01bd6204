// Structure checks the linter cannot express: file names in kebab-case, no barrels or dumping
// grounds, and no folder grown past ~15 files without being split by noun.
import { readdirSync, statSync } from 'node:fs';
import { join, basename } from 'node:path';

const problems = [];
function walk(dir) {
  const entries = readdirSync(dir);
  const files = entries.filter((e) => statSync(join(dir, e)).isFile() && /\.(ts|tsx)$/.test(e) && !e.endsWith('.test.ts') && !e.endsWith('.test.tsx'));
  if (files.length > 25) problems.push(`${dir} has ${files.length} source files: split it by noun`);
  for (const entry of entries) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) { walk(full); continue; }
    if (!/\.(ts|tsx)$/.test(entry)) continue;
    const stem = basename(entry).replace(/\.(test\.)?tsx?$/, '');
    if (!/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/.test(stem)) problems.push(`${full}: file names are kebab-case`);
    if (stem === 'index') problems.push(`${full}: no index.ts barrels; import the file that exports the thing`);
    if (/^(utils?|helpers?|misc|common)$/.test(stem)) problems.push(`${full}: no dumping grounds; put the helper with the noun it serves`);
  }
}
walk('src');
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('structure ok');
