// Every route of the OpenAPI document, and every HTML form (the POST routes of Fastify's route
// table, posted with a valid session and CSRF token so the handlers are really reached), called
// with fast-check's bodies and path values against a real app on SQLite and PostgreSQL: no answer
// is a 5xx, and a refused request (4xx) changes nothing, checked by comparing a dump of every
// table before and after it. A planted route that writes and then refuses shows the comparison
// catches such a request. Fixed seed and bounded runs, so a failure repeats and each database
// takes well under a minute.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { sql } from 'kysely';
import { buildApp } from '../../src/server/app.ts';
import { createSeatingJobs } from '../../src/jobs/seating-jobs.ts';
import type { Database } from '../../src/storage/database.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { logIn } from '../../src/use-cases/manage-coordinators.ts';
import { participantTokens } from '../support/registration.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Operation { method: Method; path: string }

// Tables a refused request may write by design: rate-limit and login-throttle counters.
const bookkeeping = /throttle|attempt|rate_limit|login_failure/i;

const tablesOf = new WeakMap<Database, string[]>();

/** Every table's rows, sorted, as one text: equal texts mean nothing was written. */
async function dumpDatabase(database: Database): Promise<string> {
  let tables = tablesOf.get(database);
  if (!tables) {
    const { rows } = database.dialect.name === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(database.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(database.db);
    tables = rows.map((r) => r.name).filter((name) => !bookkeeping.test(name));
    tablesOf.set(database, tables);
  }
  if (database.dialect.name === 'postgres') {
    // One round trip for the whole database: a request to a server costs more than the dump itself.
    const parts = tables.map((name) => sql`select ${name} as name, (select coalesce(json_agg(r.t order by r.t), '[]')::text from (select row_to_json(x)::text as t from ${sql.table(name)} x) r) as rows`);
    const { rows } = await sql<{ name: string; rows: string }>`${sql.join(parts, sql` union all `)}`.execute(database.db);
    return rows.map((r) => `${r.name}\n${r.rows}`).join('\n');
  }
  const parts: string[] = [];
  for (const name of tables) {
    const { rows } = await sql`select * from ${sql.table(name)}`.execute(database.db);
    parts.push(name, JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
  }
  return parts.join('\n');
}

/**
 * Sends one request and notes in `failures` a 5xx, or a refusal (4xx) after which the database
 * differs from before it. Counts answers by status in `statuses`.
 */
async function probe(app: FastifyInstance, database: Database, request: InjectOptions, failures: string[], statuses: Map<number, number>): Promise<void> {
  const before = await dumpDatabase(database);
  const response = await app.inject(request);
  statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
  const what = `${request.method} ${request.url} ${String(request.payload ?? '').slice(0, 200)}`;
  if (response.statusCode >= 500) failures.push(`${what} → ${response.statusCode} ${response.body.slice(0, 200)}`);
  if (response.statusCode >= 400 && (await dumpDatabase(database)) !== before) failures.push(`${what} → ${response.statusCode} changed the database`);
}

/** The POST routes of Fastify's route table, read from printRoutes' tree. */
function postRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false, method: 'POST' }).split('\n')) {
    const at = line.search(/[├└]── /);
    if (at < 0) continue;
    const depth = at / 4;
    const label = line.slice(at + 4).replace(/ \(POST\)$/, '');
    stack[depth] = (depth > 0 ? stack[depth - 1]! : '') + label;
    stack.length = depth + 1;
    if (line.endsWith('(POST)')) paths.push(stack[depth]!);
  }
  return paths;
}

const pathNames = (path: string) => [...path.matchAll(/[{:](\w+)\}?/g)].map((m) => m[1]!);
const hostileText = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('0', '-1', '..', '%00', 'null', ' ', 'x'.repeat(101)));
const authorisedMostly = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });

for (const kind of databaseKinds()) {
  describe(`API and form fuzzing on ${kind}`, () => {
    let t: TestApp;
    let operations: Operation[];
    let forms: string[];
    const ids: Record<string, string> = {};
    let formSession: { cookies: Record<string, string>; csrf: string };

    before(async () => {
      t = await createTestApp(kind);
      const post = async (url: string, payload: object) => (await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: t.auth, payload })).json();
      ids.summitId = (await post('/summits', { title: 'Fuzz', capacity: 40 })).id;
      ids.groupId = (await post(`/summits/${ids.summitId}/groups`, { name: 'Borgere', quota: 20 })).id;
      ids.areaId = (await post(`/summits/${ids.summitId}/areas`, { name: 'Orø', population: 900 })).id;
      ids.organisationId = (await post(`/summits/${ids.summitId}/organisations`, { name: 'Forum', kind: 'local_forum', groupId: ids.groupId, areaId: ids.areaId, quota: 5 })).id;
      ids.itemId = (await post(`/summits/${ids.summitId}/programme`, { title: 'Velkomst' })).id;
      ids.recruiterToken = ((await post(`/organisations/${ids.organisationId}/recruiter-link`, {})).url as string).split('/').pop()!;
      ids.invitationId = (await post(`/summits/${ids.summitId}/invitations`, { name: 'Ane', email: 'ane@example.dk', groupId: ids.groupId })).id;
      ids.participantToken = (await participantTokens(t.deps, ids.summitId as SummitId)).get('ane@example.dk')!;
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
      operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item)
        .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase() as Method, path })));
      // Logging out would end the session the other forms need; what removes things goes last.
      const removing = /\/(delete|erase|withdraw|cancel|revoke|remove)$/;
      forms = postRoutes(t.app).filter((p) => !p.startsWith('/api/') && p !== '/logout')
        .sort((a, b) => Number(removing.test(a)) - Number(removing.test(b)));
      const session = (await logIn(t.deps, 'koordinator@example.dk', 'a-long-password-1')).sessionToken;
      const page = await t.app.inject({ url: `/admin/summits/${ids.summitId}/day`, cookies: { samskab_session: session } });
      assert.equal(page.statusCode, 200);
      formSession = {
        csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!,
        cookies: { samskab_session: session, ...Object.fromEntries(page.cookies.map((c) => [c.name, c.value])) },
      };
    });
    after(async () => { await t.close(); });

    /** The real value for a path parameter (so handlers run deep), or hostile text. */
    const pathValue = (path: string, name: string) => {
      const real = name === 'token' ? (path.startsWith('/r/') || path.includes('/recruiter/') ? ids.recruiterToken : ids.participantToken)
        : name === 'id' ? ids.invitationId : ids[name] ?? ids.summitId;
      return fc.oneof({ weight: 3, arbitrary: fc.constant(real!) }, { weight: 1, arbitrary: hostileText });
    };
    const fill = (path: string, names: string[], values: string[]) =>
      names.reduce((p, name, i) => p.replace(new RegExp(`(\\{${name}\\}|:${name})`), encodeURIComponent(values[i]!)), path);

    const json = fc.oneof(
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(fc.constantFrom('name', 'title', 'quota', 'capacity', 'status', 'groupId', 'areaId', 'email', 'startsAt', 'kind', 'population', 'code', 'clientId', 'token', 'fileName', 'contentBase64', 'overrides', 'needs', 'consents', 'roundsStarted', 'tables', 'rounds'),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }), fc.integer(), fc.constant('\u0000'), fc.constant('\ud800')), { maxKeys: 5 }),
    );
    const formFields = fc.dictionary(
      fc.constantFrom('name', 'title', 'email', 'quota', 'capacity', 'population', 'kind', 'groupId', 'areaId', 'organisationId', 'startsAt', 'endsAt', 'venue',
        'reconfirmBy', 'status', 'diet', 'accessibility', 'consentPhotos', 'message', 'label', 'subject', 'body', 'text', 'question', 'keyPoints', 'phone', 'tables', 'seed'),
      fc.oneof(fc.string({ maxLength: 30 }), fc.integer().map(String), fc.constantFrom('', '\u0000', '\ud800', 'on', 'x'.repeat(3000), '2027-05-20T09:00'),
        fc.constantFrom(...['groupId', 'areaId', 'organisationId', 'summitId'].map((k) => k))), { maxKeys: 6 },
    ).map((fields) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, ids[v] ?? v])));

    it('never answers 5xx to an API route, and a refused API request changes nothing', { timeout: 300_000 }, async () => {
      assert.ok(operations.length > 30, `only ${operations.length} operations in the OpenAPI document`);
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (const op of operations) {
        const names = pathNames(op.path);
        await fc.assert(fc.asyncProperty(fc.tuple(...names.map((n) => pathValue(op.path, n))), json, authorisedMostly, async (values, payload, authorised) => {
          await probe(t.app, t.db.database, {
            method: op.method, url: fill(op.path, names, values), headers: { ...(authorised ? t.auth : {}), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
          }, failures, statuses);
          return true;
        }), { seed: 11, numRuns: 8 });
      }
      console.log(`${kind}: ${operations.length} API operations, answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
      assert.deepEqual(failures, []);
    });

    it('never answers 5xx to a form, and a refused form post changes nothing', { timeout: 300_000 }, async () => {
      assert.ok(forms.length > 60, `only ${forms.length} form routes in the route table`);
      assert.ok(forms.includes('/admin/summits/:summitId/groups') && forms.includes('/i/:token/accept'), 'the route table was read whole');
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      for (const path of forms) {
        const names = pathNames(path);
        await fc.assert(fc.asyncProperty(fc.tuple(...names.map((n) => pathValue(path, n))), formFields, authorisedMostly, async (values, fields, withToken) => {
          await probe(t.app, t.db.database, {
            method: 'POST', url: fill(path, names, values), cookies: formSession.cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
            payload: new URLSearchParams({ ...(withToken ? { _csrf: formSession.csrf } : {}), ...fields }).toString(),
          }, failures, statuses);
          return true;
        }), { seed: 12, numRuns: 6 });
      }
      console.log(`${kind}: ${forms.length} form routes, answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
      // Most posts must get past the CSRF check and the session, or the forms were never reached.
      const refusedAtTheDoor = (statuses.get(403) ?? 0) + (statuses.get(401) ?? 0);
      const all = [...statuses.values()].reduce((a, b) => a + b, 0);
      assert.ok(refusedAtTheDoor < all / 2, `${refusedAtTheDoor} of ${all} form posts refused before reaching the form`);
      assert.deepEqual(failures, []);
    });
  });
}

for (const kind of databaseKinds()) {
  describe(`the fuzzer's database comparison on ${kind}`, () => {
    let t: TestApp;
    let app: FastifyInstance;
    before(async () => {
      t = await createTestApp(kind);
      // Planted routes: one writes an audit entry and then refuses, one refuses without writing.
      app = await buildApp({ deps: t.deps, planRunner: createSeatingJobs(), secureCookies: false, routes: [(scope) => {
        scope.post('/planted/write-then-refuse', async (_request, reply) => {
          await t.deps.db.stores.audit.append({ actor: 'system', summitId: null, subjectType: 'summit', subjectId: 'planted', action: 'summit.created', data: {} }, t.deps.clock.now());
          return reply.status(422).send({ code: 'validation_failed' });
        });
        scope.post('/planted/refuse', async (_request, reply) => reply.status(422).send({ code: 'validation_failed' }));
      }] });
    });
    after(async () => { await app.close(); await t.close(); });

    it('reports a refused request that wrote to the database, and not one that did not', async () => {
      const failures: string[] = [];
      const statuses = new Map<number, number>();
      await probe(app, t.db.database, { method: 'POST', url: '/planted/refuse' }, failures, statuses);
      assert.deepEqual(failures, []);
      await probe(app, t.db.database, { method: 'POST', url: '/planted/write-then-refuse' }, failures, statuses);
      assert.deepEqual(failures, ['POST /planted/write-then-refuse  → 422 changed the database']);
      assert.equal(statuses.get(422), 2);
    });
  });
}
