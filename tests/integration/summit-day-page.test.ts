// The coordinator's day page: arrivals as a chart with the same numbers in text, who is missing,
// the helpers' check-in links (shown once, revocable), and the two actions that ask first and then
// say what happened: "Planlæg efter fremmøde" and a message to the missing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { SummitId } from '../../src/domain/ids.ts';
import type { Deps } from '../../src/ports.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { waitForPlan } from '../support/wait-for-plan.ts';

async function publishedDay(t: TestApp) {
  const deps: Deps = t.deps;
  const built = await buildSeatingSummit(deps, { people: 12, facilitators: 2, groups: 2 });
  const summitId = built.summit.id as SummitId;
  await deps.db.stores.summits.update(summitId, { status: 'published', startsAt: '2026-03-01T08:00:00.000Z' }, deps.clock.now());
  const start = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/seating-plans`, headers: t.auth, payload: { rounds: 2, seconds: 0.1 } });
  assert.equal(start.statusCode, 202, start.body);
  const planId = (start.json() as { id: string }).id;
  await waitForPlan(t, planId);
  assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/seating-plans/${planId}/publish`, headers: t.auth })).statusCode, 200);
  const codes = await deps.db.stores.invitations.listCheckInCodes(summitId);
  const arrive = async (ids: string[]) => {
    for (const id of ids) await checkInParticipant(deps, 'system', summitId, { code: codes.get(id as never)!, clientId: randomUUID() });
  };
  return { ...built, summitId, arrive, url: `/admin/summits/${summitId}/day` };
}

for (const kind of databaseKinds()) {
  describe(`the coordinator's day page (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    it('shows the arrivals as a chart with a text alternative and lists only those who have not arrived', async () => {
      const { people, arrive, url } = await publishedDay(t);
      const here = people.slice(0, 5);
      await arrive(here.map((p) => p.id));
      const forms = await coordinatorForms(t);
      const page = await forms.get(url);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`5 af ${people.length} tjekket ind`));
      assert.match(page.body, /<svg class="samskab-chart"[^>]*role="img"[^>]*aria-labelledby="arrivals-chart-title arrivals-chart-desc"/);
      assert.match(page.body, new RegExp(`<desc id="arrivals-chart-desc">5 af ${people.length} tjekket ind mellem kl\\.`));
      assert.match(page.body, /<title id="by-group-chart-title">/);
      const missing = page.body.slice(page.body.indexOf('id="missing-heading"'), page.body.indexOf('id="plan-heading"'));
      for (const person of people) {
        const listed = missing.includes(`<li>${person.name}</li>`);
        assert.equal(listed, !here.includes(person), `${person.name} is ${listed ? '' : 'not '}listed as missing`);
      }
    });

    it('asks before planning by attendance, naming how many become no-shows, and changes nothing until confirmed', async () => {
      const { people, arrive, url, summitId } = await publishedDay(t);
      await arrive(people.slice(0, 10).map((p) => p.id));
      const versions = (await t.deps.db.stores.seatingPlans.list(summitId)).length;
      const forms = await coordinatorForms(t);
      const { post } = await forms.open(url);
      const question = await post(`${url}/plan-by-attendance`, {});
      assert.equal(question.statusCode, 200);
      assert.match(question.body, new RegExp(`${people.length - 10} personer er ikke tjekket ind og behandles som udeblevne\\. Runde 1–2 planlægges igen\\.`));
      assert.equal((await t.deps.db.stores.seatingPlans.list(summitId)).length, versions, 'no new version before the answer');
      assert.deepEqual(await t.deps.db.stores.seatingPlans.listAbsences(summitId), []);

      const done = await post(`${url}/plan-by-attendance`, { confirmed: 'yes' });
      assert.equal(done.statusCode, 303);
      assert.equal(done.headers.location, `${url}?done=planned&absent=${people.length - 10}&from=1`);
      const plans = await t.deps.db.stores.seatingPlans.list(summitId);
      assert.equal(plans.length, versions + 1);
      await waitForPlan(t, plans[0]!.id);
      const after = await forms.get(done.headers.location);
      assert.match(after.body, new RegExp(`Planlægningen er i gang: ${people.length - 10} udeblevne, fra runde 1\\.`));
      assert.match(after.body, new RegExp(`Version ${plans[0]!.version} af bordplanen er nyere end den offentliggjorte\\.`));
    });

    it('asks before messaging the missing, with their number, then mails exactly them and says how many', async () => {
      const { people, arrive, url, summitId } = await publishedDay(t);
      const here = people.slice(0, 9);
      await arrive(here.map((p) => p.id));
      const absent = people.length - here.length;
      const forms = await coordinatorForms(t);
      const { post } = await forms.open(url);
      const mailsToMissing = async () => (await t.deps.db.stores.outbox.listForSummit(summitId, 500)).filter((m) => m.kind === 'missing_on_the_day');

      const question = await post(`${url}/message`, { subject: 'Vi er begyndt', body: 'Er du på vej?' });
      assert.equal(question.statusCode, 200);
      assert.match(question.body, new RegExp(`Beskeden sendes til ${absent} deltagere, der ikke er tjekket ind\\.`));
      assert.equal((await mailsToMissing()).length, 0, 'nothing is sent before the answer');

      const sent = await post(`${url}/message`, { subject: 'Vi er begyndt', body: 'Er du på vej?', confirmed: 'yes' });
      assert.equal(sent.statusCode, 303);
      assert.equal(sent.headers.location, `${url}?done=messaged&sent=${absent}`);
      const mails = await mailsToMissing();
      const missingEmails = people.filter((p) => !here.includes(p)).map((p) => p.email).sort();
      assert.deepEqual(mails.map((m) => m.toAddress).sort(), missingEmails);
      assert.match((await forms.get(sent.headers.location)).body, new RegExp(`${absent} deltagere har fået besked\\.`));
    });

    it('refuses an empty message with a Danish message and sends nothing', async () => {
      const { url, summitId } = await publishedDay(t);
      const forms = await coordinatorForms(t);
      const { post } = await forms.open(url);
      const answer = await post(`${url}/message`, { subject: 'Hej', body: '   ', confirmed: 'yes' });
      assert.equal(answer.statusCode, 422);
      assert.match(answer.body, /Feltet skal udfyldes\./);
      assert.equal((await t.deps.db.stores.outbox.listForSummit(summitId, 500)).filter((m) => m.kind === 'missing_on_the_day').length, 0);
    });

    it('shows a new check-in link once, and a revoked link stops working', async () => {
      const { url } = await publishedDay(t);
      const forms = await coordinatorForms(t);
      const { post } = await forms.open(url);
      const created = await post(`${url}/links`, { label: 'Indgang B' });
      assert.equal(created.statusCode, 201);
      const link = /<code class="samskab-token" id="new-link">([^<]+)<\/code>/.exec(created.body)![1]!;
      const path = new URL(link).pathname;
      assert.equal((await t.app.inject({ url: path })).statusCode, 200);
      const page = await forms.get(url);
      assert.equal(page.body.includes(path), false, 'the token is not shown again');
      const linkId = /action="[^"]*\/day\/links\/([^/"]+)\/revoke"/.exec(page.body)![1]!;
      const revoked = await post(`${url}/links/${linkId}/revoke`, {});
      assert.equal(revoked.statusCode, 303);
      assert.match((await forms.get(revoked.headers.location!)).body, /Linket er trukket tilbage/);
      assert.equal((await t.app.inject({ url: path })).statusCode, 404);
    });

    it('flags a badge printed with tables the plan has since changed, and no other', async () => {
      const { people, url, summitId } = await publishedDay(t);
      const [moved, kept, cancelled] = [people[2]!, people[3]!, people[4]!];
      const plan = (await t.deps.db.stores.seatingPlans.findPublished(summitId))!;
      const seatsOf = (id: string) => plan.rounds.map((round, r) => ({ round: r + 1, table: plan.settings.tables.find((spec) => spec.id === round.tables.find((x) => x.people.includes(id))!.id)!.name }));
      await t.deps.db.stores.badgePrints.record(summitId, [
        { invitationId: moved.id, seats: seatsOf(moved.id).map((s) => ({ ...s, table: `${s.table}0` })), printedAt: t.deps.clock.now(), printedBy: 'system' },
        { invitationId: kept.id, seats: seatsOf(kept.id), printedAt: t.deps.clock.now(), printedBy: 'system' },
        { invitationId: cancelled.id, seats: [], printedAt: t.deps.clock.now(), printedBy: 'system' },
      ]);
      // A badge of someone who has cancelled since is left unused, not reprinted.
      await t.deps.db.stores.invitations.update(cancelled.id, { status: 'cancelled' }, t.deps.clock.now());
      const forms = await coordinatorForms(t);
      const page = (await forms.get(url)).body;
      const flagged = page.slice(page.indexOf('id="outdated-heading"'), page.indexOf('id="counts-heading"'));
      assert.match(flagged, /Forældede navneskilte \(1\)/);
      assert.ok(flagged.includes(`<li>${moved.name}</li>`));
      assert.equal(flagged.includes(`<li>${kept.name}</li>`), false);
      assert.equal(flagged.includes(`<li>${cancelled.name}</li>`), false);
      assert.match(flagged, /href="\/admin\/summits\/[^"]+\/print\/badges\.pdf\?outdated=true"/);
    });

    it('marks rounds as started, so planning by attendance leaves them alone', async () => {
      const { url } = await publishedDay(t);
      const forms = await coordinatorForms(t);
      const { post } = await forms.open(url);
      const started = await post(`${url}/rounds-started`, { roundsStarted: '1' });
      assert.equal(started.statusCode, 303);
      const page = await forms.get(started.headers.location!);
      assert.match(page.body, /Runde 1 er markeret som begyndt\./);
      assert.match(page.body, /Runde 2 planlægges igen\./);
      const over = await post(`${url}/rounds-started`, { roundsStarted: '2' });
      assert.match((await forms.get(over.headers.location!)).body, /Alle runder er begyndt\./);
    });
  });
}
