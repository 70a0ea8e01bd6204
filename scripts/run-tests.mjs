// Runs every test file with Node's test runner (through tsx). Node 20 does not expand globs, so the
// files are found here; finding none is an error, so a broken layout can never pass as "0 tests".
// The whole run first finds (or on Debian as root, installs) what the tests need: Chromium,
// poppler-utils and fonts, and a PostgreSQL server (scripts/test-environment.mjs); what cannot be
// had stops the run at once with one line saying what to install. Every test has a deadline and
// so has the run, so it never hangs, and it ends by saying which databases it ran on.
// --unit runs only the tests under src/, on SQLite, with nothing to provision.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensurePdfTools, findChromium, findPostgres, MissingTool } from './test-environment.mjs';

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
const env = { ...process.env, NODE_ENV: 'test' };
const databases = ['SQLite'];
if (!unitOnly) {
  try {
    env.SAMSKAB_CHROMIUM = findChromium();
    ensurePdfTools();
    const postgres = await findPostgres();
    env.TEST_DATABASE_URL = postgres.url;
    databases.push(`PostgreSQL ${postgres.version} (${new URL(postgres.url).host})`);
  } catch (error) {
    if (!(error instanceof MissingTool)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const extra = process.argv.slice(2).filter((a) => a !== '--unit');
const result = spawnSync(process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=600000', ...extra, ...files],
  { stdio: 'inherit', env, timeout: 45 * 60_000, killSignal: 'SIGKILL' });
if (result.error?.code === 'ETIMEDOUT') console.error('The tests ran for over 45 minutes and were stopped.');
console.log(`Databases tested: ${databases.join(' and ')}${unitOnly ? ' (unit tests only)' : ''}`);
process.exit(result.status ?? 1);
