// "Planlæg efter fremmøde": whoever has not checked in is treated as a no-show and the rounds not
// yet started are re-planned; rounds under way are never touched, so no checked-in person is moved
// out of one. The day view shows who is missing; a message to the missing reaches only them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { isDomainError } from '../../src/domain/errors.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import type { Deps } from '../../src/ports.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { getSummitDay } from '../../src/use-cases/check-in/get-summit-day.ts';
import { messageMissing } from '../../src/use-cases/check-in/message-missing.ts';
import { planByAttendance } from '../../src/use-cases/check-in/plan-by-attendance.ts';
import { startRound } from '../../src/use-cases/check-in/start-round.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { systemAccess } from '../support/access.ts';

const runner = createInlinePlanRunner(40);

async function publishedDay(deps: Deps, rounds = 3) {
  const built = await buildSeatingSummit(deps, { people: 30, facilitators: 4, groups: 3, others: ['pending', 'declined', 'waitlisted', 'cancelled', 'expired'] });
  await deps.db.stores.summits.update(built.summit.id, { status: 'published', startsAt: '2026-03-01T08:00:00.000Z' }, deps.clock.now());
  const started = await planTables(deps, runner, systemAccess, built.summit.id, { rounds, seconds: 0.1 });
  await runner.idle();
  await publishSeatingPlan(deps, systemAccess, started.id);
  const codes = await deps.db.stores.invitations.listCheckInCodes(built.summit.id);
  const arrive = async (ids: string[]) => {
    for (const id of ids) await checkInParticipant(deps, 'system', built.summit.id, { code: codes.get(id as never)!, clientId: randomUUID() });
  };
  return { ...built, arrive };
}

const seatsOf = (rounds: { tables: { id: string; people: string[] }[] }[], round: number) =>
  new Map(rounds[round - 1]!.tables.flatMap((t) => t.people.map((p) => [p, t.id] as const)));

for (const kind of databaseKinds()) {
  describe(`planning by attendance on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await runner.stopAll(); await db.destroy(); });

    it('seats only the people who checked in, in every round, at the start of the day', async () => {
      const { summit, people, arrive } = await publishedDay(deps);
      const here = people.filter((_, i) => i < 4 || i % 3 !== 0).map((p) => p.id);
      await arrive(here);
      const result = await planByAttendance(deps, runner, systemAccess, summit.id as SummitId, { seconds: 0.1 });
      await runner.idle();
      assert.equal(result.fromRound, 1);
      assert.equal(result.absent, people.length - here.length);
      const plan = (await deps.db.stores.seatingPlans.find(result.plan.id))!;
      assert.equal(plan.status, 'done');
      for (const round of plan.rounds) {
        const seated = round.tables.flatMap((t) => t.people).sort();
        assert.deepEqual(seated, [...here].sort());
      }
    });

    it('never moves a checked-in person out of a round that has started', async () => {
      const { summit, people, arrive } = await publishedDay(deps);
      const before = (await deps.db.stores.seatingPlans.findPublished(summit.id))!;
      await arrive(people.filter((_, i) => i % 4 !== 1).map((p) => p.id));
      await startRound(deps, systemAccess, summit.id as SummitId, 1);
      const result = await planByAttendance(deps, runner, systemAccess, summit.id as SummitId, { seconds: 0.1 });
      await runner.idle();
      assert.equal(result.fromRound, 2);
      const plan = (await deps.db.stores.seatingPlans.find(result.plan.id))!;
      assert.deepEqual(seatsOf(plan.rounds, 1), seatsOf(before.rounds, 1), 'round 1 is as it was');
    });

    it('answers no_rounds_left once every round has started', async () => {
      const { summit } = await publishedDay(deps, 2);
      await startRound(deps, systemAccess, summit.id as SummitId, 2);
      await assert.rejects(planByAttendance(deps, runner, systemAccess, summit.id as SummitId), (e) => isDomainError(e) && e.code === 'no_rounds_left');
    });

    it("counts each group's confirmed and checked-in people of its own summit only, whatever their status", async () => {
      const { summit, groups, facilitatorGroup, people, others, arrive } = await publishedDay(deps);
      const elsewhere = await publishedDay(deps);
      await elsewhere.arrive(elsewhere.people.map((p) => p.id));
      const [first, second, third] = [people[4]!, people[5]!, people[6]!];
      await arrive([first.id, second.id, third.id]);
      // Cancelling after arriving: still at the door, no longer expected. An undone arrival is no arrival.
      await deps.db.stores.invitations.update(first.id, { status: 'cancelled' }, deps.clock.now());
      await deps.db.stores.checkIns.undo(second.id, 'system', deps.clock.now());
      const day = await getSummitDay(deps, summit.id as SummitId);
      const everyone = [...people, ...others];
      for (const group of [...groups]) {
        const row = day.overview.byGroup.find((g) => g.groupId === group.id)!;
        const ofGroup = (ids: string[]) => everyone.filter((p) => p.groupId === group.id && ids.includes(p.id)).length;
        const confirmed = everyone.filter((p) => p.groupId === group.id && p.status === 'confirmed' && p.id !== first.id).length;
        assert.deepEqual({ checkedIn: row.checkedIn, expected: row.expected }, { checkedIn: ofGroup([first.id, third.id]), expected: confirmed }, group.name);
      }
      assert.ok(others.length > 0 && day.overview.byGroup.some((g) => g.groupId === facilitatorGroup.id));
      assert.equal(day.overview.checkedIn, 2);
      assert.equal(day.overview.expected, people.length - 1);
      assert.deepEqual(day.arrivals.length, 2);
      const missing = day.missing.flatMap((g) => g.organisations.flatMap((o) => o.people.map((p) => p.invitationId))).sort();
      assert.deepEqual(missing, people.filter((p) => p !== first && p !== third).map((p) => p.id).sort());
      assert.equal(day.missing.reduce((n, g) => n + g.count, 0), missing.length);
    });

    it('lists the missing by group and organisation, and messages only them', async () => {
      const { summit, people, arrive } = await publishedDay(deps);
      await arrive(people.slice(0, 20).map((p) => p.id));
      const day = await getSummitDay(deps, summit.id as SummitId);
      const missing = day.missing.flatMap((g) => g.organisations.flatMap((o) => o.people.map((p) => p.invitationId)));
      assert.deepEqual(missing.sort(), people.slice(20).map((p) => p.id).sort());
      assert.equal(day.arrivals.length, 20);
      const { sent } = await messageMissing(deps, systemAccess, summit.id as SummitId, { subject: 'Vi er gået i gang', body: 'Er du på vej?' });
      assert.equal(sent, people.length - 20);
      const outbox = await deps.db.stores.outbox.listForSummit(summit.id, 500);
      const toMissing = outbox.filter((m) => m.kind === 'missing_on_the_day').map((m) => m.toAddress).sort();
      assert.deepEqual(toMissing, people.slice(20).map((p) => p.email).sort());
    });
  });
}
