// Facilitators who host one table for the whole summit (the default) or change tables between
// rounds, as the coordinator chooses: in both cases every table has exactly one in every round.
// Through the use case on both databases, the settings form and the API.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SeatingPlan } from '../../src/domain/seating-plan.ts';
import type { Deps } from '../../src/ports.ts';
import { getSeatingPlan } from '../../src/use-cases/seating/get-seating-plan.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { markAbsent, replanOnTheDay } from '../../src/use-cases/seating/replan-on-the-day.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { waitForPlan } from '../support/wait-for-plan.ts';
import { systemAccess } from '../support/access.ts';

const runner = createInlinePlanRunner(60);

type World = Awaited<ReturnType<typeof buildSeatingSummit>>;
const facilitatorsOf = (world: World) => new Set<string>(world.people.filter((p) => p.name.startsWith('Facilitator')).map((p) => p.id));

/** Each facilitator's table per round, after checking that every table has exactly one. */
function facilitatorTables(rounds: SeatingPlan['rounds'], facilitators: Set<string>): Map<string, string[]> {
  const tablesOf = new Map<string, string[]>();
  rounds.forEach((round, r) => {
    for (const table of round.tables) {
      const here = table.people.filter((p) => facilitators.has(p));
      assert.equal(here.length, 1, `round ${r + 1}, table ${table.id} has exactly one facilitator`);
      tablesOf.set(here[0], [...(tablesOf.get(here[0]) ?? []), table.id]);
    }
  });
  return tablesOf;
}

async function plan(deps: Deps, world: World): Promise<SeatingPlan> {
  const started = await planTables(deps, runner, systemAccess, world.summit.id);
  await runner.idle();
  return getSeatingPlan(deps, started.id);
}

for (const kind of databaseKinds()) {
  describe(`facilitators and their tables (${kind})`, () => {
    let db: TestDatabase;
    let deps: Deps;
    before(async () => { db = await createTestDatabase(kind); deps = testDeps(db.database); });
    after(async () => { await runner.stopAll(); await db.destroy(); });

    it('keeps each facilitator at one table by default, and moves them, one per table, when the coordinator lets them', async () => {
      const world = await buildSeatingSummit(deps, { people: 28, facilitators: 4 });
      const facilitators = facilitatorsOf(world);
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 3, seconds: 0.3 }));
      const hosting = await plan(deps, world);
      assert.deepEqual(hosting.violations, []);
      for (const tables of facilitatorTables(hosting.rounds, facilitators).values()) assert.equal(new Set(tables).size, 1, 'a host keeps the table');

      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, facilitatorsStay: false }));
      const moving = await plan(deps, world);
      assert.deepEqual(moving.violations, []);
      assert.equal(moving.settings.facilitatorsStay, false);
      const tables = [...facilitatorTables(moving.rounds, facilitators).values()];
      assert.ok(tables.some((list) => new Set(list).size > 1), 'at least one facilitator changes table');
    });

    it('never seats two facilitators together when moving facilitators are re-planned after one leaves', async () => {
      const world = await buildSeatingSummit(deps, { people: 30, facilitators: 4 });
      const facilitators = facilitatorsOf(world);
      await saveSeatingSettings(deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 3, seconds: 0.3, facilitatorsStay: false }));
      const planned = await plan(deps, world);
      await publishSeatingPlan(deps, systemAccess, planned.id);
      for (const p of world.people.filter((x) => x.name === 'Deltager 3' || x.name === 'Facilitator 2')) await markAbsent(deps, systemAccess, world.summit.id, p.id, 2);
      const started = await replanOnTheDay(deps, runner, systemAccess, world.summit.id, { fromRound: 2 });
      await runner.idle();
      const replanned = await getSeatingPlan(deps, started.id);
      // Facilitator 2 has gone home: from round 2 one table has none, and the plan says so.
      assert.deepEqual(replanned.violations.map((v) => v.code).sort(), ['facilitator_missing', 'facilitator_missing']);
      const present = new Set([...facilitators].filter((id) => id !== world.people.find((p) => p.name === 'Facilitator 2')!.id));
      for (const round of replanned.rounds.slice(1)) {
        assert.deepEqual(round.tables.map((table) => table.people.filter((p) => present.has(p)).length).sort(), [0, 1, 1, 1]);
      }
      assert.deepEqual(replanned.rounds[0], planned.rounds[0], 'round 1 is over and stays as it was');
    });
  });
}

describe('the facilitators setting in the form and the API', () => {
  let t: TestApp;
  let forms: Awaited<ReturnType<typeof coordinatorForms>>;
  before(async () => {
    t = await createTestApp('sqlite');
    forms = await coordinatorForms(t);
  });
  after(async () => { await t.close(); });

  it('saves "facilitators change tables" from the settings form and shows it checked', async () => {
    const world = await buildSeatingSummit(t.deps, { people: 14, facilitators: 2 });
    const url = `/admin/summits/${world.summit.id}/seating`;
    const post = async (fields: Record<string, string>) => {
      const base = { rounds: '2', seconds: '1', autoTables: 'on', accessibleTables: '', weightGroup: '1', weightArea: '1', weightOrganisation: '0' };
      const response = await (await forms.open(url)).post(`${url}/settings`, { ...base, ...fields });
      assert.equal(response.statusCode, 303, response.body);
      return (await t.deps.db.stores.seatingPlans.findSettings(world.summit.id))!;
    };
    assert.equal((await post({ facilitatorsMove: 'on' })).facilitatorsStay, false);
    const page = await forms.get(url);
    assert.match(page.body, /<input[^>]*name="facilitatorsMove"[^>]*checked/);
    assert.match(page.body, /Bordfacilitatorerne skifter bord mellem runderne/);
    assert.equal((await post({})).facilitatorsStay, true, 'unchecked: they host one table again');
  });

  it('takes facilitatorsStay false in the API and moves the facilitators, one per table', async () => {
    const world = await buildSeatingSummit(t.deps, { people: 24, facilitators: 3 });
    const start = await t.app.inject({
      method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth,
      payload: { rounds: 3, seconds: 0.3, facilitatorsStay: false },
    });
    assert.equal(start.statusCode, 202, start.body);
    const { id } = start.json() as { id: string };
    const planJson = await waitForPlan<{ status: string; rounds: SeatingPlan['rounds']; violations: unknown[] }>(t, id);
    assert.equal(planJson.status, 'done');
    assert.deepEqual(planJson.violations, []);
    const tables = [...facilitatorTables(planJson.rounds, facilitatorsOf(world)).values()];
    assert.ok(tables.some((list) => new Set(list).size > 1), 'at least one facilitator changes table');
    const bad = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${world.summit.id}/seating-plans`, headers: t.auth, payload: { rounds: 3, facilitatorsStay: 'nej' } });
    assert.equal(bad.statusCode, 422);
    assert.equal((bad.json() as { code: string }).code, 'validation_failed');
  });
});
