// The seating page reads its versions as summaries and its people as the confirmed ones: each
// version of this summit is listed once with its own status, measures and broken rules (never
// another summit's), and the rules and absences still name people who have cancelled since.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SummitId } from '../../src/domain/ids.ts';
import { editSeatingPlan } from '../../src/use-cases/seating/edit-seating-plan.ts';
import { getSeatingPlan } from '../../src/use-cases/seating/get-seating-plan.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { declineInvitation } from '../../src/use-cases/registration/decline-invitation.ts';
import { messagesFor } from '../../src/web/i18n/messages.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { systemAccess } from '../support/access.ts';

const s = messagesFor('da').seating;
const runner = createInlinePlanRunner(40);

for (const kind of databaseKinds()) {
  describe(`the seating page's versions and names (${kind})`, () => {
    let t: TestApp;
    let forms: Awaited<ReturnType<typeof coordinatorForms>>;
    before(async () => {
      t = await createTestApp(kind);
      forms = await coordinatorForms(t);
    });
    after(async () => { await t.close(); });

    const summitWithPlans = async () => {
      const world = await buildSeatingSummit(t.deps, { people: 12, facilitators: 2 });
      await saveSeatingSettings(t.deps, systemAccess, world.summit.id, (settings) => ({ ...settings, rounds: 1, seconds: 0.2 }));
      return world;
    };
    const plan = async (summitId: SummitId) => {
      const started = await planTables(t.deps, runner, systemAccess, summitId);
      await runner.idle();
      return getSeatingPlan(t.deps, started.id);
    };
    /** The row of the versions table that opens `planId`. */
    const rowOf = (body: string, planId: string) => body.split('<tr>').filter((row) => row.includes(`/plans/${planId}"`));

    it("lists each of the summit's versions once, newest first, with its own status and broken rules, and never another summit's", async () => {
      const world = await summitWithPlans();
      const other = await summitWithPlans();
      const first = await plan(world.summit.id);
      const second = await plan(world.summit.id);
      await publishSeatingPlan(t.deps, systemAccess, first.id);
      // Moving a facilitator breaks a rule: the edited version is the newest and lists what it breaks.
      const facilitator = world.people[0]!.id;
      const from = second.rounds[0]!.tables.find((table) => table.people.includes(facilitator))!.id;
      const to = second.rounds[0]!.tables.find((table) => table.id !== from)!.id;
      const edited = await editSeatingPlan(t.deps, systemAccess, second.id, { kind: 'move', round: 1, person: facilitator, table: to });
      assert.ok(edited.violations.length > 0);
      const elsewhere = await plan(other.summit.id);

      const page = await forms.get(`/admin/summits/${world.summit.id}/seating`);
      assert.equal(page.statusCode, 200);
      const versions = [edited, second, first];
      for (const version of versions) assert.equal(rowOf(page.body, version.id).length, 1, `version ${version.version} is listed once`);
      assert.deepEqual(versions.map((v) => page.body.indexOf(`/plans/${v.id}"`)), versions.map((v) => page.body.indexOf(`/plans/${v.id}"`)).sort((a, b) => a - b), 'newest first');
      assert.ok(!page.body.includes(elsewhere.id), "another summit's version never shows");

      const [editedRow] = rowOf(page.body, edited.id);
      assert.ok(editedRow!.includes(`${s.violationsHeading} (${edited.violations.length})`), editedRow);
      assert.ok(editedRow!.includes(s.sources.edited), editedRow);
      const [publishedRow] = rowOf(page.body, first.id);
      assert.ok(publishedRow!.includes(`<span class="seating-tag">${s.published}</span>`), publishedRow);
      assert.ok(publishedRow!.includes(s.repeats(first.score!.repeatedPairs)) || publishedRow!.includes(s.noRepeats), publishedRow);
      assert.ok(!publishedRow!.includes(s.violationsHeading), publishedRow);
      assert.equal(page.body.split(`<span class="seating-tag">${s.published}</span>`).length, 2, 'only the published version is tagged');
    });

    it('names the people in the rules and the absences by name after they have cancelled', async () => {
      const world = await summitWithPlans();
      const person = (name: string) => world.people.find((p) => p.name === name)!.id as string;
      await saveSeatingSettings(t.deps, systemAccess, world.summit.id, (settings) => ({ ...settings, keepApart: [[person('Deltager 3'), person('Deltager 4')]] }));
      await publishSeatingPlan(t.deps, systemAccess, (await plan(world.summit.id)).id);
      await t.deps.db.stores.seatingPlans.setAbsence(world.summit.id, { person: person('Deltager 5'), fromRound: 1 }, t.deps.clock.now());
      await declineInvitation(t.deps, tokenOf('Deltager 4', world.summit.id));
      await declineInvitation(t.deps, tokenOf('Deltager 5', world.summit.id));

      const page = await forms.get(`/admin/summits/${world.summit.id}/seating`);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`${s.keepApart}: Deltager 3 – Deltager 4`), 'the rule names both people');
      assert.ok(page.body.includes(s.absentRow('Deltager 5', 1)), 'the absence names the person');
      assert.ok(!page.body.includes('Deltager 4 ('), 'who cancelled is no longer offered in the list of people');
    });
  });
}
