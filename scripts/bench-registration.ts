// Registration benchmark: starts the real server (SQLite in a temp folder; with a PostgreSQL URL
// also a new database there, shared by two app servers with the load spread over both) beside a
// bare Fastify hello-world in the same run, and prints for nominations and answers the requests per
// second as a share of bare Fastify, p99, the longest event-loop stall of the app servers
// (perf_hooks.monitorEventLoopDelay, read over IPC), how long the outbox took to deliver every mail
// after the last request, and the counts that show no seat was oversold. A last part compares
// nominations into a small summit with nominations into one that already holds 1,000 people.
//   npm run bench:registration -- [postgres://…] [--orgs 20] [--seats 25] [--per-org 50]
//     [--concurrency 50] [--seconds 5] [--large 1000] [--profile DIR]
// --profile writes a V8 CPU profile of each app server into DIR when it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { openRuntime, type Runtime } from '../src/composition.ts';
import type { SummitId } from '../src/domain/ids.ts';
import { createApiToken, createCoordinator } from '../src/use-cases/manage-coordinators.ts';
import { buildInvitation } from '../tests/support/invitation-builders.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const ORGS = flag('--orgs', 20), SEATS = flag('--seats', 25), PER_ORG = flag('--per-org', 50), CONCURRENCY = flag('--concurrency', 50);
const SECONDS = flag('--seconds', 5), LARGE = flag('--large', 1000);
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

// Loaded into each app server before its code: keeps a histogram of event-loop delays and answers
// the bench's 'loop-delay' message with its max and p99 in ms, then starts afresh.
const loopProbe = `data:text/javascript,${encodeURIComponent(`
  import { monitorEventLoopDelay } from 'node:perf_hooks';
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  process.on('message', (m) => {
    if (m !== 'loop-delay') return;
    process.send({ max: h.max / 1e6, p99: h.percentile(99) / 1e6 });
    h.reset();
  });
`)}`;

interface Server { base: string; child: ChildProcess }

async function startBare(): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--input-type=module', '-e', bareFastify], { env: { ...process.env, PORT: String(port) }, stdio: 'inherit' });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base, child);
  return { base, child };
}

async function startSamskab(dataDir: string, databaseUrl?: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', '--import', loopProbe, 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', SAMSKAB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'error', TRUST_PROXY: 'true', DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`, child);
  return { base, child };
}

/** The longest stall and the p99 delay of the servers' event loops since the last reading. */
async function loopDelay(servers: Server[]): Promise<{ max: number; p99: number }> {
  const readings = await Promise.all(servers.map((s) => new Promise<{ max: number; p99: number }>((resolve) => {
    s.child.once('message', (m) => resolve(m as { max: number; p99: number }));
    s.child.send('loop-delay');
  })));
  return { max: Math.max(...readings.map((r) => r.max)), p99: Math.max(...readings.map((r) => r.p99)) };
}

interface Figures { rps: number; p99: number; errors: number; timeouts: number; seconds: number; statuses: Map<number, number> }

// Each request comes from its own address, as recruiters' and participants' devices do, so the
// per-address rate limits measure nothing here; the servers trust X-Forwarded-For.
let client = 0;
const newAddress = () => { client++; return `10.${(client >> 16) & 255}.${(client >> 8) & 255}.${client & 255}`; };

/**
 * Loads the servers (each with its share of the connections) for SECONDS, or until `amount`
 * requests are answered, the k-th of them being `request(k)`.
 */
async function load(servers: Server[], spec: { amount?: number; connections?: number; request?: (k: number) => { path: string; body?: unknown } }): Promise<Figures> {
  const connections = spec.connections ?? CONCURRENCY;
  let next = 0;
  const started = performance.now();
  const results = await Promise.all(servers.map((s, i) => {
    const share = spec.amount === undefined ? undefined : Math.floor(spec.amount / servers.length) + (i < spec.amount % servers.length ? 1 : 0);
    return autocannon({
      url: s.base, connections: Math.ceil(connections / servers.length),
      // autocannon ends a run at its next sample, once a second by default: a run of `amount`
      // requests would count whole seconds, and a fast server seem as slow as one taking a second.
      ...(share === undefined ? { duration: SECONDS } : { amount: share, sampleInt: 10 }),
      requests: [{
        method: spec.request ? 'POST' : 'GET',
        setupRequest: (request: autocannon.Request) => {
          const headers = { ...request.headers, 'x-forwarded-for': newAddress() };
          if (!spec.request) return { ...request, headers };
          const { path, body } = spec.request(next++);
          return { ...request, path, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body ?? {}) };
        },
      }],
    });
  }));
  const seconds = (performance.now() - started) / 1000;
  const statuses = new Map<number, number>();
  for (const r of results) {
    for (const [code, count] of Object.entries(r.statusCodeStats ?? {})) statuses.set(Number(code), (statuses.get(Number(code)) ?? 0) + (count as { count: number }).count);
  }
  const answered = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    rps: spec.amount === undefined ? results.reduce((sum, r) => sum + r.requests.average, 0) : answered / seconds,
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0),
    timeouts: results.reduce((sum, r) => sum + r.timeouts, 0),
    seconds, statuses,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function api(base: string, method: string, path: string, token: string, body?: unknown) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-forwarded-for': newAddress() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json() as Record<string, unknown> & { id: string };
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** A summit with one group and `orgs` organisations of `seats` seats, each with a recruiter link. */
async function recruitingSummit(base: string, token: string, title: string, orgs: number, seats: number, capacity = orgs * seats) {
  const summit = await api(base, 'POST', '/summits', token, { title, capacity });
  const group = await api(base, 'POST', `/summits/${summit.id}/groups`, token, { name: 'Borgere', quota: capacity });
  const links: string[] = [];
  for (let i = 0; i < orgs; i++) {
    const org = await api(base, 'POST', `/summits/${summit.id}/organisations`, token, { name: `${title} ${i}`, kind: 'local_forum', groupId: group.id, quota: seats });
    links.push(String((await api(base, 'POST', `/organisations/${org.id}/recruiter-link`, token, { sendEmail: false })).url).split('/').pop()!);
  }
  return { id: summit.id as SummitId, groupId: group.id, links };
}

function outboxLinks(dir: string, summitTitle: string): string[] {
  const tokens = new Set<string>();
  let files: string[] = [];
  try { files = readdirSync(dir); } catch { return []; }
  // Only finished messages: the outbox writes a temporary file and renames it when complete, so
  // a temporary file may vanish between the listing and the read.
  for (const f of files.filter((name) => name.endsWith('.eml'))) {
    let raw: string;
    try { raw = readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, ''); } catch { continue; }
    if (!raw.includes(summitTitle)) continue;
    for (const m of raw.matchAll(/\/i\/([A-Za-z0-9_-]{40,})/g)) tokens.add(m[1]!);
  }
  return [...tokens];
}

/** Seconds from now until the outbox holds no queued message (at most 120 s). */
async function drainSeconds(runtime: Runtime): Promise<number> {
  const started = performance.now();
  for (;;) {
    const row = await runtime.database.db.selectFrom('outboxMessages').select(sql<number>`count(*)`.as('n')).where('status', '=', 'queued').executeTakeFirstOrThrow();
    if (Number(row.n) === 0) return (performance.now() - started) / 1000;
    if (performance.now() - started > 120_000) return Infinity;
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Phase { label: string; figures: Figures; loop: { max: number; p99: number }; drain: number }

async function run(label: string, servers: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-bench-'));
  const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }));
  const coordinator = await createCoordinator(runtime.deps, { email: `bench-${Date.now()}@example.dk`, password: 'bench-password-2026' });
  const { token } = await createApiToken(runtime.deps, { id: coordinator.id });
  const bare = await startBare();
  const apps: Server[] = [];
  const bareRounds: Figures[] = [];
  const phases: Phase[] = [];
  let ok = true;
  try {
    for (let i = 0; i < servers; i++) apps.push(await startSamskab(dataDir, databaseUrl));
    const base = apps[0]!.base;
    const nominate = (links: string[], tag: string) => (k: number) => ({
      path: `/api/v1/recruiter/${links[k % links.length]}/nominations`, body: { name: `Deltager ${tag} ${k}`, email: `${tag}${k}@example.dk` },
    });
    const phase = async (name: string, spec: Parameters<typeof load>[1]) => {
      await loopDelay(apps);
      const figures = await load(apps, spec);
      const drain = await drainSeconds(runtime);
      phases.push({ label: name, figures, loop: await loopDelay(apps), drain });
      return figures;
    };

    // Warm-up on a summit of its own: a fresh process compiles and optimises as it runs.
    const warm = await recruitingSummit(base, token, 'Opvarmning', 5, 100);
    await load([bare], {});
    await load(apps, { amount: 400, request: nominate(warm.links, 'warm') });
    await drainSeconds(runtime);

    const seats = ORGS * SEATS;
    const summit = await recruitingSummit(base, token, 'Benchmark', ORGS, SEATS);
    bareRounds.push(await load([bare], {}));
    const a = await phase(`nominations (${ORGS * PER_ORG}: ${seats} seats, the rest waitlisted)`, { amount: ORGS * PER_ORG, request: nominate(summit.links, 'p') });

    const links = outboxLinks(join(dataDir, 'outbox'), 'Subject: Invitation: Benchmark');
    const declines = Math.floor(links.length / 4);
    bareRounds.push(await load([bare], {}));
    const b = await phase(`answers (${links.length}, ${declines} declines refilled)`, {
      amount: links.length, request: (k) => ({ path: `/api/v1/invitations/${links[k]}/${k < declines ? 'decline' : 'accept'}` }),
    });

    // The cost of a nomination against the size of the summit: the same 300 nominations into an
    // empty summit and into one where LARGE people already hold seats.
    const small = await recruitingSummit(base, token, 'Lille', 1, 400);
    const large = await recruitingSummit(base, token, 'Stor', 1, 400, LARGE + 400);
    for (let i = 0; i < LARGE; i++) {
      await buildInvitation(runtime.deps, { summitId: large.id, groupId: large.groupId as never, status: i % 2 ? 'confirmed' : 'pending', name: `Fast ${i}` });
    }
    bareRounds.push(await load([bare], {}));
    await phase('nominations into an empty summit (300)', { amount: 300, request: nominate(small.links, 'small') });
    await phase(`nominations into a summit of ${LARGE} people (300)`, { amount: 300, request: nominate(large.links, 'large') });

    const occupancy = await api(base, 'GET', `/summits/${summit.id}/occupancy`, token) as unknown as {
      groups: { pending: number; confirmed: number; waitlisted: number; declined: number }[]; organisations: { quota: number; pending: number; confirmed: number }[];
    };
    const g = occupancy.groups[0]!;
    const overOrgs = occupancy.organisations.filter((o) => o.pending + o.confirmed > o.quota).length;
    const held = g.pending + g.confirmed;
    const created = a.statuses.get(201) ?? 0;
    ok = a.errors === 0 && b.errors === 0 && created === ORGS * PER_ORG && links.length === seats && held === seats && overOrgs === 0
      && phases.every((p) => p.figures.errors === 0 && Number.isFinite(p.drain));

    const bareRps = median(bareRounds.map((f) => f.rps));
    console.log(`\n${label}: ${servers} app server${servers > 1 ? 's' : ''}, ${CONCURRENCY} concurrent, ${ORGS} organisations × ${SEATS} seats`);
    console.log('| what | req/s | share of bare Fastify | p99 | event loop max | mail drained after | errors |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    console.log(`| bare Fastify hello-world (median of ${bareRounds.length}) | ${bareRps.toFixed(0)} | 100 % | ${median(bareRounds.map((f) => f.p99))} ms | | | ${bareRounds.reduce((s, f) => s + f.errors, 0)} |`);
    for (const p of phases) {
      console.log(`| ${p.label} | ${p.figures.rps.toFixed(0)} | ${(100 * p.figures.rps / bareRps).toFixed(2)} % | ${p.figures.p99} ms | ${p.loop.max.toFixed(0)} ms | ${p.drain.toFixed(1)} s | ${p.figures.errors} |`);
    }
    for (const p of phases.filter((q) => q.figures.errors > 0)) {
      const other = [...p.figures.statuses].filter(([code]) => code >= 300).map(([code, n]) => `${n} × ${code}`);
      console.log(`  ${p.label}: ${[...other, `${p.figures.timeouts} timed out`].join(', ')}`);
    }
    const [, , smallPhase, largePhase] = phases;
    if (smallPhase && largePhase) console.log(`  a nomination into the summit of ${LARGE} runs at ${(100 * largePhase.figures.rps / smallPhase.figures.rps).toFixed(0)} % of the speed into the empty one`);
    console.log(`  after: ${g.confirmed} confirmed + ${g.pending} pending = ${held} held of ${seats}; ${g.declined} declined; ${g.waitlisted} waitlisted; organisations over quota: ${overOrgs}`);
    console.log(`  ${ok ? 'OK: no seat oversold, every request answered, every decline refilled, every mail delivered' : 'FAILED'}`);
  } finally {
    bare.child.kill();
    for (const app of apps) {
      app.child.kill('SIGTERM');
      await new Promise((r) => app.child.once('exit', r));
    }
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return ok;
}

let ok = await run('SQLite', 1);
if (pgUrl) {
  const database = `samskab_bench_registration_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl, user: decodeURIComponent(new URL(pgUrl).username) || 'postgres' });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  try {
    ok = (await run('PostgreSQL', 2, url.toString())) && ok;
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}
process.exit(ok ? 0 : 1);
