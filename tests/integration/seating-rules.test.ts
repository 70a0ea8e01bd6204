// The promises of table plans, on real databases: a published plan never breaks a hard rule
// (capacity, one facilitator per table, keep-apart, fixed seats), only confirmed participants are
// seated, a cancellation after publishing is flagged and repaired with few moves, and edits are
// kept as versions. Property tests use random small rosters and a short planning budget.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SummitId } from '../../src/domain/ids.ts';
import { isDomainError } from '../../src/domain/errors.ts';
import type { SeatingPlan } from '../../src/domain/seating-plan.ts';
import type { Deps } from '../../src/ports.ts';
import { editSeatingPlan } from '../../src/use-cases/seating/edit-seating-plan.ts';
import { getSeatingOverview, getSeatingPlan } from '../../src/use-cases/seating/get-seating-plan.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { replanOnTheDay } from '../../src/use-cases/seating/replan-on-the-day.ts';
import { restoreSeatingPlan } from '../../src/use-cases/seating/restore-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { declineInvitation } from '../../src/use-cases/registration/decline-invitation.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { systemAccess } from '../support/access.ts';

const runner = createInlinePlanRunner(40);

async function plan(deps: Deps, summitId: SummitId, input: Parameters<typeof planTables>[4] = {}): Promise<SeatingPlan> {
  const started = await planTables(deps, runner, systemAccess, summitId, input);
  await runner.idle();
  return getSeatingPlan(deps, started.id);
}

/** An independent check of the hard rules, not sharing code with the solver's scorer. */
function hardRuleBreaches(plan: SeatingPlan, confirmed: Set<string>, facilitators: Set<string>, keepApart: [string, string][], fixed: { person: string; table: string; round?: number }[]): string[] {
  const breaches: string[] = [];
  plan.rounds.forEach((round, r) => {
    const seen = new Set<string>();
    for (const table of round.tables) {
      const spec = plan.settings.tables.find((t) => t.id === table.id)!;
      if (table.people.length < spec.min || table.people.length > spec.max) breaches.push(`size r${r + 1} ${table.id}`);
      if (table.people.filter((p) => facilitators.has(p)).length !== 1) breaches.push(`facilitators r${r + 1} ${table.id}`);
      for (const p of table.people) {
        if (!confirmed.has(p)) breaches.push(`unconfirmed ${p}`);
        if (seen.has(p)) breaches.push(`twice ${p}`);
        seen.add(p);
      }
      for (const [a, b] of keepApart) if (table.people.includes(a) && table.people.includes(b)) breaches.push(`apart r${r + 1}`);
    }
    if (seen.size !== confirmed.size) breaches.push(`missing r${r + 1}`);
    for (const f of fixed) {
      if (f.round !== undefined && f.round !== r + 1) continue;
      if (!round.tables.find((t) => t.id === f.table)?.people.includes(f.person)) breaches.push(`fixed r${r + 1} ${f.person}`);
    }
  });
  return breaches;
}

for (const kind of databaseKinds()) {
  describe(`table plan rules (${kind})`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await runner.stopAll(); await db.destroy(); });

    it('never publishes a plan that breaks a hard rule, on random rosters and rules', async () => {
      let publishedRuns = 0;
      await fc.assert(fc.asyncProperty(
        fc.record({
          facilitators: fc.integer({ min: 2, max: 4 }),
          perTable: fc.integer({ min: 4, max: 7 }),
          rounds: fc.integer({ min: 1, max: 3 }),
          groups: fc.integer({ min: 1, max: 4 }),
          areas: fc.integer({ min: 0, max: 5 }),
          apart: fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { maxLength: 3 }),
          fixed: fc.array(fc.tuple(fc.nat(40), fc.nat(10), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined })), { maxLength: 2 }),
          others: fc.array(fc.constantFrom('pending' as const, 'cancelled' as const, 'waitlisted' as const), { maxLength: 3 }),
        }),
        async (spec) => {
          const people = spec.facilitators * spec.perTable - spec.facilitators;
          const world = await buildSeatingSummit(deps, { people, facilitators: spec.facilitators, groups: spec.groups, areas: spec.areas, others: spec.others });
          const participants = world.people.filter((p) => !p.name.startsWith('Facilitator'));
          const id = (n: number) => participants[n % participants.length].id as string;
          const keepApart = spec.apart.map(([a, b]) => [id(a), id(b)] as [string, string]).filter(([a, b]) => a !== b);
          const fixed = spec.fixed.map(([p, t, round]) => ({ person: id(p), table: `t${(t % spec.facilitators) + 1}`, ...(round && round <= spec.rounds ? { round } : {}) }));
          await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: spec.rounds, keepApart, fixed, seconds: 0.2 }));
          const result = await plan(deps, world.summit.id);
          assert.equal(result.status, 'done');
          const confirmed = new Set<string>(world.people.map((p) => p.id));
          const facilitators = new Set<string>(world.people.filter((p) => p.name.startsWith('Facilitator')).map((p) => p.id));
          const breaches = hardRuleBreaches(result, confirmed, facilitators, keepApart, fixed);
          let published = true;
          try {
            await publishSeatingPlan(deps, systemAccess, result.id);
          } catch (error) {
            if (!isDomainError(error) || error.code !== 'seating_plan_has_violations') throw error;
            published = false;
          }
          if (published) { publishedRuns++; assert.deepEqual(breaches, [], 'a published plan keeps every hard rule'); }
          else assert.ok((await getSeatingPlan(deps, result.id)).violations.length > 0, 'a refused plan names the broken rule');
        },
      ), { numRuns: 25, seed: 20261126 });
      assert.ok(publishedRuns >= 10, `most random plans are publishable (${publishedRuns} of 25)`);
    });

    it('refuses to publish a manual edit that breaks a rule, and shows the broken rule at once', async () => {
      const world = await buildSeatingSummit(deps, { people: 21, facilitators: 3 });
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 1, seconds: 0.2 }));
      const planned = await plan(deps, world.summit.id);
      const facilitator = world.people[0].id as string;
      const from = planned.rounds[0].tables.find((t) => t.people.includes(facilitator))!.id;
      const to = planned.rounds[0].tables.find((t) => t.id !== from)!.id;
      const edited = await editSeatingPlan(deps, systemAccess, planned.id, { kind: 'move', round: 1, person: facilitator, table: to });
      assert.notEqual(edited.id, planned.id, 'an edit becomes a new version; the planned one is kept');
      assert.ok(edited.violations.some((v) => v.code === 'facilitators_shared_table' || v.code === 'facilitator_missing' || v.code === 'facilitator_moved'));
      await assert.rejects(publishSeatingPlan(deps, systemAccess, edited.id), (e) => isDomainError(e) && e.code === 'seating_plan_has_violations');
      const back = await editSeatingPlan(deps, systemAccess, edited.id, { kind: 'move', round: 1, person: facilitator, table: from });
      assert.equal(back.id, edited.id, 'further edits refine the unpublished draft');
      assert.deepEqual(back.violations, []);
      const restored = await restoreSeatingPlan(deps, systemAccess, planned.id);
      assert.equal(restored.source, 'restored');
      assert.deepEqual(restored.rounds, planned.rounds);
    });

    it('flags a cancellation after publishing and repairs it with few moves', async () => {
      const world = await buildSeatingSummit(deps, { people: 32, facilitators: 4 });
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 2, seconds: 0.2 }));
      const planned = await plan(deps, world.summit.id);
      await publishSeatingPlan(deps, systemAccess, planned.id);
      const leaving = world.people.find((p) => p.name === 'Deltager 7')!;
      await declineInvitation(deps, tokenOf('Deltager 7', world.summit.id));
      const overview = await getSeatingOverview(deps, world.summit.id);
      assert.deepEqual(overview.publishedChanges?.gone, [leaving.id]);
      await assert.rejects(publishSeatingPlan(deps, systemAccess, planned.id), (e) => isDomainError(e) && e.code === 'seating_plan_has_violations');

      const started = await replanOnTheDay(deps, runner, systemAccess, world.summit.id, { fromRound: 1 });
      await runner.idle();
      const repaired = await getSeatingPlan(deps, started.id);
      assert.equal(repaired.status, 'done');
      assert.deepEqual(repaired.violations, []);
      assert.ok(!repaired.rounds.some((r) => r.tables.some((t) => t.people.includes(leaving.id))));
      assert.ok(repaired.score!.movedSeats <= 2 * 4, `few moves (${repaired.score!.movedSeats})`);
      await publishSeatingPlan(deps, systemAccess, repaired.id);
      assert.equal((await getSeatingOverview(deps, world.summit.id)).publishedChanges, undefined);
    });

    it('takes a plan whose process stopped answering for failed, so planning can start again', async () => {
      const world = await buildSeatingSummit(deps, { people: 14, facilitators: 2 });
      const settings = { rounds: 1, tables: [], weights: {}, keepApart: [], keepTogether: [], fixed: [], seconds: 1 };
      const orphan = await deps.db.stores.seatingPlans.create({
        summitId: world.summit.id, status: 'running', source: 'generated', basedOnId: null, settings, absent: [], fromRound: 1,
        rounds: [], score: null, violations: [], locks: { people: [], tables: [] }, progress: 0.3, bestCost: null, error: '', createdBy: 'system',
      }, '2026-03-01T08:00:00.000Z');
      await assert.rejects(deps.db.stores.seatingPlans.create({ ...orphan, status: 'running' }, '2026-03-01T08:00:01.000Z'),
        (e) => isDomainError(e) && e.code === 'seating_job_running', 'the database allows one running plan per summit');
      assert.equal((await getSeatingPlan(deps, orphan.id)).status, 'failed', 'an hour without a heartbeat');
      assert.equal((await plan(deps, world.summit.id)).status, 'done');
    });

    it("lets the facilitator group's quota follow the number of tables the coordinator sets", async () => {
      const world = await buildSeatingSummit(deps, { people: 30, facilitators: 4 });
      const tables = Array.from({ length: 5 }, (_, i) => ({ id: `t${i + 1}`, name: String(i + 1), min: 6, max: 8, accessible: false }));
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, tables }));
      assert.equal((await deps.db.stores.groups.find(world.facilitatorGroup.id))!.quota, 5);
      assert.equal((await deps.db.stores.groups.find(world.groups[0].id))!.quota, 1000, 'other groups keep their quota');
    });

    it('seats people with accessibility needs at the accessible tables in every round', async () => {
      const world = await buildSeatingSummit(deps, { people: 28, facilitators: 4, accessibilityNeeds: 3 });
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 3, accessibleTables: [2, 4], seconds: 0.2 }));
      const planned = await plan(deps, world.summit.id);
      assert.deepEqual(planned.violations, []);
      const needing = world.people.filter((p) => ['Deltager 1', 'Deltager 2', 'Deltager 3'].includes(p.name)).map((p) => p.id as string);
      for (const round of planned.rounds) for (const person of needing) {
        assert.ok(['t2', 't4'].includes(round.tables.find((t) => t.people.includes(person))!.id));
      }
    });
  });
}
