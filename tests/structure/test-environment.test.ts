// `npm test` must never hang on a machine that lacks what the tests need: it stops at once with one
// line saying what to install.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('npm test on a machine without what it needs', () => {
  it('stops at once with one line naming what to install when Chromium is missing', () => {
    const run = spawnSync(process.execPath, ['scripts/run-tests.mjs'], {
      env: { ...process.env, SAMSKAB_CHROMIUM: '/nonexistent/chromium' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0]!, /SAMSKAB_CHROMIUM=\/nonexistent\/chromium does not exist/);
    assert.doesNotMatch(run.stdout, /Databases tested/, 'no test ran');
  });

  it('stops at once with one line when the given PostgreSQL server does not answer', () => {
    const run = spawnSync(process.execPath, ['scripts/run-tests.mjs'], {
      env: { ...process.env, TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' }, encoding: 'utf8', timeout: 60_000,
    });
    assert.equal(run.status, 1);
    assert.match(run.stderr.trim(), /^TEST_DATABASE_URL=postgres:\/\/postgres@127\.0\.0\.1:1\/none does not answer: start that PostgreSQL server or unset the variable\.$/);
  });
});
