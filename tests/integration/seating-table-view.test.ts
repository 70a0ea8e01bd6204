// A participant's tables behind their personal link: only their own tables; a facilitator also
// sees who sits at their table; nothing before publishing; nothing for an unknown link.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getSeatingPlan } from '../../src/use-cases/seating/get-seating-plan.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { markAbsent, replanOnTheDay } from '../../src/use-cases/seating/replan-on-the-day.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { systemAccess } from '../support/access.ts';

describe('the table view behind a personal link', () => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof buildSeatingSummit>>;
  const runner = createInlinePlanRunner(30);
  const view = (name: string) => t.app.inject({ method: 'GET', url: `/i/${tokenOf(name, world.summit.id)}/bord` });

  before(async () => {
    t = await createTestApp();
    world = await buildSeatingSummit(t.deps, { people: 14, facilitators: 2 });
    await saveSeatingSettings(t.deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 2, seconds: 0.1 }));
  });
  after(async () => { await runner.stopAll(); await t.close(); });

  it('shows nothing before the plan is published', async () => {
    const page = await view('Deltager 1');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Bordplanen er ikke offentliggjort endnu/);
  });

  it('shows a participant their own tables only, and a facilitator the people at theirs', async () => {
    const started = await planTables(t.deps, runner, systemAccess, world.summit.id);
    await runner.idle();
    const plan = await getSeatingPlan(t.deps, started.id);
    await publishSeatingPlan(t.deps, systemAccess, plan.id);
    const participant = await view('Deltager 1');
    assert.match(participant.body, /Runde 1: bord \d/);
    assert.match(participant.body, /Runde 2: bord \d/);
    assert.doesNotMatch(participant.body, /Deltager 2\b/, 'no other participant is named');
    const facilitator = await view('Facilitator 1');
    const id = world.people.find((p) => p.name === 'Facilitator 1')!.id;
    const table = plan.rounds[0].tables.find((x) => x.people.includes(id))!;
    for (const other of table.people.filter((p) => p !== id)) {
      assert.ok(facilitator.body.includes(world.people.find((p) => p.id === other)!.name), 'the facilitator sees everyone at the table');
    }
  });

  it("updates the facilitator's view when a re-planned plan is published on the day", async () => {
    const facilitatorId = world.people.find((p) => p.name === 'Facilitator 1')!.id as string;
    const published = (await t.deps.db.stores.seatingPlans.findPublished(world.summit.id))!;
    const atTable = published.rounds[1].tables.find((x) => x.people.includes(facilitatorId))!.people.filter((p) => p !== facilitatorId);
    const noShow = world.people.find((p) => p.id === atTable[0])!;
    assert.ok((await view('Facilitator 1')).body.includes(noShow.name));
    await markAbsent(t.deps, systemAccess, world.summit.id, noShow.id, 1);
    const started = await replanOnTheDay(t.deps, runner, systemAccess, world.summit.id, { fromRound: 1 });
    await runner.idle();
    const replanned = await getSeatingPlan(t.deps, started.id);
    assert.deepEqual(replanned.violations, []);
    await publishSeatingPlan(t.deps, systemAccess, replanned.id);
    assert.ok(!(await view('Facilitator 1')).body.includes(`<td>${noShow.name}</td>`), 'the no-show is gone from the facilitator\'s table');
    assert.match((await view(noShow.name)).body, /Runde 1: ingen plads/);
  });

  it('answers an unknown link with 404', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/i/this-token-does-not-exist-anywhere/bord' });
    assert.equal(page.statusCode, 404);
  });
});
