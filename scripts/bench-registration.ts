// Registration benchmark: starts the real server (SQLite in a temp folder; PostgreSQL too when a
// URL is given), fires concurrent nominations through recruiter links and then concurrent answers
// through participant links read from the .eml outbox, and prints throughput, p50/p99 latency and
// the counts that show no seat was oversold.
//   npm run bench:registration -- [postgres://…] [--orgs 20] [--seats 10] [--per-org 50] [--concurrency 50]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.ts';
import { openRuntime } from '../src/composition.ts';
import { createApiToken, createCoordinator } from '../src/use-cases/manage-coordinators.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const ORGS = flag('--orgs', 20), SEATS = flag('--seats', 10), PER_ORG = flag('--per-org', 50), CONCURRENCY = flag('--concurrency', 50);
const pgUrl = args.find((a) => a.startsWith('postgres://') || a.startsWith('postgresql://'));

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
});

async function startServer(dataDir: string, databaseUrl?: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, SAMSKAB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'error', TRUST_PROXY: 'true', DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) return { base, child }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error('The server did not start');
}

interface Timed { status: number; json: Record<string, unknown> | null; ms: number }

let ipCounter = 0;
async function call(base: string, method: string, path: string, body?: unknown, token?: string): Promise<Timed> {
  const started = performance.now();
  // Each simulated client has its own address, as recruiters and participants do.
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}` };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${base}/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let json: Record<string, unknown> | null = null;
  try { json = await res.json() as Record<string, unknown>; } catch { /* empty */ }
  return { status: res.status, json, ms: performance.now() - started };
}

async function must(base: string, method: string, path: string, token: string, body?: unknown) {
  const r = await call(base, method, path, body, token);
  if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as Record<string, unknown> & { id: string };
}

/** Runs the jobs with at most `limit` in flight; returns their results and the wall time. */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<{ results: T[]; seconds: number }> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, async () => {
    while (next < jobs.length) { const i = next++; results[i] = await jobs[i]!(); }
  }));
  return { results, seconds: (performance.now() - started) / 1000 };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

function outboxLinks(dir: string, summitTitle: string): string[] {
  const tokens = new Set<string>();
  let files: string[] = [];
  try { files = readdirSync(dir); } catch { return []; }
  // Only finished messages: the outbox writes `<name>.eml.<pid>.tmp` and renames it when complete, so a
  // temporary file may vanish between the listing and the read.
  for (const f of files.filter((name) => name.endsWith('.eml'))) {
    let raw: string;
    try { raw = readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, ''); } catch { continue; }
    if (!raw.includes(summitTitle)) continue;
    for (const m of raw.matchAll(/\/i\/([A-Za-z0-9_-]{40,})/g)) tokens.add(m[1]!);
  }
  return [...tokens];
}

async function run(label: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-bench-'));
  const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }));
  const coordinator = await createCoordinator(runtime.deps, { email: `bench-${Date.now()}@example.dk`, password: 'bench-password-2026' });
  const { token } = await createApiToken(runtime.deps, { id: coordinator.id });
  await runtime.close();
  const { base, child } = await startServer(dataDir, databaseUrl);
  try {
    const seats = ORGS * SEATS;
    // Warm-up on a summit of its own: the first burst on a fresh process is slow (code is compiled
    // and optimised as it runs), so it is measured and shown apart from the steady state.
    const warm = await must(base, 'POST', '/summits', token, { title: 'Opvarmning', capacity: 50 });
    const warmGroup = await must(base, 'POST', `/summits/${warm.id}/groups`, token, { name: 'Borgere', quota: 50 });
    const warmLinks: string[] = [];
    for (let i = 0; i < 5; i++) {
      const org = await must(base, 'POST', `/summits/${warm.id}/organisations`, token, { name: `Opvarmning ${i}`, kind: 'local_forum', groupId: warmGroup.id, quota: 10 });
      warmLinks.push(String((await must(base, 'POST', `/organisations/${org.id}/recruiter-link`, token, { sendEmail: false })).url).split('/').pop()!);
    }
    const cold = await pool(Array.from({ length: 200 }, (_, k) => () => call(base, 'POST', `/recruiter/${warmLinks[k % 5]}/nominations`, { name: 'Varm', email: `warm${k}@example.dk` })), CONCURRENCY);
    console.log(`\n${label}`);
    console.log(`  cold start (first 200 nominations after the server started): ${(200 / cold.seconds).toFixed(0)}/s, p50 ${pct(cold.results.map((r) => r.ms), 50).toFixed(1)} ms, p99 ${pct(cold.results.map((r) => r.ms), 99).toFixed(1)} ms`);
    const summit = await must(base, 'POST', '/summits', token, { title: 'Benchmark', capacity: seats });
    const group = await must(base, 'POST', `/summits/${summit.id}/groups`, token, { name: 'Borgere', quota: seats });
    const orgs: { id: string; rt: string }[] = [];
    for (let i = 0; i < ORGS; i++) {
      const org = await must(base, 'POST', `/summits/${summit.id}/organisations`, token, { name: `Lokalforum ${i}`, kind: 'local_forum', groupId: group.id, quota: SEATS });
      const link = await must(base, 'POST', `/organisations/${org.id}/recruiter-link`, token, { sendEmail: false });
      orgs.push({ id: org.id, rt: String(link.url).split('/').pop()! });
    }

    const nominations = orgs.flatMap((o, i) => Array.from({ length: PER_ORG }, (_, k) => () =>
      call(base, 'POST', `/recruiter/${o.rt}/nominations`, { name: `Deltager ${i}-${k}`, email: `p${i}-${k}@example.dk` })));
    const a = await pool(nominations, CONCURRENCY);
    const invited = a.results.filter((r) => r.json?.status === 'pending').length;
    const waitlisted = a.results.filter((r) => r.json?.status === 'waitlisted').length;
    const failed = a.results.filter((r) => r.status >= 300).length;

    let links: string[] = [];
    for (let t = 0; t < 100 && links.length < seats; t++) { links = outboxLinks(join(dataDir, 'outbox'), 'Subject: Invitation: Benchmark'); if (links.length < seats) await new Promise((r) => setTimeout(r, 100)); }
    const declines = Math.floor(links.length / 4);
    const answers = links.map((l, i) => () => call(base, 'POST', `/invitations/${l}/${i < declines ? 'decline' : 'accept'}`, {}));
    const b = await pool(answers, CONCURRENCY);
    const answerFailures = b.results.filter((r) => r.status >= 300).length;

    const occupancy = await must(base, 'GET', `/summits/${summit.id}/occupancy`, token) as unknown as {
      groups: { pending: number; confirmed: number; waitlisted: number; declined: number }[]; organisations: { quota: number; pending: number; confirmed: number }[];
    };
    const g = occupancy.groups[0]!;
    const overOrgs = occupancy.organisations.filter((o) => o.pending + o.confirmed > o.quota).length;
    const held = g.pending + g.confirmed;
    console.log(`  nominations: ${nominations.length} at concurrency ${CONCURRENCY} in ${a.seconds.toFixed(2)} s = ${(nominations.length / a.seconds).toFixed(0)}/s, p50 ${pct(a.results.map((r) => r.ms), 50).toFixed(1)} ms, p99 ${pct(a.results.map((r) => r.ms), 99).toFixed(1)} ms`);
    console.log(`    → ${invited} invited, ${waitlisted} waitlisted, ${failed} errors (seats: ${seats})`);
    console.log(`  answers: ${answers.length} (${declines} declines) in ${b.seconds.toFixed(2)} s = ${(answers.length / b.seconds).toFixed(0)}/s, p50 ${pct(b.results.map((r) => r.ms), 50).toFixed(1)} ms, p99 ${pct(b.results.map((r) => r.ms), 99).toFixed(1)} ms, ${answerFailures} errors`);
    console.log(`  after: ${g.confirmed} confirmed + ${g.pending} pending = ${held} held of ${seats}; ${g.declined} declined; ${g.waitlisted} waitlisted; organisations over quota: ${overOrgs}`);
    const ok = invited === seats && failed === 0 && answerFailures === 0 && held === seats && overOrgs === 0;
    console.log(`  ${ok ? 'OK: no seat oversold, every request answered, every decline refilled' : 'FAILED'}`);
    return ok;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`Registration benchmark: ${ORGS} organisations × ${SEATS} seats, ${PER_ORG} nominations each`);
let ok = await run('SQLite (one server)');
if (pgUrl) ok = (await run(`PostgreSQL (${new URL(pgUrl).pathname.slice(1)})`, pgUrl)) && ok;
process.exit(ok ? 0 : 1);
