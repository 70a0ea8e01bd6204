// Table cards and facilitators' sheets read back from the PDF: a card per table with its name, then
// per table and round a sheet with the round's question and exactly the people the published plan
// seats there, each with group, area and accessibility need.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sheetColumns } from '../../src/exports/table-cards-pdf.ts';
import { flat, pageTexts, textsInBoxes } from '../support/pdf-reading.ts';
import { areaNames, buildPrintSummit, danishPeople, groupNames, organisationName, publishPlan, roundRobin, tableSpecs } from '../support/print-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

for (const kind of databaseKinds()) {
  describe(`table cards PDF on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const get = (url: string) => t.app.inject({ method: 'GET', url, headers: t.auth });
    const putQuestions = (summitId: string, questions: unknown) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/summits/${summitId}/round-questions`, headers: t.auth, payload: { questions } });

    it('prints a card per table, then per table and round a sheet with the question and who sits there', async () => {
      const { summit, invitations } = await buildPrintSummit(t.deps);
      const confirmed = invitations.filter((i) => i.status === 'confirmed');
      const tables = tableSpecs(3, ['1', '2', '11']);
      const plan = await publishPlan(t.deps, summit.id, tables, roundRobin(confirmed.map((i) => i.id), tables, 2));
      const questions = ['Hvad gør vores lokalområde godt at bo i – og hvad mangler vi?', 'Hvem tager ansvar for fællesskabet i 2030?'];
      assert.equal((await putQuestions(summit.id, questions)).statusCode, 200);
      assert.deepEqual((await get(`/api/v1/summits/${summit.id}/round-questions`)).json(), { questions });

      const response = await get(`/api/v1/summits/${summit.id}/table-cards.pdf`);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^application\/pdf/);
      const pages = pageTexts(response.rawPayload);
      assert.equal(pages.length, 3 + 3 * 2);
      // Each column of the sheets on its own, so a name wrapped over two lines reads as one.
      const columns = sheetColumns();
      const columnTexts = textsInBoxes(response.rawPayload, columns.map((c) => ({ x: c.x, y: 0, width: c.width, height: 842 })));
      // Below the table's header row only (the page's heading lies above the name column too).
      const headers: Record<string, string> = { name: 'Navn', group: 'Deltagergruppe', from: 'Lokalområde', needs: 'Tilgængelighed' };
      const column = (pageIndex: number, key: string) => {
        const text = squash(columnTexts[pageIndex * columns.length + columns.findIndex((c) => c.key === key)]!);
        return text.slice(text.lastIndexOf(headers[key]!) + headers[key]!.length);
      };
      tables.forEach((table, i) => assert.ok(squash(pages[i]!).includes(`Bord${table.name}`), `card ${i}: ${flat(pages[i]!)}`));

      let page = 3;
      for (const table of tables) {
        for (const round of [1, 2]) {
          const text = pages[page]!;
          const [names, groups, froms, needs] = ['name', 'group', 'from', 'needs'].map((key) => column(page, key));
          page++;
          assert.ok(flat(text).includes(`Bord ${table.name} · Runde ${round}`), flat(text));
          assert.ok(squash(text).includes(squash(questions[round - 1]!)), `the question of round ${round}`);
          const seated = new Set(plan.rounds[round - 1]!.tables.find((x) => x.id === table.id)!.people);
          for (const [i, invitation] of invitations.entries()) {
            const person = danishPeople[i]!;
            const shown = names!.includes(squash(person.name));
            assert.equal(shown, seated.has(invitation.id), `${person.name} at table ${table.name} in round ${round}`);
            if (!shown) continue;
            assert.ok(groups!.includes(squash(groupNames[person.group]!)));
            const from = person.area !== undefined ? areaNames[person.area]! : person.organisation ? organisationName : '';
            if (from) assert.ok(froms!.includes(squash(from)), `${person.name}'s area or organisation`);
            if (person.accessibilityNeeds) assert.ok(needs!.includes(person.accessibilityNeeds));
          }
          assert.ok(flat(text).includes(`Ved bordet (${seated.size} personer)`) || seated.size === 1);
        }
      }
    });

    it('says so on the sheet when a round has no question', async () => {
      const { summit, invitations } = await buildPrintSummit(t.deps);
      const tables = tableSpecs(1);
      await publishPlan(t.deps, summit.id, tables, roundRobin(invitations.filter((i) => i.status === 'confirmed').map((i) => i.id), tables, 2));
      await putQuestions(summit.id, ['Kun første runde har et spørgsmål', '']);
      const pages = pageTexts((await get(`/api/v1/summits/${summit.id}/table-cards.pdf`)).rawPayload);
      assert.ok(flat(pages[1]!).includes('Kun første runde har et spørgsmål'));
      assert.ok(flat(pages[2]!).includes('Intet spørgsmål er skrevet for runden.'));
    });

    it('refuses table cards before a plan is published, and questions that are too many or too long', async () => {
      const { summit } = await buildPrintSummit(t.deps);
      const early = await get(`/api/v1/summits/${summit.id}/table-cards.pdf`);
      assert.equal(early.statusCode, 422);
      assert.equal(early.json().code, 'seating_plan_not_published');
      for (const questions of [Array.from({ length: 7 }, () => 'Spørgsmål'), ['x'.repeat(501)], 'ikke en liste']) {
        const answer = await putQuestions(summit.id, questions);
        assert.equal(answer.statusCode, 422);
        assert.equal(answer.json().code, 'validation_failed');
      }
      assert.deepEqual((await get(`/api/v1/summits/${summit.id}/round-questions`)).json(), { questions: [] });
    });
  });
}
