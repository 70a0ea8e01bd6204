// Every route of the OpenAPI document, called with fast-check's bodies and path values against a
// real app on SQLite: no answer is a 5xx, and a refused request (4xx) changes nothing, checked by
// comparing a dump of every table before and after it. Fixed seed and bounded runs, so a failure
// repeats and the file stays well under a minute.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../support/test-app.ts';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
interface Operation { method: Method; path: string }

// Tables a refused request may write by design: rate-limit and login-throttle counters.
const bookkeeping = /throttle|attempt|rate_limit|login_failure/i;

describe('API fuzzing on sqlite', () => {
  let t: TestApp;
  let operations: Operation[];
  const ids: Record<string, string> = {};

  before(async () => {
    t = await createTestApp('sqlite');
    const post = async (url: string, payload: object) => (await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: t.auth, payload })).json();
    ids.summitId = (await post('/summits', { title: 'Fuzz', capacity: 40 })).id;
    ids.groupId = (await post(`/summits/${ids.summitId}/groups`, { name: 'Borgere', quota: 20 })).id;
    ids.areaId = (await post(`/summits/${ids.summitId}/areas`, { name: 'Orø', population: 900 })).id;
    ids.organisationId = (await post(`/summits/${ids.summitId}/organisations`, { name: 'Forum', kind: 'local_forum', groupId: ids.groupId, areaId: ids.areaId, quota: 5 })).id;
    ids.itemId = (await post(`/summits/${ids.summitId}/programme`, { title: 'Velkomst' })).id;
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item)
      .filter((m) => ['get', 'post', 'patch', 'put', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase() as Method, path })));
  });
  after(async () => { await t.close(); });

  async function dump(): Promise<string> {
    const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(t.db.database.db);
    const parts: string[] = [];
    for (const { name } of tables) {
      if (bookkeeping.test(name)) continue;
      const { rows } = await sql`select * from ${sql.table(name)}`.execute(t.db.database.db);
      parts.push(name, JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()));
    }
    return parts.join('\n');
  }

  // Path values: the real ids (so handlers run deep), or hostile text.
  const pathValue = (name: string) => fc.oneof(
    { weight: 3, arbitrary: fc.constant(ids[name] ?? ids.summitId!) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('0', '-1', '..', '%00', 'null', ' ', 'x'.repeat(101))) },
  );
  const body = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 3 }),
    fc.dictionary(fc.constantFrom('name', 'title', 'quota', 'capacity', 'status', 'groupId', 'areaId', 'email', 'startsAt', 'kind', 'population', 'code', 'clientId', 'token', 'fileName', 'contentBase64', 'overrides', 'needs', 'consents', 'roundsStarted', 'tables', 'rounds'),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }), fc.integer(), fc.constant('\u0000'), fc.constant('\ud800')), { maxKeys: 5 }),
  );

  it('never answers 5xx, and a refused request changes nothing', { timeout: 120_000 }, async () => {
    assert.ok(operations.length > 30, `only ${operations.length} operations in the OpenAPI document`);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (const op of operations) {
      const names = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      await fc.assert(fc.asyncProperty(fc.tuple(...names.map(pathValue)), body, fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), async (values, payload, authorised) => {
        const url = names.reduce((path, name, i) => path.replace(`{${name}}`, encodeURIComponent(values[i]!)), op.path);
        const before = await dump();
        const response = await t.app.inject({
          method: op.method, url, headers: { ...(authorised ? t.auth : {}), ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
        });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        if (response.statusCode >= 500) failures.push(`${op.method} ${url} ${JSON.stringify(payload)} → ${response.statusCode} ${response.body.slice(0, 200)}`);
        if (response.statusCode >= 400 && (await dump()) !== before) failures.push(`${op.method} ${url} ${JSON.stringify(payload)} → ${response.statusCode} changed the database`);
        return true;
      }), { seed: 11, numRuns: 12 });
    }
    console.log(`${operations.length} operations, answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.deepEqual(failures, []);
  });
});
