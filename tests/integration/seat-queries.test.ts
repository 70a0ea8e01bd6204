// What a seat decision reads must not grow with the summit: held seats come from counters the
// database keeps (and that always agree with the invitations), and the duplicate-email check and
// the next on the waiting list are answered from their indexes. The plans are read with EXPLAIN on
// each database, from the very SQL the stores send. PostgreSQL plans these near-empty tables with
// sequential scans and sorts switched off, so a scan or a sort in its plan means that no index can
// answer the query (or give its order) at all.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CompiledQuery, sql, type KyselyPlugin } from 'kysely';
import type { Database } from '../../src/storage/database.ts';
import { createStores } from '../../src/storage/unit-of-work.ts';
import { emailKey } from '../../src/domain/invitation.ts';
import type { Deps, Stores } from '../../src/ports.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

/** Stores whose statements are kept (as compiled SQL with parameters) instead of only run. */
function recordingStores(database: Database): { stores: Stores; statements: CompiledQuery[] } {
  const statements: CompiledQuery[] = [];
  // Plugins see the query after the snake_case one, so what is compiled here is what is sent.
  const recorder: KyselyPlugin = {
    transformQuery: ({ node }) => { statements.push(database.db.getExecutor().compileQuery(node, { queryId: 'explain' } as never)); return node; },
    transformResult: async ({ result }) => result,
  };
  return { stores: createStores({ db: database.db.withPlugin(recorder), dialect: database.dialect }), statements };
}

// A prepared query (storage/executor.ts) is compiled once, with a marker where each parameter goes,
// and that compilation is what the recorder sees. PostgreSQL refuses the markers (they hold NUL
// bytes): the explain gets text in their place, which is what every parameter of these queries is.
const withSampleValues = (parameters: readonly unknown[]) =>
  parameters.map((value) => (typeof value === 'string' && /^\u0000param:\w+\u0000$/.test(value) ? 'sample' : value));

/** The plan of `statement` as text, one line per step. */
async function plan(kind: string, database: Database, statement: CompiledQuery): Promise<string> {
  const parameters = withSampleValues(statement.parameters);
  if (kind === 'sqlite') {
    const result = await database.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${statement.sql}`, parameters));
    return result.rows.map((r) => r.detail).join('\n');
  }
  return database.db.transaction().execute(async (trx) => {
    await sql`set local enable_seqscan = off`.execute(trx);
    await sql`set local enable_sort = off`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${statement.sql}`, parameters));
    return result.rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

/** The last statement `step` sent that reads `table`. */
async function statementOf(recording: ReturnType<typeof recordingStores>, table: string, step: (stores: Stores) => Promise<unknown>): Promise<CompiledQuery> {
  const before = recording.statements.length;
  await step(recording.stores);
  const sent = recording.statements.slice(before).filter((s) => s.sql.includes(`"${table}"`));
  assert.ok(sent.length > 0, `the step read ${table}`);
  return sent[sent.length - 1]!;
}

const scans = (kind: string, text: string, table: string) =>
  kind === 'sqlite' ? new RegExp(`SCAN ${table}\\b`).test(text) : new RegExp(`Seq Scan on ${table}\\b`).test(text);

for (const kind of databaseKinds()) {
  describe(`seat queries on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await db.destroy(); });

    it('keeps the held-seat counters equal to the invitations through inserts, answers, moves, removals and deletions', async () => {
      const { summit, groups } = await buildSummit(deps, { capacity: 100, groups: [{ name: 'Borgere', quota: 50 }, { name: 'Erhverv', quota: 50 }] });
      const [citizens, business] = [groups[0]!.id, groups[1]!.id];
      const forum = await buildOrganisation(deps, summit.id, citizens, 20, { name: 'Forum' });
      const club = await buildOrganisation(deps, summit.id, citizens, 20, { name: 'Klub' });
      const stores = deps.db.stores;
      const scanned = async (groupId: string, organisationId: string | null) => {
        const all = (await stores.invitations.listBySummit(summit.id)).filter((i) => i.status === 'pending' || i.status === 'confirmed');
        return { summit: all.length, group: all.filter((i) => i.groupId === groupId).length, organisation: organisationId === null ? 0 : all.filter((i) => i.organisationId === organisationId).length };
      };
      const agree = async (when: string) => {
        for (const [groupId, organisationId] of [[citizens, forum.id], [citizens, club.id], [business, null], [citizens, null]] as const) {
          assert.deepEqual(await stores.invitations.countHeld(summit.id, groupId, organisationId), await scanned(groupId, organisationId), `${when}: ${groupId} / ${organisationId}`);
        }
      };
      const people = [];
      for (let i = 0; i < 12; i++) {
        const status = (['pending', 'confirmed', 'waitlisted', 'declined'] as const)[i % 4];
        people.push(await buildInvitation(deps, { summitId: summit.id, groupId: i < 9 ? citizens : business, organisationId: i < 5 ? forum.id : i < 9 ? club.id : null, status }));
      }
      await agree('after inserts');
      const now = deps.clock.now();
      await stores.invitations.update(people[2]!.id as never, { status: 'pending' }, now);
      await stores.invitations.update(people[0]!.id as never, { status: 'declined' }, now);
      await stores.invitations.update(people[1]!.id as never, { status: 'confirmed', dietNeeds: 'vegetar' }, now);
      await agree('after answers');
      await stores.invitations.update(people[5]!.id as never, { groupId: business, organisationId: null }, now);
      await stores.invitations.update(people[4]!.id as never, { organisationId: club.id }, now);
      await agree('after moves');
      await db.database.db.deleteFrom('organisations').where('id', '=', club.id).execute();
      await agree('after an organisation was removed (its people stay in the group)');
      await db.database.db.deleteFrom('invitations').where('id', '=', people[9]!.id).execute();
      await agree('after an invitation was deleted');
      await db.database.db.deleteFrom('summits').where('id', '=', summit.id).execute();
      const left = await db.database.db.selectFrom('seatCounts').selectAll().where('summitId', '=', summit.id).execute();
      assert.deepEqual(left, [], 'a deleted summit leaves no counters');
    });

    it('answers the duplicate-email check from its partial index, and only because the statuses are literals', async () => {
      const { summit } = await buildSummit(deps);
      const recording = recordingStores(db.database);
      const statement = await statementOf(recording, 'invitations', (s) => s.invitations.findActiveByEmail(summit.id, emailKey('a@example.dk')));
      const used = await plan(kind, db.database, statement);
      assert.match(used, /invitations_one_active_per_email/, used);
      assert.ok(!scans(kind, used, 'invitations'), used);
      if (kind === 'sqlite') {
        // The same query with the statuses bound as parameters: SQLite cannot see that it matches the
        // index's condition and reads another index's rows for the summit instead.
        const bound = { ...statement, sql: statement.sql.replace(/status in \('waitlisted', 'pending', 'confirmed'\)/, 'status in (?, ?, ?)'), parameters: [...statement.parameters, 'waitlisted', 'pending', 'confirmed'] };
        assert.notEqual(bound.sql, statement.sql);
        assert.doesNotMatch(await plan(kind, db.database, bound as CompiledQuery), /invitations_one_active_per_email/);
      }
    });

    it('finds the next on the waiting list in index order, without sorting', async () => {
      const { summit, groups } = await buildSummit(deps);
      const organisation = await buildOrganisation(deps, summit.id, groups[0]!.id, 5);
      const recording = recordingStores(db.database);
      for (const organisationId of [organisation.id, null]) {
        const statement = await statementOf(recording, 'invitations', (s) => s.invitations.nextWaitlisted(summit.id, groups[0]!.id, organisationId));
        const used = await plan(kind, db.database, statement);
        // SQLite keeps the order after `organisation_id is null` too; PostgreSQL needs the partial index.
        assert.match(used, organisationId || kind === 'sqlite' ? /invitations_waitlist_order/ : /invitations_waitlist_order_without_organisation/, used);
        assert.doesNotMatch(used, kind === 'sqlite' ? /USE TEMP B-TREE/ : /\bSort\b/, used);
      }
    });

    it('counts held seats and decides a seat without reading the invitations of the summit', async () => {
      const { summit, groups } = await buildSummit(deps);
      const organisation = await buildOrganisation(deps, summit.id, groups[0]!.id, 5);
      const recording = recordingStores(db.database);
      const count = await plan(kind, db.database, await statementOf(recording, 'seat_counts', (s) => s.invitations.countHeld(summit.id, groups[0]!.id, organisation.id)));
      assert.doesNotMatch(count, /invitations/, count);
      assert.ok(!scans(kind, count, 'seat_counts'), count);
      const state = await plan(kind, db.database, await statementOf(recording, 'seat_counts', (s) => s.seats.state(summit.id, groups[0]!.id, organisation.id, emailKey('b@example.dk'))));
      assert.ok(!scans(kind, state, 'invitations') && !scans(kind, state, 'seat_counts'), state);
      assert.match(state, /invitations_one_active_per_email/, state);
    });
  });
}
