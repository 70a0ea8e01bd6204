// The lookups that must not grow with the summit use an index, as each database plans them: the
// statements the stores really run are explained. On PostgreSQL sequential scans are switched off
// for the check, so a tiny test table cannot make a scan look cheaper than the index.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql, type KyselyPlugin, type CompiledQuery, type Kysely } from 'kysely';
import { createAreaStore } from '../../src/storage/area-store.ts';
import { createBadgePrintStore } from '../../src/storage/badge-print-store.ts';
import { createCheckInStore } from '../../src/storage/check-in-store.ts';
import { createInvitationStore } from '../../src/storage/invitation-store.ts';
import { createLifecycleStore } from '../../src/storage/lifecycle-store.ts';
import { createOutboxStore } from '../../src/storage/outbox-store.ts';
import { createParticipantListStore } from '../../src/storage/participants/participant-list-store.ts';
import { createOrganisationStore } from '../../src/storage/organisation-store.ts';
import { createProgrammeStore } from '../../src/storage/programme-store.ts';
import { createRecruiterLinkStore } from '../../src/storage/recruiter-link-store.ts';
import { createSeatingPlanStore } from '../../src/storage/seating/seating-plan-store.ts';
import { createSeatingRosterStore } from '../../src/storage/seating/seating-roster-store.ts';
import { createSummitStore } from '../../src/storage/summit-store.ts';
import type { DB } from '../../src/storage/schema.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/test-database.ts';

// A prepared query (storage/executor.ts) is compiled once with a marker where each parameter goes,
// and that compilation is what the plugin below sees; its values are put in only when it runs.
// PostgreSQL refuses the markers (they hold NUL bytes), so the explain gets a value of the same
// kind in their place, by the parameter's name.
const preparedMarker = /^\u0000param:(\w+)\u0000$/;
const sampleValues: Readonly<Record<string, unknown>> = { id: 'i1', invitationId: 'i1', tokenHash: 'h1', summitId: 's1', email: 'a@example.dk', now: '2026-03-01T09:00:00.000Z' };
function withSampleValues(parameters: readonly unknown[]): unknown[] {
  return parameters.map((value) => {
    const name = typeof value === 'string' ? preparedMarker.exec(value)?.[1] : undefined;
    if (name === undefined) return value;
    if (!(name in sampleValues)) throw new Error(`No sample value for the prepared parameter "${name}"`);
    return sampleValues[name];
  });
}

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
      const { rows } = await conn.executeQuery<Record<string, unknown>>({ ...query, sql: explain, query: query.query, parameters: withSampleValues(query.parameters) });
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

    it("counts and pages a summit's outgoing mail through the summit's index", async () => {
      const store = (db: Kysely<DB>) => createOutboxStore({ db, dialect: t.database.dialect });
      const [counts] = await plansOf(t, (db) => store(db).countForSummit('s1'));
      const [page] = await plansOf(t, (db) => store(db).listPageForSummit('s1', 50, 50));
      for (const plan of [counts, page]) {
        assert.match(plan!, /outbox_(summit|messages_summit_address)\b/, plan);
        assert.doesNotMatch(plan!, kind === 'postgres' ? /Seq Scan/ : /SCAN outbox_messages(?! USING)/, plan);
      }
    });

    // SQLite reads the rows in the index's order and needs no sort of its own. PostgreSQL may still
    // choose a bitmap scan and sort the few rows of one summit, so there only the index is checked.
    const sorts = kind === 'sqlite' ? /TEMP B-TREE/ : /(?!)/;

    it("reads a summit's areas, organisations, programme and status history through an index in the order shown, not a scan and a sort", async () => {
      const context = () => (db: Kysely<DB>) => ({ db, dialect: t.database.dialect });
      const summit = 's1' as SummitId;
      const [areas] = await plansOf(t, (db) => createAreaStore(context()(db)).list(summit));
      const [organisations] = await plansOf(t, (db) => createOrganisationStore(context()(db)).list(summit));
      const [programme] = await plansOf(t, (db) => createProgrammeStore(context()(db)).list(summit));
      const [history] = await plansOf(t, (db) => createSummitStore(context()(db)).listStatusChanges(summit));
      const [links] = await plansOf(t, (db) => createRecruiterLinkStore(context()(db)).listActiveForSummit('s1', '2026-03-01T09:00:00.000Z'));
      for (const [plan, index] of [[areas, 'areas_summit_order'], [organisations, 'organisations_summit_order'], [programme, 'programme_items_summit_order'],
        [history, 'summit_status_changes_summit'], [links, 'recruiter_links_summit']] as const) {
        assert.match(plan!, new RegExp(index), plan);
        assert.doesNotMatch(plan!, sorts, plan);
      }
    });

    it("lists a summit's invitations in the order they were made from an index, filtered or not", async () => {
      const store = (db: Kysely<DB>) => createInvitationStore({ db, dialect: t.database.dialect });
      const [everyone] = await plansOf(t, (db) => store(db).listBySummit('s1'));
      const [summaries] = await plansOf(t, (db) => store(db).listSummaries('s1'));
      const [rows] = await plansOf(t, (db) => store(db).listRows('s1', {}));
      const [inGroup] = await plansOf(t, (db) => store(db).listRows('s1', { groupId: 'g1', status: 'confirmed' }));
      const [onePage] = await plansOf(t, (db) => store(db).listRows('s1', {}, { offset: 950, limit: 50 }));
      for (const plan of [everyone, summaries, rows, inGroup, onePage]) {
        assert.match(plan!, /invitations_summit_created/, plan);
        assert.doesNotMatch(plan!, sorts, plan);
      }
      // A search is counted and paged by PostgreSQL within the summit's rows; SQLite leaves it to the application.
      const searched = await plansOf(t, (db) => store(db).searchPage('s1', { status: 'confirmed' }, 'anna', 1, 50));
      if (kind === 'sqlite') return assert.deepEqual(searched, []);
      assert.equal(searched.length, 2);
      for (const plan of searched) {
        assert.match(plan, /invitations_\w+[\s\S]*summit_id = /, plan);
        assert.doesNotMatch(plan, /Seq Scan on invitations/, plan);
      }
    });

    it("reads only a summit's confirmed people for the lists that offer them, through the summit and status index", async () => {
      const [names] = await plansOf(t, (db) => createInvitationStore({ db, dialect: t.database.dialect }).listConfirmedNames('s1'));
      assert.match(names!, /invitations_summit_(pending_deadline|created)/, names);
      assert.doesNotMatch(names!, kind === 'postgres' ? /Seq Scan/ : /SCAN invitations(?! USING)/, names);
    });

    it("reads a page of a summit's participant list, in Danish name order, from an index on PostgreSQL, never a scan of every summit's people", async () => {
      const store = (db: Kysely<DB>) => createParticipantListStore({ db, dialect: t.database.dialect });
      const plans = await plansOf(t, (db) => store(db).findPage('s1', { page: 2 }, 50));
      // SQLite has no Danish collation: the application orders the summit's rows there (a read of invitations_summit_created).
      if (kind === 'sqlite') return assert.deepEqual(plans, []);
      const [counts, page] = plans;
      assert.match(page!, /Index Scan using invitations_summit_name_da/, page);
      assert.doesNotMatch(page!, /Sort/, page);
      assert.match(counts!, /invitations_\w+[\s\S]*summit_id = /, counts);
      for (const plan of plans) assert.doesNotMatch(plan, /Seq Scan on invitations/, plan);
      const [, sorted] = await plansOf(t, (db) => store(db).findPage('s1', { sort: 'group', search: 'anna' }, 50));
      assert.match(sorted!, /invitations_\w+[\s\S]*summit_id = /, sorted);
      assert.doesNotMatch(sorted!, /Seq Scan on invitations/, sorted);
    });

    it("counts a summit's people for the dashboard through an index on the summit, not a scan of every summit's", async () => {
      const store = (db: Kysely<DB>) => createInvitationStore({ db, dialect: t.database.dialect });
      const [counts] = await plansOf(t, (db) => store(db).statusCounts('s1'));
      const [answers] = await plansOf(t, (db) => store(db).answersPerHour('s1'));
      const [deadlines] = await plansOf(t, (db) => store(db).pendingDeadlinesPerHour('s1', '2026-03-01T09:00:00.000Z', '2026-03-04T09:00:00.000Z'));
      const [unanswered] = await plansOf(t, (db) => store(db).listFirstUnanswered('s1', 10));
      const bySummit = kind === 'postgres' ? /(Index|Index Only|Bitmap Index) Scan (using|on) invitations_\w+[\s\S]*summit_id = / : /SEARCH invitations USING (COVERING )?INDEX invitations_\w+ \(summit_id=\?/;
      for (const plan of [counts, answers, deadlines, unanswered]) {
        assert.match(plan!, bySummit, plan);
        assert.doesNotMatch(plan!, kind === 'postgres' ? /Seq Scan/ : /SCAN invitations(?! USING)/, plan);
      }
    });

    it("reads a recruiter link with its organisation, summit and group by the token's unique index and the keys, never a scan", async () => {
      const [plan] = await plansOf(t, (db) => createRecruiterLinkStore({ db, dialect: t.database.dialect }).findAccess('h1', '2026-03-01T09:00:00.000Z'));
      if (kind === 'sqlite') {
        assert.match(plan!, /SEARCH l USING INDEX \w+ \(token_hash=\?\)/, plan);
        for (const table of ['o', 's', 'g']) assert.match(plan!, new RegExp(`SEARCH ${table} USING INDEX \\w+ \\(id=\\?\\)`), plan);
        assert.doesNotMatch(plan!, /^SCAN /m, plan);
      } else {
        assert.match(plan!, /Index Scan using recruiter_links_token_hash\w*/, plan);
        assert.doesNotMatch(plan!, /Seq Scan/, plan);
      }
    });

    it('decides whether a participant page changed in one read of that person’s rows, each on an index, never a scan of the summit', async () => {
      const [plan] = await plansOf(t, (db) => createInvitationStore({ db, dialect: t.database.dialect }).findParticipantPage('h1'));
      for (const index of ['outbox_messages_invitation', 'outbox_messages_summit_address', 'consents_invitation']) assert.match(plan!, new RegExp(index), plan);
      // Every table is searched by a key or an index: the token's two tables, the invitation, the summit.
      if (kind === 'sqlite') {
        assert.match(plan!, /SEARCH invitation_tokens USING .*\(token_hash=\?\)[\s\S]*SEARCH invitations USING .*\(token_hash=\?\)/, plan);
        assert.doesNotMatch(plan!, /^SCAN /m, plan);
      } else {
        assert.match(plan!, /Index Scan using invitations_pkey/, plan);
        assert.doesNotMatch(plan!, /Seq Scan/, plan);
      }
    });

    it("reads the seating page's confirmed people, versions and names through the summit's indexes, never a scan", async () => {
      const context = (db: Kysely<DB>) => ({ db, dialect: t.database.dialect });
      const [people] = await plansOf(t, (db) => createSeatingRosterStore(context(db)).listConfirmedEntries('s1'));
      const [names] = await plansOf(t, (db) => createSeatingRosterStore(context(db)).listNames('s1', ['i1', 'i2']));
      const [versions] = await plansOf(t, (db) => createSeatingPlanStore(context(db)).listSummaries('s1'));
      const scan = kind === 'postgres' ? /Seq Scan/ : /^SCAN /m;
      for (const plan of [people, names, versions]) assert.doesNotMatch(plan!, scan, plan);
      if (kind === 'postgres') {
        assert.match(people!, /Scan (using|on) invitations_\w+[\s\S]*summit_id = [\s\S]*groups_summit/, people);
        assert.match(names!, /Scan (using|on) invitations_\w+/, names);
      } else {
        assert.match(people!, /SEARCH i USING (COVERING )?INDEX invitations_\w+ \(summit_id=\?/, people);
        assert.match(names!, /SEARCH invitations USING (COVERING )?INDEX \w+ \((id|summit_id)=\?/, names);
      }
      // The versions come newest first in the index's order, with no sort of their own.
      assert.match(versions!, /seating_plans_summit_version/, versions);
      assert.doesNotMatch(versions!, sorts, versions);
    });

    it("reads the summit day's counts, missing people and printed badges through the summit's indexes, never a scan of every summit's", async () => {
      const context = (db: Kysely<DB>) => ({ db, dialect: t.database.dialect });
      const [counts] = await plansOf(t, (db) => createCheckInStore(context(db)).countByGroup('s1'));
      const [missing] = await plansOf(t, (db) => createCheckInStore(context(db)).listMissing('s1'));
      const [printed] = await plansOf(t, (db) => createBadgePrintStore(context(db)).listLatestOfConfirmed('s1'));
      for (const plan of [counts, missing, printed]) {
        assert.match(plan!, kind === 'postgres' ? /Scan using invitations_\w+ on invitations i .*\n\s+Index Cond: \(summit_id = / : /SEARCH i USING (COVERING )?INDEX invitations_\w+ \(summit_id=\?/, plan);
        assert.doesNotMatch(plan!, kind === 'postgres' ? /Seq Scan/ : /^SCAN /m, plan);
      }
      // A person's organisation, area and group are looked up among the summit's own, not every summit's.
      if (kind === 'postgres') for (const index of ['organisations_summit_order', 'areas_summit_order']) assert.match(missing!, new RegExp(index), missing);
      if (kind === 'postgres') assert.match(printed!, /groups_summit/, printed);
      // The newest and the published version only, each looked up among the summit's versions: not every version's rounds.
      const [plans] = await plansOf(t, (db) => createSeatingPlanStore(context(db)).findNewestAndPublished('s1'));
      assert.match(plans!, /seating_plans_summit_version/, plans);
      assert.doesNotMatch(plans!, kind === 'postgres' ? /Seq Scan/ : /^SCAN (?!n$|p$)/m, plans);
    });

    it('reads one participant’s re-confirmation state by the invitation’s key', async () => {
      const [plan] = await plansOf(t, (db) => createLifecycleStore({ db, dialect: t.database.dialect }).findReconfirmState('i1'));
      assert.match(plan!, kind === 'postgres' ? /Index Scan using invitations_pkey/ : /SEARCH invitations USING (INTEGER PRIMARY KEY|INDEX sqlite_autoindex_invitations_1|PRIMARY KEY)/, plan);
    });
  });
}
