// Structure checks on src/ that the linter cannot express: every .ts/.tsx file name is kebab-case
// (dots may join parts, as in summits.routes.ts), there is no index.ts barrel and no utils, helpers,
// misc or common file, no folder holds more than 25 source files (tests not counted) before it
// is split by noun, and the folders of use-cases/ import each other without a cycle (a shared step
// moves up to use-cases/ itself, so one folder can be read without the other).
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

function useCaseFolderCycles(root) {
  const folders = readdirSync(root).filter((e) => statSync(join(root, e)).isDirectory());
  const edges = new Map(folders.map((f) => [f, new Set()]));
  for (const folder of folders) {
    for (const file of readdirSync(join(root, folder)).filter((e) => /\.tsx?$/.test(e))) {
      for (const [, target] of readFileSync(join(root, folder, file), 'utf8').matchAll(/from '\.\.\/([a-z0-9-]+)\//g)) {
        if (target !== folder && edges.has(target)) edges.get(folder).add(target);
      }
    }
  }
  const cycles = [];
  const visit = (folder, path) => {
    for (const next of edges.get(folder)) {
      if (next === path[0]) cycles.push([...path, next].join(' → '));
      else if (!path.includes(next) && next > path[0]) visit(next, [...path, next]);
    }
  };
  for (const folder of folders) visit(folder, [folder]);
  return cycles;
}
for (const cycle of useCaseFolderCycles('src/use-cases')) problems.push(`src/use-cases folders import each other in a cycle: ${cycle}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('structure ok');
