// The `samskab seat` and `samskab mdgp` commands, run as a user would (a child process), so this
// file imports nothing from the CLI and the solver stays free of it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
let dir = '';
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8' });
const file = (name: string, text: string): string => { const path = join(dir, name); writeFileSync(path, text); return path; };

const good = {
  people: [
    { id: 'f1', facilitator: true }, { id: 'f2', facilitator: true },
    ...Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, attributes: { sector: i % 2 ? 'borger' : 'politiker', area: `a${i % 3}` } })),
  ],
  tables: [{ id: 'T1', min: 4, max: 6 }, { id: 'T2', min: 4, max: 6 }],
  rounds: 2,
  keepApart: [['p0', 'p1']],
  fixed: [{ person: 'p3', table: 'T2', round: 1 }],
};

describe('samskab seat', () => {
  before(() => { dir = mkdtempSync(join(tmpdir(), 'samskab-seat-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plan, the score and no violations as JSON and exits 0', () => {
    const run = cli('seat', file('good.json', JSON.stringify(good)), '--seconds', '0.2', '--seed', '2');
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.rounds.length, 2);
    assert.deepEqual(out.violations, []);
    for (const key of ['repeatedPairs', 'fewestNewPeople', 'sameValuePairs', 'sameValuePairsLowerBound']) assert.ok(key in out.score, key);
    assert.ok(out.rounds[0].tables.find((t: { id: string }) => t.id === 'T2').people.includes('p3'));
  });

  it('names the design it started from when the sizes fit one (16 people at 4 tables of 4 over 5 rounds)', () => {
    const people = Array.from({ length: 16 }, (_, i) => ({ id: `p${i}` }));
    const tables = Array.from({ length: 4 }, (_, i) => ({ id: `T${i + 1}`, min: 4, max: 4 }));
    const run = cli('seat', file('design.json', JSON.stringify({ people, tables, rounds: 5 })), '--seconds', '0.5', '--seed', '1');
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /design start \(/);
    assert.doesNotMatch(run.stderr, /greedy start/);
    assert.equal(JSON.parse(run.stdout).score.repeatedPairs, 0);
  });

  it('exits 2 with a message on malformed JSON', () => {
    const run = cli('seat', file('bad.json', '{"people": ['), '--seconds', '1');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /not valid JSON/);
  });

  it('exits 2 on unknown and duplicate ids', () => {
    const input = { ...good, people: [...good.people, { id: 'p0' }], keepApart: [['p0', 'ghost']] };
    const run = cli('seat', file('ids.json', JSON.stringify(input)), '--seconds', '1');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /ghost/);
    assert.match(run.stderr, /more than once/);
  });

  it('exits 2 when the tables cannot seat everyone', () => {
    const run = cli('seat', file('sizes.json', JSON.stringify({ ...good, tables: [{ id: 'T1', min: 1, max: 3 }] })), '--seconds', '1');
    assert.equal(run.status, 2);
  });

  it('exits 2 on a missing file and on bad flags', () => {
    assert.equal(cli('seat', join(dir, 'missing.json'), '--seconds', '1').status, 2);
    assert.equal(cli('seat', file('ok.json', JSON.stringify(good))).status, 2);
    assert.equal(cli('seat', file('ok2.json', JSON.stringify(good)), '--seconds', 'soon').status, 2);
  });
});

describe('samskab mdgp', () => {
  before(() => { dir = mkdtempSync(join(tmpdir(), 'samskab-mdgp-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the objective and a 0-based assignment', () => {
    const lines = ['4 2 ss 2 2 2 2'];
    for (let i = 0; i < 4; i++) for (let j = i + 1; j < 4; j++) lines.push(`${i} ${j} ${i + j === 3 ? 10 : 1}`);
    const run = cli('mdgp', file('tiny.txt', lines.join('\n')), '--seconds', '0.1', '--seed', '7');
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.objective, 20);
    assert.equal(out.assignment.length, 4);
    assert.equal(out.assignment[0], out.assignment[3]);
  });

  it('exits 2 on a file that is not MDGPLIB', () => {
    assert.equal(cli('mdgp', file('junk.txt', 'hello'), '--seconds', '1').status, 2);
  });
});
