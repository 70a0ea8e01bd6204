// Runs every test file with Node's test runner (through tsx). Node 20 does not expand globs, so the
// files are found here; finding none is an error, so a broken layout can never pass as "0 tests".
// --unit skips the browser and PostgreSQL-heavy suites (tests/e2e).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const unitOnly = process.argv.includes('--unit');
const roots = unitOnly ? ['src'] : ['src', 'tests'];
const files = [];
function walk(dir) {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (name.endsWith('.test.ts')) files.push(full);
  }
}
roots.forEach(walk);
files.sort();
if (files.length === 0) {
  console.error('No test files found under ' + roots.join(', '));
  process.exit(1);
}
const extra = process.argv.slice(2).filter((a) => a !== '--unit');
const result = spawnSync(process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...extra, ...files],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
process.exit(result.status ?? 1);
