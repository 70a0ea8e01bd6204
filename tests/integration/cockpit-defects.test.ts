// Defects found by trying the coordinator's cockpit as a new coordinator would; each test shows the
// rule the defect broke.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listMessageTexts, saveMessageText } from '../../src/use-cases/lifecycle/manage-message-texts.ts';
import { moveSummitStatus } from '../../src/use-cases/summit/move-summit-status.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { queueMail } from '../../src/use-cases/outgoing-mail.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

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
      await saveMessageText(t.deps, 'system', summit.id, kind, text.template);
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
    await moveSummitStatus(t.deps, 'system', summit.id, 'published');
    const page = await t.app.inject({ url: `/topmoede/${summit.slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<p>Første afsnit\.<\/p><p>Andet afsnit\.<\/p><p>Tredje\.<\/p>/);
  });

  it('never shows a draft that was cancelled on the public pages, but does show an announced summit that was', async () => {
    const { summit: draft } = await buildSummit(t.deps);
    await moveSummitStatus(t.deps, 'system', draft.id, 'cancelled', 'Droppet');
    assert.equal((await t.deps.db.stores.summits.find(draft.id))!.status, 'cancelled');
    assert.equal((await t.app.inject({ url: `/topmoede/${draft.slug}` })).statusCode, 404);
    assert.doesNotMatch((await t.app.inject({ url: '/' })).body, new RegExp(`/topmoede/${draft.slug}"`));

    const { summit: announced } = await buildSummit(t.deps);
    await updateSummit(t.deps, 'system', announced.id, { startsAt: '2027-03-11T08:00:00.000Z' });
    await moveSummitStatus(t.deps, 'system', announced.id, 'published');
    await moveSummitStatus(t.deps, 'system', announced.id, 'cancelled', 'Covid');
    const page = await t.app.inject({ url: `/topmoede/${announced.slug}` });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Aflyst/);
    assert.match((await t.app.inject({ url: '/' })).body, new RegExp(`/topmoede/${announced.slug}"`));
  });
});
