// Start-up benchmark: how long until the server answers /healthz on a migrated database, how long
// `samskab --help` takes, and what `samskab seat` adds to its solving budget. Each is timed as the
// user sees it (a whole process, from spawn) for the compiled build in dist/ and for the
// TypeScript sources through tsx (how everything ran before there was a build), beside a bare
// `node -e 0` as the machine's floor. Rounds are interleaved (every command once per round) and
// each figure is the median of the rounds, so a machine that speeds up or slows down during the
// run moves every row alike.
//   npm run bench:start -- [--rounds 5] [--seconds 1]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { holbaekSummit } from './seating-cases.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const ROUNDS = flag('--rounds', 5), SECONDS = flag('--seconds', 1);
const root = join(import.meta.dirname, '..');
const node = process.execPath;
// Children must not take the tests' path (bin/launch.js runs the sources under NODE_ENV=test).
const baseEnv = { ...process.env, NODE_ENV: 'production', SAMSKAB_LOG_LEVEL: 'error' };

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
});

/** Wall seconds of a command run to its end; throws when it fails. */
function timeCommand(command: string[], env: NodeJS.ProcessEnv = baseEnv): number {
  const started = performance.now();
  const run = spawnSync(command[0], command.slice(1), { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(' ')} exited with ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
  return seconds;
}

/** Seconds from spawning the server until /healthz answers 200; the server is stopped after. */
async function timeServerStart(command: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  // Its own process group, so `npm start` and the node under it stop together.
  const child = spawn(command[0], command.slice(1), {
    cwd: root, detached: true, stdio: 'ignore',
    env: { ...baseEnv, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_DATA_DIR: dataDir, SAMSKAB_SEED_DEMO: 'true' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode} before answering`);
      if (performance.now() - started > 60_000) throw new Error(`${command.join(' ')} did not answer within 60 s`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return (performance.now() - started) / 1000;
      } catch { /* not listening yet */ }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* gone already */ }
    await exited;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log('Building dist/ …');
timeCommand([node, 'scripts/build.mjs']);
const scratch = mkdtempSync(join(tmpdir(), 'samskab-bench-start-'));
const dataDir = join(scratch, 'data');
timeCommand([node, 'bin/samskab.js', 'migrate', '--seed-demo'], { ...baseEnv, SAMSKAB_DATA_DIR: dataDir });
const seatInput = join(scratch, 'holbaek.json');
writeFileSync(seatInput, JSON.stringify(holbaekSummit(1)));

const fromSources = [node, '--import', 'tsx'];
type Row = { what: string; run: () => Promise<number> | number; subtract?: number };
const rows: Row[] = [
  { what: 'node -e 0 (the floor)', run: () => timeCommand([node, '-e', '0']) },
  { what: 'samskab --help, compiled', run: () => timeCommand([node, 'bin/samskab.js', '--help']) },
  { what: 'samskab --help, sources (before)', run: () => timeCommand([...fromSources, 'src/cli/main.ts', '--help']) },
  { what: 'npx samskab --help, compiled', run: () => timeCommand(['npx', '--no-install', 'samskab', '--help']) },
  { what: `samskab seat, compiled (minus ${SECONDS} s budget)`, subtract: SECONDS,
    run: () => timeCommand([node, 'bin/samskab.js', 'seat', seatInput, '--seconds', String(SECONDS)]) },
  { what: `samskab seat, sources (minus ${SECONDS} s budget)`, subtract: SECONDS,
    run: () => timeCommand([...fromSources, 'src/cli/main.ts', 'seat', seatInput, '--seconds', String(SECONDS)]) },
  { what: 'server to /healthz, npm start', run: () => timeServerStart(['npm', 'start', '--silent'], dataDir) },
  { what: 'server to /healthz, compiled', run: () => timeServerStart([node, 'bin/start.js'], dataDir) },
  { what: 'server to /healthz, sources (before)', run: () => timeServerStart([...fromSources, 'src/main.ts'], dataDir) },
];

const times = rows.map(() => [] as number[]);
try {
  for (let round = 1; round <= ROUNDS; round++) {
    process.stdout.write(`round ${round} of ${ROUNDS}\r`);
    for (const [k, row] of rows.entries()) times[k].push((await row.run()) - (row.subtract ?? 0));
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`\nStart-up, seconds (median of ${ROUNDS} interleaved rounds; min – max):\n`);
console.log(`| ${'what'.padEnd(44)} | median | min – max     |`);
console.log(`| ${'-'.repeat(44)} | ------ | ------------- |`);
for (const [k, row] of rows.entries()) {
  const xs = times[k];
  console.log(`| ${row.what.padEnd(44)} | ${median(xs).toFixed(2).padStart(6)} | ${Math.min(...xs).toFixed(2)} – ${Math.max(...xs).toFixed(2)}   |`);
}
