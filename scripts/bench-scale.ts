// Scale benchmark: the coordinator's pages of one summit in a database of many large summits
// (100 summits × 1,000 people by default), 10 requests at a time, against the real server.
// Prints p50, p95, the size of the page and the statements it runs per page, and marks each page
// that misses the target (p95 under 100 ms).
//   npm run bench:scale -- [postgres://…] [--sqlite] [--no-postgres] [--reuse]
//     [--summits 100] [--people 1000] [--requests 200] [--concurrency 10] [--only <names>] [--profile <folder>]
// The PostgreSQL database is `samskab_bench_scale` on the given server (postgres://postgres@127.0.0.1:5432/postgres
// by default), made afresh; with --reuse a database already seeded with the same sizes is kept,
// so a second run measures at once. --sqlite measures a SQLite file in the temp folder too.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { openRuntime, type Runtime } from '../src/composition.ts';
import { demoAreas, demoProgramme } from '../src/demo/holbaek-demo.ts';
import type { SummitId } from '../src/domain/ids.ts';
import { createCoordinator } from '../src/use-cases/manage-coordinators.ts';
import { applyApportionment } from '../src/use-cases/summit/apportion-group-quota.ts';
import { changeSummitStatus } from '../src/use-cases/summit/change-summit-status.ts';
import { createArea } from '../src/use-cases/summit/save-area.ts';
import { createGroup } from '../src/use-cases/summit/save-group.ts';
import { createOrganisation } from '../src/use-cases/summit/save-organisation.ts';
import { createProgrammeItem } from '../src/use-cases/summit/save-programme-item.ts';
import { createSummit } from '../src/use-cases/summit/save-summit.ts';
import { newCheckInCode } from '../src/storage/check-in-codes.ts';
import type { DB } from '../src/storage/schema.ts';
import { systemAccess } from '../tests/support/access.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : fallback;
};
const SUMMITS = flag('--summits', 100), PEOPLE = flag('--people', 1000), REQUESTS = flag('--requests', 200), CONCURRENCY = flag('--concurrency', 10);
const REUSE = args.includes('--reuse');
/** --only recruitment,summit list: the pages whose names contain one of these. */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',').map((s) => s.trim()) : undefined;
/** --profile <folder>: the server writes a CPU profile there when it stops. */
const PROFILE = args.includes('--profile') ? resolve(args[args.indexOf('--profile') + 1]!) : undefined;
const TARGET_MS = 100;
const pgUrl = args.find((a) => a.startsWith('postgres://') || a.startsWith('postgresql://')) ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const coordinatorLogin = { email: 'skala@example.dk', password: 'skala-benchmark-2026' };

// ---------------------------------------------------------------------------------------------
// Seeding: one summit through the use cases, copied row by row with new ids, then the people in
// bulk inserts (the seat counters are kept by the database's triggers as on every insert).

/** The template's rows, table by table: what a summit is before anyone is invited. */
const summitTables = ['stakeholderGroups', 'areas', 'organisations', 'programmeItems', 'summitStatusChanges', 'summitRetention', 'auditLog'] as const;

async function insertInBatches(db: Kysely<DB>, table: keyof DB, rows: readonly object[], columns: number) {
  // Both databases take at least 32,766 parameters a statement.
  const size = Math.max(1, Math.floor(30_000 / Math.max(1, columns)));
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

async function seedTemplate(runtime: Runtime): Promise<SummitId> {
  const deps = runtime.deps;
  const actor = systemAccess;
  const summit = await createSummit(deps, actor, {
    title: 'Skalatopmøde 001', capacity: Math.round(PEOPLE * 1.25) + 50, // room for the quotas' rounding
    purpose: 'Hvordan samarbejder vi på tværs?', description: 'Et topmøde til måling.',
    venue: 'Holbæk Hallen', organiser: 'Holbæk Kommune', responsibleEditor: 'Anders Andersen',
    startsAt: '2027-03-04T08:00:00.000Z', endsAt: '2027-03-04T15:00:00.000Z',
  });
  const areas = [];
  for (const area of demoAreas) areas.push(await createArea(deps, actor, summit.id, area));
  const scale = (PEOPLE * 1.25) / 168;
  const citizens = await createGroup(deps, actor, summit.id, { name: 'Borgere', quota: Math.round(76 * scale), description: 'Inviteres via lokalfora' });
  await applyApportionment(deps, actor, citizens.id, 'hare', 0);
  const council = await createGroup(deps, actor, summit.id, { name: 'Kommunalpolitikere', quota: Math.round(31 * scale), description: '' });
  await createOrganisation(deps, actor, summit.id, { name: 'Kommunalbestyrelsens sekretariat', kind: 'council_secretariat', groupId: council.id, quota: Math.round(31 * scale) });
  // Group quotas are the sums of their organisations' (rounded) quotas, so any size adds up.
  const business = await createGroup(deps, actor, summit.id, { name: 'Erhvervsliv', quota: 2 * Math.round(4 * scale), description: '' });
  for (const name of ['Erhvervsråd Holbæk by', 'Erhvervsråd i landområderne']) {
    await createOrganisation(deps, actor, summit.id, { name, kind: 'business_council', groupId: business.id, quota: Math.round(4 * scale) });
  }
  const schools = await createGroup(deps, actor, summit.id, { name: 'Skoler og daginstitutioner', quota: areas.length * Math.max(1, Math.round(scale)), description: '' });
  for (const area of areas) {
    await createOrganisation(deps, actor, summit.id, { name: `Skoler og dagtilbud ${area.name}`, kind: 'institution', groupId: schools.id, areaId: area.id, quota: Math.max(1, Math.round(scale)) });
  }
  const staff = await createGroup(deps, actor, summit.id, { name: 'Kommunale medarbejdere', quota: Math.round(35 * scale), description: '', isFacilitators: false, followsTables: false });
  await createOrganisation(deps, actor, summit.id, { name: 'Forvaltningen', kind: 'administration', groupId: staff.id, quota: Math.round(35 * scale) });
  for (const organisation of await deps.db.stores.organisations.list(summit.id)) {
    await deps.db.stores.organisations.update(organisation.id, { contactEmail: `org-${organisation.position}@skala.example` });
  }
  for (const item of demoProgramme) await createProgrammeItem(deps, actor, summit.id, item);
  await changeSummitStatus(deps, actor, summit.id, 'published', '');
  return summit.id;
}

/** Copies the template summit `copies` times: every id it holds is replaced by a new one. */
async function copySummit(db: Kysely<DB>, templateId: string, number: number) {
  const summit = await db.selectFrom('summits').selectAll().where('id', '=', templateId).executeTakeFirstOrThrow();
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const table of summitTables) rows.set(table, await db.selectFrom(table).selectAll().where('summitId', '=', templateId).execute() as Record<string, unknown>[]);
  const ids = new Map<string, string>([[templateId, randomUUID()]]);
  for (const list of rows.values()) for (const row of list) if (typeof row.id === 'string') ids.set(row.id, randomUUID());
  const remap = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && ids.has(v) ? ids.get(v) : v]));
  const label = String(number).padStart(3, '0');
  await db.transaction().execute(async (trx) => {
    const { contentVersion: _version, ...copy } = remap(summit) as typeof summit;
    await trx.insertInto('summits').values({ ...copy, title: `Skalatopmøde ${label}`, slug: `skalatopmoede-${label}` }).execute();
    for (const table of summitTables) {
      const list = rows.get(table)!.map(remap);
      if (list.length) await insertInBatches(trx, table, list, Object.keys(list[0]!).length);
    }
  });
  return ids.get(templateId)!;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** PEOPLE invitations over the organisations by their quotas, with the mail and audit they leave. */
async function seedPeople(db: Kysely<DB>, summitId: string, codes: Set<string>) {
  const organisations = await db.selectFrom('organisations').select(['id', 'groupId', 'areaId', 'quota']).where('summitId', '=', summitId).orderBy('position').execute();
  const slots = organisations.flatMap((o) => Array.from({ length: o.quota }, () => o));
  // Answer deadlines lie ahead (from today), so the server's sweep expires nobody while it is measured.
  const now = Date.now();
  // Of every 20 people: 13 confirmed, 3 pending, 2 declined, 1 waitlisted, 1 expired.
  const pattern = ['confirmed', 'confirmed', 'pending', 'confirmed', 'confirmed', 'declined', 'confirmed', 'confirmed', 'pending', 'confirmed',
    'waitlisted', 'confirmed', 'confirmed', 'expired', 'confirmed', 'pending', 'confirmed', 'declined', 'confirmed', 'confirmed'] as const;
  const invitations: DB['invitations'][] = [];
  const outbox: DB['outboxMessages'][] = [];
  const audit: DB['auditLog'][] = [];
  const links: DB['recruiterLinks'][] = organisations.map((o) => ({
    id: randomUUID(), summitId, organisationId: o.id, tokenHash: hash(randomUUID()), createdAt: new Date(now).toISOString(),
    expiresAt: '2027-06-01T00:00:00.000Z', revokedAt: null,
  }));
  let waitlist = 0;
  for (let k = 0; k < PEOPLE; k++) {
    const o = slots[k % slots.length]!;
    const status = pattern[k % pattern.length]!;
    const at = new Date(now - (PEOPLE - k) * 60_000).toISOString();
    const answered = status === 'confirmed' || status === 'declined' ? new Date(now - (PEOPLE - k) * 30_000).toISOString() : null;
    let code = newCheckInCode();
    while (codes.has(code)) code = newCheckInCode();
    codes.add(code);
    const email = `deltager-${summitId.slice(0, 8)}-${k}@skala.example`;
    const id = randomUUID();
    invitations.push({
      id, summitId, groupId: o.groupId, organisationId: o.id, areaId: o.areaId, name: `Deltager ${String(k).padStart(4, '0')} Skalasen`,
      email, emailKey: email, phone: '', status, source: 'recruiter', tokenHash: status === 'waitlisted' ? null : hash(randomUUID()), language: 'da',
      waitlistPosition: status === 'waitlisted' ? ++waitlist : 0, invitedAt: status === 'waitlisted' ? null : at,
      answerDeadline: status === 'waitlisted' ? null : new Date(now + (3 + (k % 20)) * 86_400_000).toISOString(), answeredAt: answered,
      dietNeeds: k % 7 === 0 ? 'Vegetar' : '', accessibilityNeeds: k % 31 === 0 ? 'Kørestol' : '', consentPhotos: k % 3 === 0 ? 0 : 1, consentChangedAt: null,
      createdAt: at, updatedAt: answered ?? at, checkInCode: code, reconfirmState: '', reconfirmReminders: 0,
    } as DB['invitations'] & { reconfirmState: string; reconfirmReminders: number } as never);
    audit.push({ id: randomUUID(), at, actor: `recruiter:${o.id}`, action: 'invitation.nominated', summitId, subjectType: 'invitation', subjectId: id, data: JSON.stringify({ status }) });
    if (status !== 'waitlisted') {
      outbox.push({
        id: randomUUID(), summitId, kind: 'invitation', toAddress: email, subject: 'Invitation: Skalatopmøde',
        bodyText: `Kære deltager\n\nDu er inviteret til topmødet. Svar via dit personlige link senest om 14 dage.\n\n${'Med venlig hilsen\nHolbæk Kommune\n'.repeat(4)}`,
        status: 'sent', attempts: 1, nextAttemptAt: at, claimedBy: null, claimedUntil: null, sentAt: at, lastError: '', createdAt: at,
        attachments: '[]', invitationId: id,
      });
    }
  }
  await db.transaction().execute(async (trx) => {
    await insertInBatches(trx, 'recruiterLinks', links, 7);
    await insertInBatches(trx, 'invitations', invitations as never, 26);
    await insertInBatches(trx, 'outboxMessages', outbox as never, 15);
    await insertInBatches(trx, 'auditLog', audit as never, 8);
  });
}

interface Seeded { summitId: string; invitationId: string }

/** The summit measured (one in the middle) and one of its people; seeds first unless already there. */
async function seed(runtime: Runtime): Promise<Seeded> {
  const db = runtime.database.db as unknown as Kysely<DB>;
  const pick = async (): Promise<Seeded | undefined> => {
    const summit = await db.selectFrom('summits').select('id').where('slug', '=', `skalatopmoede-${String(Math.ceil(SUMMITS / 2)).padStart(3, '0')}`).executeTakeFirst();
    if (!summit) return undefined;
    const invitation = await db.selectFrom('invitations').select('id').where('summitId', '=', summit.id).where('status', '=', 'confirmed').orderBy('name').executeTakeFirstOrThrow();
    return { summitId: summit.id, invitationId: invitation.id };
  };
  const count = async () => Number((await db.selectFrom('invitations').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const summits = Number((await db.selectFrom('summits').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  if (summits === SUMMITS && await count() === SUMMITS * PEOPLE) {
    console.log(`  reusing the seed: ${summits} summits, ${SUMMITS * PEOPLE} people`);
    return (await pick())!;
  }
  if (summits > 0) throw new Error(`The database holds ${summits} summits, not a seed of ${SUMMITS}: run without --reuse`);
  const started = performance.now();
  await createCoordinator(runtime.deps, coordinatorLogin);
  const templateId = await seedTemplate(runtime);
  const codes = new Set<string>();
  await seedPeople(db, templateId, codes);
  for (let n = 2; n <= SUMMITS; n++) await seedPeople(db, await copySummit(db, templateId, n), codes);
  await sql`analyze`.execute(db); // the planner's statistics, as a database that has run a while has them
  console.log(`  seeded ${SUMMITS} summits × ${PEOPLE} people in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return (await pick())!;
}

// ---------------------------------------------------------------------------------------------
// The server and the load.

const freePort = () => new Promise<number>((done) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => done(port)); });
});

// Loaded into the server before its code: counts the statements sent to either database and
// answers the bench's 'statements' message with the count so far.
const statementProbe = `data:text/javascript,${encodeURIComponent(`
  import { createRequire } from 'node:module';
  const require = createRequire(${JSON.stringify(join(resolve('.'), 'package.json'))});
  let count = 0;
  const pg = require('pg');
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (...a) { count++; return query.apply(this, a); };
  const Sqlite = require('better-sqlite3');
  const prepare = Sqlite.prototype.prepare;
  Sqlite.prototype.prepare = function (...a) {
    const statement = prepare.apply(this, a);
    for (const name of ['all', 'get', 'run', 'iterate']) {
      const own = statement[name];
      statement[name] = function (...b) { count++; return own.apply(this, b); };
    }
    return statement;
  };
  process.on('message', (m) => { if (m === 'statements') process.send({ count }); });
`)}`;

async function startSamskab(dataDir: string, databaseUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const profile = PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', '--import', statementProbe, 'src/main.ts'], {
    env: { ...process.env, NODE_ENV: 'production', SAMSKAB_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SAMSKAB_SEED_DEMO: 'false', SAMSKAB_LOG_LEVEL: 'error', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) return { base, child }; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`Nothing answered at ${base}`);
}

const statements = (child: ChildProcess) => new Promise<number>((done) => {
  child.once('message', (m) => done((m as { count: number }).count));
  child.send('statements');
});

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function get(url: string, cookie: string): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const req = httpRequest(url, { agent, headers: { cookie } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => done({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Logs the coordinator in through the login form, as a browser does; returns the cookies. */
async function logIn(base: string): Promise<string> {
  const form = await fetch(`${base}/login`);
  const cookies = form.headers.getSetCookie().map((c) => c.split(';')[0]);
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const res = await fetch(`${base}/login`, {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ ...coordinatorLogin, _csrf: token, next: '/admin' }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('samskab_session='));
  if (!session) throw new Error(`Login answered ${res.status} without a session`);
  return [...cookies, session].join('; ');
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

interface Row { name: string; path: string; status: number; p50: number; p95: number; bytes: number; statements: number }

async function measure(base: string, child: ChildProcess, cookie: string, name: string, path: string): Promise<Row> {
  const url = base + path;
  // The statements of one request: the least of three, so a background job's statement in between is not counted.
  let fewest = Infinity;
  let first = { status: 0, bytes: 0, ms: 0 };
  for (let i = 0; i < 3; i++) {
    const before = await statements(child);
    first = await get(url, cookie);
    fewest = Math.min(fewest, (await statements(child)) - before);
  }
  const run = async (amount: number) => {
    const times: number[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < amount) times.push((await get(url, cookie)).ms);
    }));
    return times.sort((a, b) => a - b);
  };
  await run(Math.max(CONCURRENCY * 2, 20)); // warm up: a fresh process compiles and optimises as it runs
  const times = await run(REQUESTS);
  return { name, path, status: first.status, p50: percentile(times, 50), p95: percentile(times, 95), bytes: first.bytes, statements: fewest };
}

function pagesOf(s: Seeded): [string, string][] {
  const at = `/admin/summits/${s.summitId}`;
  return [
    ['summit list', '/admin'],
    ['summit (details, status)', at],
    ['dashboard', `${at}/dashboard`],
    ['groups', `${at}/groups`],
    ['areas', `${at}/areas`],
    ['organisations', `${at}/organisations`],
    ['programme', `${at}/programme`],
    ['recruitment', `${at}/recruitment`],
    ['recruitment, last page', `${at}/recruitment?page=20`],
    ['recruitment, search', `${at}/recruitment?q=0042`],
    ['outbox', `${at}/outbox`],
    ['participants', `${at}/participants`],
    ['participants, search', `${at}/participants?q=0042`],
    ['participants, sorted by group, last page', `${at}/participants?sort=group&page=20`],
    ['participant', `${at}/participants/${s.invitationId}`],
    ['lifecycle', `${at}/lifecycle`],
    ['messages', `${at}/messages`],
    ['seating', `${at}/seating`],
    ['print', `${at}/print`],
    ['day', `${at}/day`],
    ['report', `${at}/report`],
    ['notes', `${at}/notes`],
    ['survey', `${at}/survey`],
    ['survey results', `${at}/survey/results`],
    ['personal data', `${at}/personal-data`],
    ['API tokens', '/admin/api-tokens'],
    ['privacy notice settings', '/admin/privatliv'],
  ];
}

async function run(label: string, databaseUrl: string, dataDir: string) {
  console.log(`\n${label}: ${SUMMITS} summits × ${PEOPLE} people, ${CONCURRENCY} requests at a time, ${REQUESTS} requests per page`);
  const runtime = await openRuntime(parseConfig({ SAMSKAB_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }));
  let seeded: Seeded;
  try { seeded = await seed(runtime); } finally { await runtime.close(); }
  const server = await startSamskab(dataDir, databaseUrl);
  const rows: Row[] = [];
  console.log('| page | status | p50 | p95 | size | statements | p95 < 100 ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  try {
    const cookie = await logIn(server.base);
    for (const [name, path] of pagesOf(seeded).filter(([name]) => !ONLY || ONLY.some((part) => name.includes(part)))) {
      const r = await measure(server.base, server.child, cookie, name, path);
      rows.push(r);
      const ok = r.status === 200 && r.p95 < TARGET_MS;
      console.log(`| ${r.name} | ${r.status} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${(r.bytes / 1024).toFixed(0)} KB | ${r.statements} | ${ok ? 'yes' : '**MISSES**'} |`);
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
  }
  const missed = rows.filter((r) => r.status !== 200 || r.p95 >= TARGET_MS);
  console.log(missed.length ? `  ${missed.length} of ${rows.length} pages miss the target: ${missed.map((r) => r.name).join(', ')}` : `  every page of ${rows.length} meets the target`);
  return missed.length === 0;
}

let ok = true;
if (!args.includes('--no-postgres')) {
  const database = 'samskab_bench_scale';
  const admin = new pg.Client({ connectionString: pgUrl, user: decodeURIComponent(new URL(pgUrl).username) || 'postgres' });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount! > 0;
  if (exists && !REUSE) await admin.query(`drop database ${database} with (force)`);
  if (!exists || !REUSE) await admin.query(`create database ${database}`);
  await admin.end();
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  const dataDir = join(tmpdir(), 'samskab-bench-scale-pg');
  mkdirSync(dataDir, { recursive: true });
  ok = await run('PostgreSQL', url.toString(), dataDir) && ok;
}
if (args.includes('--sqlite')) {
  const dataDir = join(tmpdir(), 'samskab-bench-scale-sqlite');
  if (!REUSE && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  ok = await run('SQLite', '', dataDir) && ok;
}
agent.destroy();
process.exit(ok ? 0 : 1);
