// Page benchmark: the public summit page and a participant's page against a bare Fastify
// hello-world started on the same machine in the same run, so the share of the framework's speed is
// comparable however loaded the machine is. Each round measures bare, public and participant in
// turn, in slices of a few seconds (bare, public, participant, bare, …), so a burst of load from
// elsewhere on the machine falls on all three alike; each figure is the median of the rounds, and
// each round's p99 the median of its slices'.
// The participant pages are those of --people different people (200), each request the next one's,
// as a summit's participants open their own links.
//   npm run bench:pages -- [postgres://…] [--rounds 3] [--seconds 5] [--slices 2] [--connections 100] [--people 200]
//     [--profile DIR]
// --profile writes a V8 CPU profile of each app server into DIR when it exits.
// With a PostgreSQL URL it runs on a new database there too, with two app servers sharing it and
// the load spread over both.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { openRuntime } from '../src/composition.ts';
import { seedDemoSummit } from '../src/use-cases/summit/seed-demo-summit.ts';
import { buildInvitation } from '../tests/support/invitation-builders.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const ROUNDS = flag('--rounds', 3), SECONDS = flag('--seconds', 5), SLICES = flag('--slices', 2), CONNECTIONS = flag('--connections', 100);
const PEOPLE = flag('--people', 200);
const profileDir = args.includes('--profile') ? args[args.indexOf('--profile') + 1] : undefined;
const pgUrl = args.find((a) => a.startsWith('postgres://') || a.startsWith('postgresql://'));

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
});

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    try { if ((await fetch(url)).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`Nothing answered at ${url}`);
}

const bareFastify = `
  const app = (await import('fastify')).default();
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
`;

async function startBare() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', bareFastify], { env: { ...process.env, PORT: String(port) }, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base, child);
  return { base, child };
}

async function startSamskab(dataDir: string, databaseUrl?: string) {
  const port = await freePort();
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', SAMSKAB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'error', TRUST_PROXY: 'true', DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`, child);
  return { base, child };
}

interface Figures { rps: number; p99: number; errors: number }

// Each request comes from its own address, as participants' phones do, so the per-address rate
// limits of the token routes (300 a minute) measure nothing here; the servers trust X-Forwarded-For.
let client = 0;
const fromNewAddress = (request: autocannon.Request) => {
  client++;
  request.headers = { ...request.headers, 'x-forwarded-for': `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}` };
  return request;
};

/** Where one measurement sends its requests: the servers, and the paths to take in turn on each. */
interface Target { bases: string[]; paths: readonly string[] }

async function load({ bases, paths }: Target, seconds: number): Promise<Figures> {
  // Several servers share the load: each gets its part of the connections.
  let next = 0;
  const results = await Promise.all(bases.map((base) => autocannon({
    url: base + paths[0], connections: Math.ceil(CONNECTIONS / bases.length), duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...fromNewAddress(request), path: paths[next++ % paths.length]! }) }],
  })));
  return {
    // From the totals: autocannon's per-second average has no sample in a run of a second or less.
    rps: results.reduce((sum, r) => sum + r.requests.total / r.duration, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One round: each target measured for SECONDS in all, in SLICES turns with the others. */
async function round(targets: Target[]): Promise<Figures[]> {
  const slices: Figures[][] = targets.map(() => []);
  for (let slice = 0; slice < SLICES; slice++) {
    for (const [i, target] of targets.entries()) slices[i]!.push(await load(target, SECONDS / SLICES));
  }
  return slices.map((figures) => ({
    rps: figures.reduce((sum, f) => sum + f.rps, 0) / figures.length,
    p99: median(figures.map((f) => f.p99)),
    errors: figures.reduce((sum, f) => sum + f.errors, 0),
  }));
}

/** Ends a server and waits until it has gone (its connections to the database with it). */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (child.exitCode === null && child.signalCode === null) { child.kill('SIGKILL'); await gone; }
}

async function prepare(dataDir: string, databaseUrl?: string) {
  const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }));
  try {
    const { summit } = await seedDemoSummit(runtime.deps);
    const groups = await runtime.deps.db.stores.groups.list(summit.id);
    const tokens: string[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      const { token } = await buildInvitation(runtime.deps, { summitId: summit.id, groupId: groups[i % groups.length]!.id, status: i % 4 === 0 ? 'pending' : 'confirmed', name: `Bench Deltager ${i + 1}` });
      tokens.push(token);
    }
    return { slug: summit.slug, tokens };
  } finally {
    await runtime.close();
  }
}

async function run(label: string, servers: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-bench-pages-'));
  const { slug, tokens } = await prepare(dataDir, databaseUrl);
  const bare = await startBare();
  const apps: { base: string; child: ChildProcess }[] = [];
  for (let i = 0; i < servers; i++) apps.push(await startSamskab(dataDir, databaseUrl));
  const pages = { public: [`/topmoede/${slug}`], participant: tokens.map((token) => `/i/${token}`) } as const;
  const figures: Record<'bare' | keyof typeof pages, Figures[]> = { bare: [], public: [], participant: [] };
  try {
    for (const [path] of Object.values(pages)) {
      const res = await fetch(apps[0]!.base + path);
      if (!res.ok) throw new Error(`${path} answered ${res.status}`);
    }
    // Warm up every side before measuring.
    const targets: Target[] = [{ bases: [bare.base], paths: ['/'] }, ...Object.values(pages).map((paths) => ({ bases: apps.map((a) => a.base), paths }))];
    await round(targets);
    for (let r = 0; r < ROUNDS; r++) {
      const [bareFigures, publicFigures, participantFigures] = await round(targets);
      figures.bare.push(bareFigures!);
      figures.public.push(publicFigures!);
      figures.participant.push(participantFigures!);
    }
  } finally {
    await Promise.all([bare.child, ...apps.map((a) => a.child)].map(stop));
    rmSync(dataDir, { recursive: true, force: true });
  }
  const bareRps = median(figures.bare.map((f) => f.rps));
  console.log(`\n${label}: ${servers} app server${servers > 1 ? 's' : ''}, ${CONNECTIONS} connections, ${SECONDS} s × ${ROUNDS} rounds in slices of ${(SECONDS / SLICES).toFixed(1)} s (medians)`);
  console.log('| what | req/s | share of bare Fastify | p99 | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| bare Fastify hello-world | ${bareRps.toFixed(0)} | 100 % | ${median(figures.bare.map((f) => f.p99))} ms | ${figures.bare.reduce((s, f) => s + f.errors, 0)} |`);
  for (const name of ['public', 'participant'] as const) {
    const rps = median(figures[name].map((f) => f.rps));
    const what = name === 'public' ? `public summit page ${pages.public[0]}` : `participant page /i/<token> (${PEOPLE} people in turn)`;
    console.log(`| ${what} | ${rps.toFixed(0)} | ${(100 * rps / bareRps).toFixed(1)} % | ${median(figures[name].map((f) => f.p99))} ms | ${figures[name].reduce((s, f) => s + f.errors, 0)} |`);
  }
}

await run('SQLite', 1);
if (pgUrl) {
  const database = `samskab_bench_pages_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  try {
    await run('PostgreSQL', 2, url.toString());
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}
