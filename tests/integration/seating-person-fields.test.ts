// The table plan page names people in typed fields with one shared list of the confirmed people:
// a typed name (or the offered label) is resolved on the server; a name that fits nobody, or
// several, is refused with a Danish message and changes nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { participantLabel, resolveParticipant, type SeatingParticipant } from '../../src/domain/seating-roster.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';

const person = (id: string, name: string, groupName: string): SeatingParticipant => ({
  id, name, email: `${id}@example.dk`, status: 'confirmed', groupId: groupName, groupName, facilitator: false, areaId: null, areaName: null, organisationId: null,
} as SeatingParticipant);

describe('resolving a typed person', () => {
  const roster = [person('a', 'Anna Hansen', 'Borgere'), person('b', 'Anna Hansen', 'Politikere'), person('c', 'Bo Berg', 'Borgere')];
  it('takes an id, a name (case and spacing aside) or the offered label', () => {
    assert.equal(resolveParticipant(roster, 'c'), 'c');
    assert.equal(resolveParticipant(roster, '  bo   BERG '), 'c');
    assert.equal(resolveParticipant(roster, participantLabel(roster[1]!)), 'b');
  });
  it('refuses a name that fits nobody, and one that fits several', () => {
    assert.throws(() => resolveParticipant(roster, 'Ukendt Person'), { code: 'seating_person_unknown' });
    assert.throws(() => resolveParticipant(roster, 'Anna Hansen'), { code: 'seating_person_ambiguous' });
  });
});

for (const kind of databaseKinds()) {
  describe(`the table plan page's person fields (${kind})`, () => {
    let t: TestApp;
    let forms: Awaited<ReturnType<typeof coordinatorForms>>;
    before(async () => {
      t = await createTestApp(kind);
      forms = await coordinatorForms(t);
    });
    after(async () => { await t.close(); });

    it('lists the confirmed people once, in one datalist, not in a select per form', async () => {
      const world = await buildSeatingSummit(t.deps, { people: 12, facilitators: 2 });
      const page = await forms.get(`/admin/summits/${world.summit.id}/seating`);
      assert.equal(page.body.match(/<datalist /g)?.length, 1);
      assert.equal(page.body.match(/Deltager 3 \(/g)?.length, 1, 'each person is offered once on the page');
      assert.match(page.body, /<input[^>]*name="personA"[^>]*list="seating-people"/);
    });

    it('saves a rule from typed names, and refuses an unknown name with a Danish message, changing nothing', async () => {
      const world = await buildSeatingSummit(t.deps, { people: 12, facilitators: 2 });
      const url = `/admin/summits/${world.summit.id}/seating`;
      const id = (name: string) => world.people.find((p) => p.name === name)!.id as string;
      const saved = await (await forms.open(url)).post(`${url}/rules`, { kind: 'apart', personA: 'deltager 3', personB: 'Deltager 4' });
      assert.equal(saved.statusCode, 303, saved.body);
      assert.deepEqual((await t.deps.db.stores.seatingPlans.findSettings(world.summit.id))!.keepApart, [[id('Deltager 3'), id('Deltager 4')]]);

      const refused = await (await forms.open(url)).post(`${url}/rules`, { kind: 'together', personA: 'Deltager 3', personB: 'Ingen Sådan' });
      assert.equal(refused.statusCode, 303);
      assert.match(String(refused.headers.location), /error=seating_person_unknown/);
      const settings = (await t.deps.db.stores.seatingPlans.findSettings(world.summit.id))!;
      assert.deepEqual(settings.keepTogether, [], 'nothing saved');
      assert.equal(settings.keepApart.length, 1, 'the earlier rule stays');
      const shown = await forms.get(String(refused.headers.location));
      assert.match(shown.body, /Der er ingen bekræftet deltager med det navn/);
    });
  });
}
