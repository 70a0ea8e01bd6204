// Defects found by trying the coordinator's cockpit as a new coordinator would; each test shows the
// rule the defect broke.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listMessageTexts, saveMessageText } from '../../src/use-cases/lifecycle/manage-message-texts.ts';
import { moveSummitStatus } from '../../src/use-cases/summit/move-summit-status.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { withdrawParticipant } from '../../src/use-cases/participants/withdraw-participant.ts';
import { rescheduleSummit } from '../../src/use-cases/lifecycle/reschedule-summit.ts';
import { submitInterestRequest } from '../../src/use-cases/lifecycle/submit-interest-request.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { seedDemoSummit } from '../../src/use-cases/summit/seed-demo-summit.ts';
import { editSeatingPlan } from '../../src/use-cases/seating/edit-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { queueMail } from '../../src/use-cases/outgoing-mail.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { withdrawNomination } from '../../src/use-cases/registration/withdraw-nomination.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

describe('the cockpit defects', () => {
  let t: TestApp;
  before(async () => { t = await createTestApp('sqlite'); });
  after(async () => t.close());

  it("names the deciding forum in an interest answer, also in the coordinator's own wording", async () => {
    const { summit } = await buildSummit(t.deps);
    const texts = await listMessageTexts(t.deps, summit.id);
    for (const kind of ['interest_accepted', 'interest_declined'] as const) {
      const text = texts.find((m) => m.kind === kind)!;
      assert.doesNotMatch(text.template.subject + text.template.body, /Eksempelby/, `${kind}: the example forum is a placeholder`);
      assert.match(text.template.subject + text.template.body, /\{organisation\}/);
      await saveMessageText(t.deps, systemAccess, summit.id, kind, text.template);
    }
    const citizen = { name: 'Bo Borger', email: 'bo@example.dk' };
    await t.deps.db.transaction(async (stores) => {
      await queueMail(stores, t.deps, t.deps.mailTexts.da.interestAccepted(summit, citizen, 'Lokalforum Tuse', false));
      await queueMail(stores, t.deps, t.deps.mailTexts.da.interestDeclined(summit, citizen, 'Lokalforum Tuse', 'Fuldt'));
    });
    const sent = await t.deps.db.stores.outbox.listForSummit(summit.id, 10);
    assert.equal(sent.length, 2);
    for (const m of sent) {
      assert.match(m.subject + m.bodyText, /Lokalforum Tuse/);
      assert.doesNotMatch(m.subject + m.bodyText, /Eksempelby|\{organisation\}/);
    }
  });

  it('keeps the paragraphs of a description saved from the form, where the browser sends CRLF', async () => {
    const { summit } = await buildSummit(t.deps);
    const url = `/admin/summits/${summit.id}`;
    const forms = await coordinatorForms(t);
    const { post } = await forms.open(url);
    const saved = await post(url, {
      title: summit.title, capacity: '100', purpose: '', description: 'Første afsnit.\r\n\r\nAndet afsnit.\r\n \r\nTredje.',
      venue: 'Hallen', responsibleEditor: '', organiser: '', startsAt: '2027-03-11T09:00', endsAt: '2027-03-11T16:00', answerDays: '14', retentionDays: '180',
    });
    assert.equal(saved.statusCode, 303);
    assert.equal((await t.deps.db.stores.summits.find(summit.id))!.description, 'Første afsnit.\n\nAndet afsnit.\n \nTredje.', 'stored with LF only');
    await moveSummitStatus(t.deps, systemAccess, summit.id, 'published');
    const page = await t.app.inject({ url: `/topmoede/${summit.slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<p>Første afsnit\.<\/p><p>Andet afsnit\.<\/p><p>Tredje\.<\/p>/);
  });

  it('never shows a draft that was cancelled on the public pages, but does show an announced summit that was', async () => {
    const { summit: draft } = await buildSummit(t.deps);
    await moveSummitStatus(t.deps, systemAccess, draft.id, 'cancelled', 'Droppet');
    assert.equal((await t.deps.db.stores.summits.find(draft.id))!.status, 'cancelled');
    assert.equal((await t.app.inject({ url: `/topmoede/${draft.slug}` })).statusCode, 404);
    assert.doesNotMatch((await t.app.inject({ url: '/' })).body, new RegExp(`/topmoede/${draft.slug}"`));

    const { summit: announced } = await buildSummit(t.deps);
    await updateSummit(t.deps, systemAccess, announced.id, { startsAt: '2027-03-11T08:00:00.000Z' });
    await moveSummitStatus(t.deps, systemAccess, announced.id, 'published');
    await moveSummitStatus(t.deps, systemAccess, announced.id, 'cancelled', 'Covid');
    const page = await t.app.inject({ url: `/topmoede/${announced.slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Aflyst/);
    assert.match((await t.app.inject({ url: '/' })).body, new RegExp(`/topmoede/${announced.slug}"`));
  });

  it("tells a withdrawn person on their link that the invitation was withdrawn and whom to contact", async () => {
    const { summit, groups } = await buildSummit(t.deps);
    await t.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z', organiser: 'Holbæk Kommune' }, t.deps.clock.now());
    const forum = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 5, { name: 'Lokalforum Tuse' });
    await t.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
    const nominee = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'pending', name: 'Nora Nomineret' });
    const recruiterToken = (await createRecruiterLink(t.deps, systemAccess, forum.id, { sendEmail: false })).url.split('/').pop()!;
    await withdrawNomination(t.deps, recruiterToken, nominee.id);
    const page = await t.app.inject({ url: `/i/${nominee.token}` });
    assert.equal(page.statusCode, 200, 'not "Siden findes ikke"');
    assert.match(page.body, /Din invitation er trukket tilbage/);
    assert.match(page.body, /kontakt Lokalforum Tuse på tuse@example\.dk/);
    assert.doesNotMatch(page.body, /Ja tak, jeg deltager/);
    const accept = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${nominee.token}/accept`, payload: {} });
    assert.notEqual(accept.statusCode, 200, 'a withdrawn invitation takes no answer');

    const direct = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed', name: 'Dorte Direkte' });
    await withdrawParticipant(t.deps, systemAccess, summit.id, direct.id);
    const directPage = await t.app.inject({ url: `/i/${direct.token}` });
    assert.equal(directPage.statusCode, 200);
    assert.match(directPage.body, /kontakt Holbæk Kommune/);
  });

  it('imports a list saved by Danish Excel: semicolons and Windows-1252', async () => {
    const { summit, groups, areas } = await buildSummit(t.deps, { groups: [{ name: 'Borgere', quota: 10 }], areas: [{ name: 'Tølløse', population: 5000 }] });
    await t.deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z' }, t.deps.clock.now());
    await buildOrganisation(t.deps, summit.id, groups[0]!.id, 5, { name: 'Lokalforum Søndersted – Nord', areaId: areas[0]!.id });
    const csv = 'Navn;E-mail;Gruppe;Organisation;Område\r\nGitte Møller;gitte@example.dk;Borgere;Lokalforum Søndersted – Nord;Tølløse\r\nÅse Ærø;aase@example.dk;Borgere;Lokalforum Søndersted – Nord;Tølløse\r\n';
    // Windows-1252: the Latin-1 letters as single bytes, and the en dash as 0x96.
    const bytes = Buffer.from(Array.from(csv, (c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    assert.equal(bytes.includes(0xc3), false, 'no UTF-8 in the file');
    const res = await t.app.inject({
      method: 'POST', url: `/api/v1/summits/${summit.id}/invitations/import`, headers: t.auth,
      payload: { fileName: 'deltagere.csv', contentBase64: bytes.toString('base64') },
    });
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json() as { rows: { errors: string[] }[] };
    assert.deepEqual(report.rows.map((r) => r.errors), [[], []], 'no "Ukendt organisation"');
    const people = await t.deps.db.stores.invitations.listBySummit(summit.id);
    assert.deepEqual(people.map((p) => p.name).sort(), ['Gitte Møller', 'Åse Ærø']);
    assert.ok(people.every((p) => p.areaId === areas[0]!.id));
  });

  it('changes the dates of a published or postponed summit only through the lifecycle', async () => {
    const { summit } = await buildSummit(t.deps);
    await updateSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-03-11T08:00:00.000Z', endsAt: '2027-03-11T15:00:00.000Z' });
    await moveSummitStatus(t.deps, systemAccess, summit.id, 'published');
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/summits/${summit.id}`, headers: t.auth, payload: { startsAt: '2027-04-01T08:00:00Z' } });
    assert.equal(patched.statusCode, 409, patched.body);
    assert.equal(patched.json().code, 'reschedule_required');
    const same = await t.app.inject({ method: 'PATCH', url: `/api/v1/summits/${summit.id}`, headers: t.auth, payload: { startsAt: '2027-03-11T08:00:00Z', venue: 'Hallen' } });
    assert.equal(same.statusCode, 200, 'the same instant written differently is no change');

    await moveSummitStatus(t.deps, systemAccess, summit.id, 'postponed', 'Covid');
    const url = `/admin/summits/${summit.id}`;
    const forms = await coordinatorForms(t);
    const { page, post } = await forms.open(url);
    assert.doesNotMatch(page.body, /name="startsAt"/, 'the form of a postponed summit has no date to type');
    assert.match(page.body, /Dato mangler/);
    assert.match(page.body, new RegExp(`href="/admin/summits/${summit.id}/lifecycle"`));
    const fields = { title: summit.title, capacity: '100', purpose: '', description: '', venue: 'Rådhuset', responsibleEditor: '', organiser: '', answerDays: '14', retentionDays: '180' };
    const sneaked = await post(url, { ...fields, startsAt: '2027-05-01T09:00' });
    assert.equal(sneaked.statusCode, 422);
    assert.match(sneaked.body, /ændres kun ved at sætte en ny dato/);
    const kept = (await t.deps.db.stores.summits.find(summit.id))!;
    assert.equal(kept.startsAt, '2027-03-11T08:00:00.000Z');
    assert.equal(kept.venue, 'Hallen', 'nothing was saved');
    assert.equal((await post(url, fields)).statusCode, 303, 'the rest of the form still saves');
    const saved = (await t.deps.db.stores.summits.find(summit.id))!;
    assert.equal(saved.venue, 'Rådhuset');
    assert.equal(saved.startsAt, '2027-03-11T08:00:00.000Z', 'the date is untouched by a form without it');
    assert.equal(saved.status, 'postponed');
    const list = await forms.get('/admin');
    const row = new RegExp(`<a href="/admin/summits/${summit.id}[^"]*">[^<]+</a>(.*?)</tr>`).exec(list.body)?.[1];
    assert.ok(row, 'the summit is listed');
    assert.doesNotMatch(row, /2027/, 'the summit list shows no date beside "Udsat – dato mangler"');
  });

  it('attaches a calendar file to a new-date mail only where the mail says so', async () => {
    const { summit, groups } = await buildSummit(t.deps);
    await updateSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-03-11T08:00:00.000Z' });
    await moveSummitStatus(t.deps, systemAccess, summit.id, 'published');
    const confirmed = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed' });
    const pending = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'pending' });
    await rescheduleSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-05-11T08:00:00.000Z', endsAt: null, venue: 'Hallen', reconfirmBy: '2027-05-01T10:00:00.000Z' });
    const newDate = async (id: string) => (await t.deps.db.stores.outbox.listForInvitation(id)).find((m) => m.kind === 'rescheduled')!;
    const toConfirmed = await newDate(confirmed.id);
    assert.match(toConfirmed.bodyText, /Vedhæftet er en kalenderfil/);
    assert.equal(toConfirmed.attachments.length, 1);
    const toPending = await newDate(pending.id);
    assert.equal(toPending.attachments.length, 0);
    assert.doesNotMatch(toPending.bodyText, /kalenderfil/, 'no calendar file is promised where none is attached');
    assert.match(toPending.bodyText, /Svar på invitationen her:\nhttp:\/\/samskab\.test\/i\//);
  });

  it("links the forum's new-request mail to its recruiter page", async () => {
    const { summit, groups, areas } = await buildSummit(t.deps, { areas: [{ name: 'Tuse', population: 900 }] });
    await updateSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-03-11T08:00:00.000Z' });
    await moveSummitStatus(t.deps, systemAccess, summit.id, 'published');
    const forum = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 5, { name: 'Lokalforum Tuse', areaId: areas[0]!.id });
    await t.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
    const first = (await createRecruiterLink(t.deps, systemAccess, forum.id, { sendEmail: false })).url;
    await submitInterestRequest(t.deps, summit.id, { areaId: areas[0]!.id, name: 'Bo Borger', email: 'bo@example.dk', consent: true });
    const mail = (await t.deps.db.stores.outbox.listForSummit(summit.id, 10)).find((m) => m.kind === 'interest_received')!;
    const link = /http:\/\/samskab\.test(\/r\/\S+)/.exec(mail.bodyText)?.[1];
    assert.ok(link, mail.bodyText);
    const page = await t.app.inject({ url: link });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Bo Borger/);
    assert.equal((await t.app.inject({ url: new URL(first).pathname })).statusCode, 200, 'the link in use keeps working');
  });

  it('links the table-placement mail to the person\'s table page and signs it as every other mail', async () => {
    const runner = createInlinePlanRunner(100);
    try {
      const world = await buildSeatingSummit(t.deps, { people: 8, facilitators: 2, groups: 2 });
      await t.deps.db.stores.summits.update(world.summit.id, { status: 'published', startsAt: '2027-03-11T08:00:00.000Z', organiser: 'Holbæk Kommune' }, t.deps.clock.now());
      const plan = await planTables(t.deps, runner, systemAccess, world.summit.id, { rounds: 1, seconds: 0.1 });
      await runner.idle();
      await publishSeatingPlan(t.deps, systemAccess, plan.id);
      const person = world.people.at(-1)!;
      const [mail] = (await t.deps.db.stores.outbox.listForInvitation(person.id)).filter((m) => m.kind === 'seating');
      assert.ok(mail, "the placement mail is on the person's page");
      const link = /http:\/\/samskab\.test(\/i\/\S+\/bord)/.exec(mail.bodyText)?.[1];
      assert.ok(link, mail.bodyText);
      assert.equal((await t.app.inject({ url: link })).statusCode, 200);
      assert.match(mail.bodyText, /Med venlig hilsen\nHolbæk Kommune\n\n-- \nSendt af Samskab/);
    } finally {
      await runner.stopAll();
    }
  });

  it("shows citizens a summit's time compactly and no internal status name", async () => {
    const { summit } = await buildSummit(t.deps);
    await updateSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-03-11T08:00:00.000Z', endsAt: '2027-03-11T15:00:00.000Z' });
    await moveSummitStatus(t.deps, systemAccess, summit.id, 'published');
    const page = await t.app.inject({ url: `/topmoede/${summit.slug}` });
    assert.match(page.body, /<dd>11\. marts 2027 kl\. 9\.00–16\.00<\/dd>/);
    assert.doesNotMatch(page.body, /Offentliggjort/);
    assert.match(page.body, />Planlagt</);
    assert.doesNotMatch((await t.app.inject({ url: '/' })).body, /Offentliggjort/);
  });

  it('offers to send a recruiter link only to an organisation with an email, and a copy button for the link', async () => {
    const { summit: demo } = await seedDemoSummit(t.deps);
    const demoOrganisations = await t.deps.db.stores.organisations.list(demo.id);
    assert.ok(demoOrganisations.length > 18);
    for (const o of demoOrganisations) assert.match(o.contactEmail, /^[a-z0-9-]+@holbaek-demo\.example$/, `${o.name} has a contact email`);

    const { summit, groups } = await buildSummit(t.deps);
    const silent = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 2, { name: 'Forening uden e-mail' });
    const url = `/admin/summits/${summit.id}/recruitment`;
    const forms = await coordinatorForms(t);
    const { page, post } = await forms.open(url);
    assert.match(page.body, />Lav nyt link<span class="sr-only"> Forening uden e-mail<\/span>/);
    assert.doesNotMatch(page.body, /Lav nyt link og send det<span class="sr-only"> Forening uden e-mail/);
    const created = await post(`${url}/links/${silent.id}`, {});
    assert.match(created.body, /Organisationen har ingen kontakt-e-mail/);
    assert.match(created.body, /data-copy="new-recruiter-link" hidden>Kopiér linket<\/button>/);
  });

  it('names an accessibility need, not a fixed seat, when its person leaves the accessible table, and shows who has needs', async () => {
    const runner = createInlinePlanRunner(100);
    try {
      const world = await buildSeatingSummit(t.deps, { people: 14, facilitators: 2, groups: 2, accessibilityNeeds: 1 });
      await saveSeatingSettings(t.deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 2, accessibleTables: [1], seconds: 0.1 }));
      const plan = await planTables(t.deps, runner, systemAccess, world.summit.id, { rounds: 2, seconds: 0.1 });
      await runner.idle();
      const needing = world.people.find((p) => p.name === 'Deltager 1')!;
      const done = (await t.deps.db.stores.seatingPlans.find(plan.id))!;
      const other = done.rounds[0]!.tables.find((tb) => !tb.people.includes(needing.id))!;
      const edited = await editSeatingPlan(t.deps, systemAccess, plan.id, { kind: 'move', round: 1, person: needing.id, table: other.id });
      const forms = await coordinatorForms(t);
      const page = await forms.get(`/admin/summits/${world.summit.id}/seating/plans/${edited.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Deltager 1 har behov for tilgængelighed \(Kørestol\) og sidder ikke ved et tilgængeligt bord/);
      assert.doesNotMatch(page.body, /En fast plads er ikke overholdt/);
      assert.match(page.body, /Tilgængelighed: Kørestol/, 'the plan shows who has needs');
      assert.doesNotMatch(page.body, /skyldes reglerne|dine regler/, 'no rule is blamed where the coordinator made none');
    } finally {
      await runner.stopAll();
    }
  });
});
