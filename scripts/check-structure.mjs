// Structure checks on src/ that the linter cannot express: every .ts/.tsx file name is kebab-case
// (dots may join parts, as in summits.routes.ts), there is no index.ts barrel and no utils, helpers,
// misc or common file, and no folder holds more than 25 source files (tests not counted) before it
// is split by noun.
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
