// The compiled build (scripts/build.mjs), which `npm install` makes and `npm start` and `samskab`
// run: every other test runs the TypeScript sources, so this one proves that what ships works
// without a TypeScript loader: the server with the demo summit and its assets, the CLI, and each
// worker thread's compiled entry where the code that starts it looks for it.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { freePort } from '../support/server-process.ts';

const root = join(import.meta.dirname, '../..');
// Inside the project (.gitignore'd), so the build finds node_modules as dist/ does.
const out = join(root, `.dist-test-${process.pid}`);
const scratch = mkdtempSync(join(tmpdir(), 'samskab-compiled-'));
const compiledEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', SAMSKAB_DATA_DIR: join(scratch, 'data'), SAMSKAB_LOG_LEVEL: 'warn' };

function runWorker(file: string, workerData: unknown, send?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(join(out, 'js', file), { workerData });
    worker.on('message', (message: { type?: string }) => {
      if (message.type === 'progress') return;
      void worker.terminate();
      resolve(message);
    });
    worker.on('error', reject);
    if (send) worker.postMessage(send);
  });
}

describe('the compiled build', () => {
  let server: ChildProcess | undefined;
  let url = '';

  before(async () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], { cwd: root, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, [join(out, 'js/main.js')], {
      stdio: 'ignore', env: { ...compiledEnv, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'true' },
    });
    for (let i = 0; i < 600 && !(await fetch(`${url}/healthz`).then((r) => r.ok, () => false)); i++) {
      assert.equal(server.exitCode, null, 'the compiled server ended before it answered');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  after(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('serves the demo summit in Danish, its assets and the OpenAPI document', async () => {
    const list = await (await fetch(`${url}/`)).text();
    const summit = /href="(\/topmoede\/[^"]+)"/.exec(list)?.[1];
    assert.ok(summit, 'the front page links the demo summit');
    const page = await fetch(`${url}${summit}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Tølløse/);
    assert.equal((await fetch(`${url}/assets/app.css`)).status, 200, 'web/assets is copied beside the bundle');
    assert.equal((await fetch(`${url}/assets/dkfds/css/dkfds.min.css`)).status, 200);
    assert.match(await (await fetch(`${url}/api/openapi.json`)).text(), /"openapi"/);
  });

  it('runs CLI commands on the server\'s database: --help, and an account with its API token', () => {
    const cli = (args: string[], input?: string) => spawnSync(process.execPath, [join(out, 'js/cli.js'), ...args], { env: compiledEnv, encoding: 'utf8', input });
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /seat/);
    const account = cli(['create-coordinator', 'compiled@example.dk'], 'Compiled-password-2026!\n');
    assert.equal(account.status, 0, account.stderr);
    const token = cli(['create-api-token', 'compiled@example.dk']);
    assert.equal(token.status, 0, token.stderr);
    assert.match(token.stdout.trim(), /\S{20,}/);
  });

  it('finds each worker thread\'s compiled entry beside the code that starts it', () => {
    const chunks = readdirSync(join(out, 'js')).filter((f) => f.endsWith('.js'));
    for (const entry of ['solver-worker', 'transport-thread', 'invitation-import-worker']) {
      const starters = chunks.filter((f) => readFileSync(join(out, 'js', f), 'utf8').includes(`"./${entry}.js"`));
      assert.ok(starters.length > 0, `some chunk starts ${entry}.js`);
      assert.ok(existsSync(join(out, 'js', `${entry}.js`)), `${entry}.js sits beside it`);
    }
  });

  it('plans seats in the compiled solver worker', async () => {
    const people = Array.from({ length: 8 }, (_, i) => ({ id: `p${i}` }));
    const answer = await runWorker('solver-worker.js', {
      kind: 'seating', seconds: 0.2, seed: 1, stop: new SharedArrayBuffer(4),
      problem: { people, tables: [{ id: 'T1', min: 4, max: 4 }, { id: 'T2', min: 4, max: 4 }], rounds: 2 },
    }) as { type: string; result: { rounds: unknown[] } };
    assert.equal(answer.type, 'done');
    assert.equal(answer.result.rounds.length, 2);
  });

  it('writes a message to the outbox folder in the compiled mail thread', async () => {
    const dir = join(scratch, 'outbox');
    const message = {
      id: 'compiled-1', summitId: null, kind: 'invitation', toAddress: 'someone@example.dk', subject: 'Prøve', bodyText: 'Hej',
      status: 'pending', attempts: 0, nextAttemptAt: '2026-01-01T00:00:00Z', sentAt: null, lastError: '', createdAt: '2026-01-01T00:00:00Z',
      attachments: [], invitationId: null,
    };
    const reply = await runWorker('transport-thread.js', { kind: 'file', dir, from: 'Samskab <noreply@samskab.local>' }, { seq: 0, message });
    assert.deepEqual(reply, { seq: 0, ok: true });
    assert.ok(readdirSync(dir).some((f) => f.endsWith('.eml')), 'an .eml file in the outbox');
  });
});
