// Check-in benchmark: starts the real server (SQLite in a temp folder, or PostgreSQL when a URL is
// given), then two "phones" (each with its own check-in link and a few requests in flight) check in
// the same summit's people through POST /api/v1/summits/{id}/check-ins, each in its own order, and
// resend about a fifth with the same clientId. Prints requests and new check-ins per second, p50/p99
// latency, and the count that shows every person was checked in exactly once.
//   npm run bench:checkin -- [postgres://…] [--people 168] [--phones 2] [--in-flight 4] [--rounds 5]
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.ts';
import { openRuntime } from '../src/composition.ts';
import type { InvitationId } from '../src/domain/invitation.ts';
import { createRng } from '../src/solver/rng.ts';
import { createCheckInLink } from '../src/use-cases/check-in/create-check-in-link.ts';
import { createGroup } from '../src/use-cases/summit/save-group.ts';
import { createSummit } from '../src/use-cases/summit/save-summit.ts';
import { systemAccess } from '../tests/support/access.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const PEOPLE = flag('--people', 168), PHONES = flag('--phones', 2), IN_FLIGHT = flag('--in-flight', 4), ROUNDS = flag('--rounds', 5);
const pgUrl = args.find((a) => a.startsWith('postgres://') || a.startsWith('postgresql://'));

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
});

async function startServer(dataDir: string, databaseUrl?: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, SAMSKAB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'error', DATABASE_URL: databaseUrl ?? '' },
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

/** A published summit with PEOPLE confirmed participants and a check-in link per phone. */
async function seed(dataDir: string, databaseUrl: string | undefined) {
  const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' }));
  const deps = runtime.deps;
  const summit = await createSummit(deps, systemAccess, { title: `Benchmark ${randomUUID().slice(0, 8)}`, capacity: PEOPLE + 10 });
  const group = await createGroup(deps, systemAccess, summit.id, { name: 'Deltagere', quota: PEOPLE + 10 });
  const now = deps.clock.now();
  await deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: now }, now);
  const codes: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const invitation = await deps.db.stores.invitations.create({
      summitId: summit.id, groupId: group.id, organisationId: null, areaId: null, name: `Deltager ${i + 1}`, email: `bench-${i}-${summit.id}@example.dk`,
      phone: '', status: 'confirmed', source: 'coordinator', waitlistPosition: 0, invitedAt: now, answerDeadline: null, answeredAt: now,
      dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
    }, null, now);
    codes.push((await deps.db.stores.invitations.findCheckInCode(invitation.id as InvitationId))!);
  }
  const tokens: string[] = [];
  for (let p = 0; p < PHONES; p++) {
    const link = await createCheckInLink(deps, systemAccess, summit.id, { label: `Telefon ${p + 1}` });
    tokens.push(new URL(link.url).pathname.split('/').pop()!);
  }
  await runtime.close();
  return { summitId: summit.id, codes, tokens };
}

async function phone(base: string, summitId: string, token: string, codes: string[], seed: number, latencies: number[]) {
  const rng = createRng(seed);
  const order = [...codes];
  for (let i = order.length - 1; i > 0; i--) { const j = rng.int(i + 1); [order[i], order[j]] = [order[j]!, order[i]!]; }
  let fresh = 0, requests = 0;
  const send = async (code: string, clientId: string) => {
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/summits/${summitId}/check-ins`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ code, clientId }),
    });
    const body = await response.json() as { alreadyCheckedIn?: boolean };
    latencies.push(performance.now() - started);
    requests++;
    if (response.status !== 200 && response.status !== 201) throw new Error(`check-in answered ${response.status}`);
    return body;
  };
  const worker = async () => {
    for (let code = order.shift(); code !== undefined; code = order.shift()) {
      const clientId = randomUUID();
      const answer = await send(code, clientId);
      if (!answer.alreadyCheckedIn) fresh++;
      if (rng.next() < 0.2) await send(code, clientId);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return { fresh, requests };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function run(label: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'samskab-bench-checkin-'));
  const { summitId, codes, tokens } = await seed(dataDir, databaseUrl);
  const { base, child } = await startServer(dataDir, databaseUrl);
  try {
    const figures: { seconds: number; requests: number; fresh: number; latencies: number[] }[] = [];
    // Each round is a fresh summit's worth of people: the first round warms the server up.
    let current = { summitId, codes, tokens };
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0) current = await seed(dataDir, databaseUrl);
      const latencies: number[] = [];
      const started = performance.now();
      const phones = await Promise.all(current.tokens.map((t, p) => phone(base, current.summitId, t, current.codes, 1000 * round + p + 1, latencies)));
      const seconds = (performance.now() - started) / 1000;
      const overview = await fetch(`${base}/api/v1/summits/${current.summitId}/check-ins`, { headers: { authorization: `Bearer ${current.tokens[0]}` } }).then((r) => r.json()) as { checkedIn: number };
      const fresh = phones.reduce((n, p) => n + p.fresh, 0);
      if (overview.checkedIn !== PEOPLE || fresh !== PEOPLE) throw new Error(`expected ${PEOPLE} check-ins, got ${overview.checkedIn} (${fresh} new answers)`);
      figures.push({ seconds, requests: phones.reduce((n, p) => n + p.requests, 0), fresh, latencies });
    }
    const measured = figures.slice(1).length ? figures.slice(1) : figures;
    const seconds = measured.reduce((s, f) => s + f.seconds, 0);
    const requests = measured.reduce((s, f) => s + f.requests, 0);
    const fresh = measured.reduce((s, f) => s + f.fresh, 0);
    const latencies = measured.flatMap((f) => f.latencies).sort((a, b) => a - b);
    console.log(`${label}: ${PHONES} phones × ${IN_FLIGHT} in flight, ${PEOPLE} people each round, ${measured.length} measured rounds`);
    console.log(`  ${(requests / seconds).toFixed(0)} check-in requests/s, ${(fresh / seconds).toFixed(0)} new check-ins/s (${(fresh / seconds * 60).toFixed(0)} a minute; the door needs about 200 a minute)`);
    console.log(`  latency p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms; exactly ${PEOPLE} check-ins every round`);
  } finally {
    child.kill();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await run('SQLite');
if (pgUrl) await run('PostgreSQL', pgUrl);
