// The lookups that must not grow with the summit use an index, as each database plans them: the
// statements the stores really run are explained. On PostgreSQL sequential scans are switched off
// for the check, so a tiny test table cannot make a scan look cheaper than the index.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type KyselyPlugin, type CompiledQuery, type Kysely } from 'kysely';
import { createLifecycleStore } from '../../src/storage/lifecycle-store.ts';
import type { DB } from '../../src/storage/schema.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';

/** The plan of every statement `work` runs on `db`, as one text each. */
async function plansOf(t: TestDatabase, work: (db: Kysely<DB>) => Promise<unknown>): Promise<string[]> {
  return t.database.db.connection().execute(async (conn) => {
    const ran: CompiledQuery[] = [];
    const capture: KyselyPlugin = {
      transformQuery: (args) => { ran.push(conn.getExecutor().compileQuery(args.node, args.queryId)); return args.node; },
      transformResult: async (args) => args.result,
    };
    if (t.kind === 'postgres') await sql`set enable_seqscan = off`.execute(conn);
    await work(conn.withPlugin(capture) as Kysely<DB>);
    const plans: string[] = [];
    for (const query of ran) {
      const explain = t.kind === 'postgres' ? `explain ${query.sql}` : `explain query plan ${query.sql}`;
      const { rows } = await conn.executeQuery<Record<string, unknown>>({ ...query, sql: explain, query: query.query });
      plans.push(rows.map((r) => String(r['QUERY PLAN'] ?? r.detail)).join('\n'));
    }
    if (t.kind === 'postgres') await sql`reset enable_seqscan`.execute(conn);
    return plans;
  });
}

for (const kind of databaseKinds()) {
  describe(`query plans (${kind})`, () => {
    let t: TestDatabase;
    before(async () => { t = await createTestDatabase(kind); });
    after(async () => { await t.destroy(); });

    it('finds the messages sent to one participant through the invitation and address indexes, not a scan of the summit', async () => {
      const [byInvitation, byAddress] = await plansOf(t, (db) => createLifecycleStore({ db, dialect: t.database.dialect }).listMessagesTo('s1', 'i1', 'a@example.dk'));
      assert.match(byInvitation!, /outbox_messages_invitation/, byInvitation);
      assert.match(byAddress!, /outbox_messages_summit_address/, byAddress);
    });

    it('reads one participant’s re-confirmation state by the invitation’s key', async () => {
      const [plan] = await plansOf(t, (db) => createLifecycleStore({ db, dialect: t.database.dialect }).findReconfirmState('i1'));
      assert.match(plan!, kind === 'postgres' ? /Index Scan using invitations_pkey/ : /SEARCH invitations USING (INTEGER PRIMARY KEY|INDEX sqlite_autoindex_invitations_1|PRIMARY KEY)/, plan);
    });
  });
}
