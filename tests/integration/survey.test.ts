// The feedback survey end to end over the real app and both databases: the Danish default and its
// editing, sending once the summit is held (to the checked-in, or the confirmed when check-in was
// not used), one answer per link, the results recomputed independently from 100 seeded answers,
// the same figures in the summit report (its PDF read back as text, and its page), the one
// reminder, the files, and a look at the raw database that finds no path from a response
// to a person.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { SummitId } from '../../src/domain/ids.ts';
import type { Deps } from '../../src/ports.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { answerSurvey } from '../../src/use-cases/survey/answer-survey.ts';
import { sweepSurveyReminders } from '../../src/use-cases/survey/sweep-survey-reminders.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { flat, pageTexts } from '../support/pdf-reading.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const survey = (summitId: string) => `/api/v1/summits/${summitId}/survey`;

/** The survey tokens mailed to each address, from the outbox (the link's last path segment). */
async function mailedTokens(deps: Deps, summitId: string, kind = 'survey_invitation'): Promise<Map<string, string>> {
  const messages = (await deps.db.stores.outbox.listForSummit(summitId, 10_000)).filter((m) => m.kind === kind);
  return new Map(messages.map((m) => [m.toAddress, /\/s\/([A-Za-z0-9_-]{16,})/.exec(m.bodyText)![1]!]));
}

async function heldSummit(t: TestApp, people: number, groups = 2) {
  const built = await buildSeatingSummit(t.deps, { people, facilitators: 0, groups });
  const summitId = built.summit.id as SummitId;
  await t.deps.db.stores.summits.update(summitId, { status: 'held', startsAt: '2026-02-20T08:00:00.000Z' }, t.deps.clock.now());
  return { ...built, summitId };
}

/** A small deterministic random source, so the seeded answers are the same on every run. */
function lcg(seed: number) {
  let state = seed;
  return (n: number) => { state = (state * 1103515245 + 12345) % 2147483648; return state % n; };
}

for (const kind of databaseKinds()) {
  describe(`the feedback survey (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    it('starts from the Danish default, takes edits while unsent, and refuses edits and a second send after sending', async () => {
      const { summitId } = await heldSummit(t, 6);
      const initial = await t.app.inject({ url: survey(summitId), headers: t.auth });
      assert.equal(initial.statusCode, 200);
      const body = initial.json();
      assert.equal(body.status, 'draft');
      assert.equal(body.anonymous, true);
      assert.deepEqual(body.questions.map((q: { kind: string }) => q.kind), ['rating', 'single', 'multiple', 'text', 'text']);
      assert.match(body.questions[1].text, /andre sektorer/);

      const questions = [body.questions[1], { kind: 'rating', text: 'Hvor godt var maden?', required: false }, body.questions[0]];
      const put = await t.app.inject({ method: 'PUT', url: survey(summitId), headers: t.auth, payload: { anonymous: true, questions } });
      assert.equal(put.statusCode, 200, put.body);
      assert.deepEqual(put.json().questions.map((q: { id: string }) => q.id), ['q2', 'q3', 'q1'], 'kept ids stay, a new one gets the next after the highest');

      const bad = await t.app.inject({ method: 'PUT', url: survey(summitId), headers: t.auth, payload: { anonymous: true, questions: [{ kind: 'single', text: 'Ét valg', options: ['Kun én'], required: true }] } });
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().code, 'validation_failed');

      assert.equal((await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth })).statusCode, 202);
      const again = await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().code, 'survey_already_sent');
      const late = await t.app.inject({ method: 'PUT', url: survey(summitId), headers: t.auth, payload: { anonymous: false, questions } });
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().code, 'survey_already_sent');
      assert.equal((await t.app.inject({ url: survey(summitId), headers: t.auth })).json().status, 'sent');
    });

    it('is sent only once the summit is held, to the checked-in, or to every confirmed one when nobody was checked in', async () => {
      const { summitId, people } = await heldSummit(t, 8);
      await t.deps.db.stores.summits.update(summitId, { status: 'published' }, t.deps.clock.now());
      const early = await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      assert.equal(early.statusCode, 409);
      assert.equal(early.json().code, 'survey_not_held');
      const codes = await t.deps.db.stores.invitations.listCheckInCodes(summitId);
      for (const p of people.slice(0, 5)) await checkInParticipant(t.deps, 'system', summitId, { code: codes.get(p.id)!, clientId: randomUUID() });
      await t.deps.db.stores.summits.update(summitId, { status: 'held' }, t.deps.clock.now());
      assert.equal((await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth })).statusCode, 202);
      assert.deepEqual([...(await mailedTokens(t.deps, summitId)).keys()].sort(), people.slice(0, 5).map((p) => p.email).sort());

      const other = await heldSummit(t, 7);
      assert.deepEqual((await t.app.inject({ method: 'POST', url: `${survey(other.summitId)}/send`, headers: t.auth })).json(), { sent: 7 });
      assert.equal((await mailedTokens(t.deps, other.summitId)).size, 7);
    });

    it('takes one answer per link: again is 409 already_answered and changes nothing; bad input is refused per question', async () => {
      const { summitId, people } = await heldSummit(t, 5);
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const token = (await mailedTokens(t.deps, summitId)).get(people[0]!.email)!;
      const answer = (answers: unknown) => t.app.inject({ method: 'POST', url: `/api/v1/survey/${token}/responses`, payload: { answers } });

      const bad = await answer([{ questionId: 'q1', value: 7 }, { questionId: 'q2', value: 'Måske' }, { questionId: 'q4', value: 'x'.repeat(2001) }]);
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().details.answers, { q1: 'unknown_option', q2: 'unknown_option', q4: 'too_long' });
      const missing = await answer([{ questionId: 'q2', value: 'Nej' }]);
      assert.deepEqual(missing.json().details.answers, { q1: 'required' });

      const good = [{ questionId: 'q1', value: 4 }, { questionId: 'q2', value: 'Ja, mange' }, { questionId: 'q3', value: ['Stedet', 'Debatten ved bordene'] }, { questionId: 'q4', value: 'Mere kaffe' }];
      assert.equal((await answer(good)).statusCode, 201);
      const twice = await answer([{ questionId: 'q1', value: 1 }, { questionId: 'q2', value: 'Nej' }]);
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'already_answered');
      const results = (await t.app.inject({ url: `${survey(summitId)}/results`, headers: t.auth })).json();
      assert.equal(results.responses, 1);
      assert.equal(results.invited, 5);
      assert.deepEqual(results.questions[0], { id: 'q1', counts: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, mean: 4 });
      assert.deepEqual(results.questions[2].counts['Debatten ved bordene'], 1);
      assert.deepEqual(results.questions[3].texts, ['Mere kaffe']);

      const unknown = await t.app.inject({ method: 'POST', url: `/api/v1/survey/${'x'.repeat(43)}/responses`, payload: { answers: [] } });
      assert.equal(unknown.statusCode, 404);
    });

    it('says a closed survey is closed', async () => {
      const { summitId, people } = await heldSummit(t, 5);
      await t.app.inject({ method: 'PUT', url: survey(summitId), headers: t.auth, payload: { anonymous: true, questions: [{ kind: 'text', text: 'Andet?', required: false }], closesOn: '2026-03-05' } });
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const token = (await mailedTokens(t.deps, summitId)).get(people[1]!.email)!;
      const later = { ...t.deps, clock: fixedClock('2026-03-06T09:00:00.000Z') };
      await assert.rejects(answerSurvey(later, token, []), { code: 'survey_closed' });
      await answerSurvey({ ...t.deps, clock: fixedClock('2026-03-05T22:30:00.000Z') }, token, []);
    });

    it('recomputes every figure of 100 seeded answers: counts, means, texts, and groups of at least 5 with the rest as "andre"', async () => {
      const { summitId, people, groups } = await heldSummit(t, 150, 6);
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const tokens = await mailedTokens(t.deps, summitId);
      const groupName = new Map(groups.map((g) => [g.id as string, g.name]));
      // Per group index: how many of its 25 answer (93 + 4 + 3 = 100).
      const answering = [25, 25, 25, 18, 4, 3];
      const byGroup = new Map<number, typeof people>();
      people.forEach((p, i) => byGroup.set(i % 6, [...(byGroup.get(i % 6) ?? []), p]));
      const random = lcg(42);
      const keep = ['Debatten ved bordene', 'Blandingen af sektorer og områder', 'Oplæggene fra eksperterne', 'Programmets længde', 'Stedet'];
      const met = ['Ja, mange', 'Ja, nogle få', 'Nej'];
      const given: { group: string; q1: number; q2: string; q3: string[]; q4?: string }[] = [];
      for (const [g, count] of answering.entries()) {
        for (const person of byGroup.get(g)!.slice(0, count)) {
          const a = { group: groupName.get(person.groupId)!, q1: 1 + random(5), q2: met[random(3)]!, q3: keep.filter(() => random(2) === 1), q4: random(3) === 0 ? `Forslag ${given.length}` : undefined };
          given.push(a);
          await answerSurvey(t.deps, tokens.get(person.email)!, [
            { questionId: 'q1', value: a.q1 }, { questionId: 'q2', value: a.q2 }, { questionId: 'q3', value: a.q3 }, { questionId: 'q4', value: a.q4 ?? '' },
          ]);
        }
      }
      assert.equal(given.length, 100);
      const results = (await t.app.inject({ url: `${survey(summitId)}/results`, headers: t.auth })).json();
      assert.equal(results.invited, 150);
      assert.equal(results.responses, 100);

      const expect = (list: typeof given, withTexts: boolean) => {
        const ratings = Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), list.filter((a) => a.q1 === n).length]));
        const mean = Math.round((list.reduce((s, a) => s + a.q1, 0) / list.length) * 100) / 100;
        return [
          { id: 'q1', counts: ratings, mean },
          { id: 'q2', counts: Object.fromEntries(met.map((o) => [o, list.filter((a) => a.q2 === o).length])) },
          { id: 'q3', counts: Object.fromEntries(keep.map((o) => [o, list.filter((a) => a.q3.includes(o)).length])) },
          { id: 'q4', counts: {}, ...(withTexts ? { texts: list.flatMap((a) => (a.q4 ? [a.q4] : [])).sort() } : {}) },
          { id: 'q5', counts: {}, ...(withTexts ? { texts: [] } : {}) },
        ];
      };
      const sortTexts = (qs: { texts?: string[] }[]) => qs.map((q) => (q.texts ? { ...q, texts: [...q.texts].sort() } : q));
      assert.deepEqual(sortTexts(results.questions), expect(given, true));
      const shown = groups.slice(0, 4).map((g) => g.name).sort((a, b) => a.localeCompare(b, 'da'));
      assert.deepEqual(results.byGroup.map((g: { name: string }) => g.name), [...shown, 'andre']);
      for (const group of results.byGroup) {
        const members = group.name === 'andre' ? given.filter((a) => !shown.includes(a.group)) : given.filter((a) => a.group === group.name);
        assert.equal(group.responses, members.length, group.name);
        assert.deepEqual(group.questions, expect(members, false), group.name);
      }
      assert.equal(results.byGroup.at(-1).responses, 7);

      // The summit report carries the same figures, recomputed here from what was seeded: in the
      // PDF read back as text, and on the coordinator's page.
      const pdf = await t.app.inject({ url: `/api/v1/summits/${summitId}/report.pdf`, headers: t.auth });
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const text = flat(pageTexts(new Uint8Array(pdf.rawPayload)).join('\n'));
      const percent = (n: number, of: number) => Math.round((n / of) * 100);
      const confirmed = people.filter((p) => p.status === 'confirmed');
      const expected = [
        'Der blev ikke brugt tjek-ind, så tallene er dem, der havde bekræftet deres plads.',
        `${confirmed.length} deltog, mod ${(await t.deps.db.stores.summits.find(summitId))!.capacity} pladser i alt.`,
        '100 af 150 svarede.',
        ...groups.map((g) => {
          const n = confirmed.filter((p) => p.groupId === g.id).length;
          return `${g.name} ${n} ${g.quota} ${percent(n, g.quota)} %`;
        }),
        ...[1, 2, 3, 4, 5].map((n) => { const c = given.filter((a) => a.q1 === n).length; return `${n} ${c} (${percent(c, 100)} %)`; }),
        ...met.map((o) => { const c = given.filter((a) => a.q2 === o).length; return `${o} ${c} (${percent(c, 100)} %)`; }),
        // A multiple-choice share is of those who ticked anything.
        ...keep.map((o) => { const c = given.filter((a) => a.q3.includes(o)).length; return `${o} ${c} (${percent(c, given.filter((a) => a.q3.length > 0).length)} %)`; }),
        `Gennemsnit: ${(Math.round((given.reduce((s, a) => s + a.q1, 0) / 100) * 100) / 100).toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 2 })}.`,
      ];
      for (const figure of expected) assert.ok(text.includes(figure), `the report PDF says "${figure}"\n${text}`);
      const page = await (await coordinatorForms(t)).get(`/admin/summits/${summitId}/report`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<p id="feedback-counts">100 af 150 svarede\.<\/p>/);
      for (const g of groups) assert.match(page.body, new RegExp(`<tr><td>${g.name}</td><td class="samskab-number">${confirmed.filter((p) => p.groupId === g.id).length}</td><td class="samskab-number">${g.quota}</td>`));
    });

    it('leaves no path from a response to a person in the raw database', async () => {
      const { summitId, people } = await heldSummit(t, 12, 3);
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const tokens = await mailedTokens(t.deps, summitId);
      for (const person of people.slice(0, 7)) {
        await answerSurvey(t.deps, tokens.get(person.email)!, [{ questionId: 'q1', value: 3 }, { questionId: 'q2', value: 'Nej' }, { questionId: 'q4', value: 'Godt' }]);
      }
      const db = t.db.database.db;
      const rows = (await sql<Record<string, unknown>>`select * from survey_responses where summit_id = ${summitId}`.execute(db)).rows;
      assert.equal(rows.length, 7);
      assert.deepEqual(Object.keys(rows[0]!).sort(), ['answers', 'groupId', 'id', 'respondentId', 'submittedOn', 'summitId']);
      const personal = new Set<string>();
      for (const p of people) for (const v of [p.id, p.email, p.name, p.phone]) if (v) personal.add(String(v).toLowerCase());
      for (const token of tokens.values()) { personal.add(token.toLowerCase()); personal.add(t.deps.tokens.hash(token)); }
      const recipients = (await sql<Record<string, unknown>>`select * from survey_recipients where summit_id = ${summitId}`.execute(db)).rows;
      for (const r of recipients) personal.add(String(r.id));
      for (const row of rows) {
        assert.equal(row.respondentId, null);
        assert.match(String(row.submittedOn), /^\d{4}-\d{2}-\d{2}$/, 'the day only');
        const text = JSON.stringify(row).toLowerCase();
        for (const value of personal) assert.ok(!text.includes(value), `a response holds ${value}`);
      }
      // Groups of 4 recipients are too small to keep on a response.
      assert.ok(rows.every((r) => r.groupId === null));
      // The spent markers carry no time, and only one flag per person.
      assert.deepEqual(Object.keys(recipients[0]!).sort(), ['id', 'invitationId', 'reminded', 'reportGroupId', 'spent', 'summitId']);
      assert.equal(recipients.filter((r) => Number(r.spent) === 1).length, 7);
      // Nothing else written at the answer names it.
      const audit = (await sql<{ action: string }>`select action from audit_log where summit_id = ${summitId}`.execute(db)).rows.map((r) => r.action);
      assert.ok(!audit.some((a) => a.includes('answer')));
      if (kind === 'postgres') {
        // PostgreSQL stamps each row with the transaction that wrote it: every recipient row carries
        // the same one, so no row tells whose answer a response's transaction was.
        const stamps = (await sql<{ x: string }>`select xmin::text as x from survey_recipients where summit_id = ${summitId}`.execute(db)).rows;
        assert.equal(new Set(stamps.map((s) => s.x)).size, 1);
        const earlier = (await sql<{ x: string }>`select xmin::text as x from survey_responses where summit_id = ${summitId}`.execute(db)).rows;
        assert.equal(earlier.filter((e) => e.x === stamps[0]!.x).length, 1, 'only the last response shares the recipients\' stamp, with all of them');
      } else {
        // No hidden rowid that would keep the order of arrival.
        await assert.rejects(sql`select rowid from survey_responses`.execute(db));
      }
    });

    it('sends one reminder after the set days, only to those who have not answered, with a link that works', async () => {
      const { summitId, people } = await heldSummit(t, 6);
      await t.app.inject({ method: 'PUT', url: survey(summitId), headers: t.auth, payload: { anonymous: true, questions: [{ kind: 'text', text: 'Andet?', required: false }], reminderDays: 3 } });
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const tokens = await mailedTokens(t.deps, summitId);
      await answerSurvey(t.deps, tokens.get(people[0]!.email)!, []);
      assert.equal((await sweepSurveyReminders({ ...t.deps, clock: fixedClock('2026-03-03T08:00:00.000Z') })).reminded, 0, 'not before 3 days');
      await sweepSurveyReminders({ ...t.deps, clock: fixedClock('2026-03-04T10:00:00.000Z') });
      await sweepSurveyReminders({ ...t.deps, clock: fixedClock('2026-03-05T10:00:00.000Z') });
      const reminders = await mailedTokens(t.deps, summitId, 'survey_reminder');
      assert.deepEqual([...reminders.keys()].sort(), people.slice(1).map((p) => p.email).sort());
      await answerSurvey(t.deps, reminders.get(people[1]!.email)!, []);
      await assert.rejects(answerSurvey(t.deps, tokens.get(people[1]!.email)!, []), { code: 'already_answered' });
    });

    it('on the respondent page keeps the answers on bad input with Danish messages, and thanks a second submit', async () => {
      const { summitId, people } = await heldSummit(t, 5);
      await t.app.inject({ method: 'POST', url: `${survey(summitId)}/send`, headers: t.auth });
      const token = (await mailedTokens(t.deps, summitId)).get(people[0]!.email)!;
      const page = await t.app.inject({ url: `/s/${token}` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Evalueringen er anonym\./);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const post = (fields: [string, string][]) => t.app.inject({
        method: 'POST', url: `/s/${token}`, cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams([['_csrf', csrf], ...fields]).toString(),
      });
      const refused = await post([['q-q2', 'Nej'], ['q-q3', 'Stedet'], ['q-q3', 'Programmets længde'], ['q-q4', 'Mere <tid> til snak']]);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Besvar spørgsmålet\./);
      assert.match(refused.body, /value="Nej" checked/);
      assert.match(refused.body, /value="Stedet" checked/);
      assert.match(refused.body, /value="Programmets længde" checked/);
      assert.match(refused.body, /Mere &lt;tid(&gt;|>) til snak<\/textarea>/);
      const done = await post([['q-q1', '5'], ['q-q2', 'Nej']]);
      assert.equal(done.statusCode, 303);
      assert.match((await t.app.inject({ url: done.headers.location as string })).body, /Tak for dine svar!/);
      const again = await post([['q-q1', '1'], ['q-q2', 'Nej']]);
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /Tak, vi har allerede dit svar\./);
      assert.equal((await t.deps.db.stores.surveys.listResponses(summitId)).length, 1);
    });

    it('asks before sending with the number of people, shows the results with charts and tables, and exports safe files', async () => {
      const { summitId, people } = await heldSummit(t, 6);
      const forms = await coordinatorForms(t);
      const url = `/admin/summits/${summitId}/survey`;
      const { post, page } = await forms.open(url);
      assert.match(page.body, /Linket går til alle 6 bekræftede deltagere|ingen blev tjekket ind|Der blev ikke tjekket nogen ind/);
      const question = await post(`${url}/send`, {});
      assert.equal(question.statusCode, 200);
      assert.match(question.body, /6 personer får et link/);
      assert.equal((await mailedTokens(t.deps, summitId)).size, 0, 'nothing sent before the answer');
      const sent = await post(`${url}/send`, { confirmed: 'yes' });
      assert.equal(sent.headers.location, `${url}?sent=6`);
      const tokens = await mailedTokens(t.deps, summitId);
      for (const [i, p] of people.entries()) {
        await answerSurvey(t.deps, tokens.get(p.email)!, [{ questionId: 'q1', value: 1 + (i % 5) }, { questionId: 'q2', value: 'Ja, mange' }, { questionId: 'q4', value: i === 0 ? '=HYPERLINK("http://x")' : '' }]);
      }
      const results = await forms.get(`${url}/results`);
      assert.equal(results.statusCode, 200);
      assert.match(results.body, /6 af 6 har svaret/);
      assert.match(results.body, /<svg class="samskab-chart"[^>]*role="img"[^>]*aria-labelledby="result-q1-chart-title result-q1-chart-desc"/);
      assert.match(results.body, /<table class="table table--compact"><caption class="sr-only">Hvor godt var topmødet/);
      const csv = await forms.get(`${url}/responses.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /;"?'=HYPERLINK/);
      assert.ok(!/;"?=HYPERLINK/.test(csv.body));
      const xlsx = await forms.get(`${url}/responses.xlsx`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    });
  });
}
