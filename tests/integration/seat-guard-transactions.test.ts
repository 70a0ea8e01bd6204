// The seat guard's transactions as the seat decisions rely on them, on both databases: on SQLite
// work that arrives together shares one commit (each in its own savepoint), on PostgreSQL the lock
// and inserts travel with the next statement. Either way a work keeps what it wrote only if it
// returned normally, alone, and an insert that breaks a unique index fails its own work with the
// same error as at once. On PostgreSQL, too, work on a summit that arrives while its transaction
// runs shares the next one.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.ts';
import type { Deps, Stores } from '../../src/ports.ts';
import { buildSummit } from '../support/builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';

const invitation = (summitId: string, groupId: string, email: string) => ({
  summitId, groupId, organisationId: null, areaId: null, name: email, email, phone: '', status: 'pending', source: 'coordinator',
  waitlistPosition: 0, invitedAt: null, answerDeadline: null, answeredAt: null, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
}) as Parameters<Stores['invitations']['create']>[0];

for (const kind of databaseKinds()) {
  describe(`seat guard transactions on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await db.destroy(); });

    it('keeps the writes of every guarded work that returned, and none of one that failed beside them', async () => {
      const { summit, groups } = await buildSummit(deps);
      const now = deps.clock.now();
      const guarded = (email: string, fail: boolean) => deps.seatGuard.hold(summit.id, async (stores) => {
        const created = await stores.invitations.create(invitation(summit.id, groups[0]!.id, email), null, now);
        await stores.audit.append({ action: 'invitation.created', actor: 'system', summitId: summit.id, subjectType: 'invitation', subjectId: created.id, data: {} }, now);
        await stores.outbox.enqueue({ kind: 'invitation', summitId: summit.id, toAddress: email, subject: 's', bodyText: 'b', invitationId: created.id }, now);
        // A read after the inserts sees them, within the work.
        const seen = await stores.invitations.find(created.id);
        assert.equal(seen?.email, email);
        if (fail) throw new DomainError('summit_not_recruiting');
        return created.id;
      });
      const answers = await Promise.allSettled(['a@example.dk', 'b@example.dk', 'c@example.dk', 'd@example.dk'].map((email, i) => guarded(email, i === 1)));
      assert.deepEqual(answers.map((a) => a.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      assert.equal(((answers[1] as PromiseRejectedResult).reason as DomainError).code, 'summit_not_recruiting');
      const kept = await deps.db.stores.invitations.listBySummit(summit.id);
      assert.deepEqual(kept.map((i) => i.email).sort(), ['a@example.dk', 'c@example.dk', 'd@example.dk']);
      const mails = await deps.db.stores.outbox.listForSummit(summit.id, 100);
      assert.deepEqual(mails.map((m) => m.toAddress).sort(), ['a@example.dk', 'c@example.dk', 'd@example.dk']);
      const audit = await deps.db.stores.audit.list(summit.id);
      assert.equal(audit.filter((e) => e.action === 'invitation.created').length, 3);
    });

    it('runs each work of a shared transaction again on its own when a round trip of it fails, so only the work at fault fails', async () => {
      const { summit, groups } = await buildSummit(deps);
      const now = deps.clock.now();
      await deps.db.stores.invitations.create(invitation(summit.id, groups[0]!.id, 'taken@example.dk'), null, now);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => { open = resolve; });
      // The first work holds the summit while the others arrive, so they run together after it.
      const first = deps.seatGuard.hold(summit.id, async (stores) => {
        await gate;
        return (await stores.invitations.create(invitation(summit.id, groups[0]!.id, 'first@example.dk'), null, now)).id;
      });
      const together = ['a@example.dk', 'taken@example.dk', 'b@example.dk'].map((email) => deps.seatGuard.hold(summit.id, async (stores) => {
        const created = await stores.invitations.create(invitation(summit.id, groups[0]!.id, email), null, now);
        await stores.audit.append({ action: 'invitation.created', actor: 'system', summitId: summit.id, subjectType: 'invitation', subjectId: created.id, data: {} }, now);
        // A read after the insert: on PostgreSQL the insert travels with it, and a broken index fails it here.
        await stores.invitations.find(created.id);
        return created.id;
      }));
      open();
      const answers = await Promise.allSettled([first, ...together]);
      assert.deepEqual(answers.map((a) => a.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
      assert.equal(((answers[2] as PromiseRejectedResult).reason as DomainError).code, 'already_nominated');
      const kept = await deps.db.stores.invitations.listBySummit(summit.id);
      assert.deepEqual(kept.map((i) => i.email).sort(), ['a@example.dk', 'b@example.dk', 'first@example.dk', 'taken@example.dk']);
      assert.equal((await deps.db.stores.audit.list(summit.id)).filter((e) => e.action === 'invitation.created').length, 2);
    });

    // On SQLite the reads share the writer's one connection, which sees its own uncommitted work.
    if (kind === 'postgres') it('commits the works that arrive while the summit\'s transaction runs together: none is seen before the last is done', async () => {
      const { summit, groups } = await buildSummit(deps);
      const now = deps.clock.now();
      let openFirst!: () => void;
      const firstGate = new Promise<void>((resolve) => { openFirst = resolve; });
      let openLast!: () => void;
      const lastGate = new Promise<void>((resolve) => { openLast = resolve; });
      let lastRunning!: () => void;
      const lastStarted = new Promise<void>((resolve) => { lastRunning = resolve; });
      const create = (stores: Stores, email: string) => stores.invitations.create(invitation(summit.id, groups[0]!.id, email), null, now);
      const first = deps.seatGuard.hold(summit.id, async (stores) => { await firstGate; return create(stores, 'first@example.dk'); });
      const second = deps.seatGuard.hold(summit.id, async (stores) => create(stores, 'second@example.dk'));
      const last = deps.seatGuard.hold(summit.id, async (stores) => {
        lastRunning();
        await lastGate;
        return create(stores, 'last@example.dk');
      });
      openFirst();
      await first;
      await lastStarted;
      // The second work has returned and the last one runs: alone, the second would be committed by now.
      const seen = async () => (await deps.db.stores.invitations.listBySummit(summit.id)).map((i) => i.email).sort();
      try {
        assert.deepEqual(await seen(), ['first@example.dk']);
      } finally {
        openLast();
      }
      await Promise.all([second, last]);
      assert.deepEqual(await seen(), ['first@example.dk', 'last@example.dk', 'second@example.dk']);
    });

    if (kind === 'sqlite') it('gives the event loop a turn between works of a shared commit that run long, and a read made then waits for the commit', async () => {
      const { summit, groups } = await buildSummit(deps);
      const now = deps.clock.now();
      const ran: string[] = [];
      const busy = (ms: number) => { const until = performance.now() + ms; while (performance.now() < until) { /* a long synchronous stretch */ } };
      const guarded = (email: string) => deps.seatGuard.hold(summit.id, async (stores) => {
        await stores.invitations.create(invitation(summit.id, groups[0]!.id, email), null, now);
        busy(25);
        ran.push(email);
      });
      const emails = ['a@example.dk', 'b@example.dk', 'c@example.dk'];
      const works = emails.map(guarded);
      // Queued behind the turn that starts the shared transaction: runs when that turn gives way.
      const atTurn = new Promise<{ ranBefore: string[]; seen: Promise<string[]> }>((resolve) => setImmediate(() => resolve({
        ranBefore: [...ran],
        seen: deps.db.stores.invitations.listBySummit(summit.id).then((rows) => rows.map((r) => r.email).sort()),
      })));
      await Promise.all(works);
      const { ranBefore, seen } = await atTurn;
      assert.ok(ranBefore.length < emails.length, `the loop turned before the last work ran (had run: ${ranBefore.join(', ')})`);
      assert.deepEqual(await seen, emails, 'the read made during the transaction saw it whole, after its commit');
    });

    it('fails a work whose insert breaks the one-active-invitation-per-email index as already nominated, keeping nothing of it', async () => {
      const { summit, groups } = await buildSummit(deps);
      const now = deps.clock.now();
      await assert.rejects(deps.seatGuard.hold(summit.id, async (stores) => {
        await stores.invitations.create(invitation(summit.id, groups[0]!.id, 'same@example.dk'), null, now);
        await stores.audit.append({ action: 'invitation.created', actor: 'system', summitId: summit.id, data: {} }, now);
        await stores.invitations.create(invitation(summit.id, groups[0]!.id, 'Same@example.dk'), null, now);
      }), (error: unknown) => error instanceof DomainError && error.code === 'already_nominated');
      assert.deepEqual(await deps.db.stores.invitations.listBySummit(summit.id), []);
      assert.deepEqual((await deps.db.stores.audit.list(summit.id)).filter((e) => e.action === 'invitation.created'), []);
    });
  });
}
