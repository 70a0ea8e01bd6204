// Table notes: a facilitator writes the key points and proposals of their own tables only, per
// round, through their personal link; a save replaces the earlier one; the coordinator sees every
// note per round and per theme, merges picked proposals into one line of the list, and downloads
// it all as DOCX, PDF and CSV.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveRoundQuestions } from '../../src/use-cases/print/save-round-questions.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { saveSeatingSettings } from '../../src/use-cases/seating/save-seating-settings.ts';
import { openFacilitatorNotes, saveTableNote } from '../../src/use-cases/table-notes/facilitator-notes.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { flat, pageTexts } from '../support/pdf-reading.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { buildSeatingSummit, tokenOf } from '../support/seating-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

for (const kind of databaseKinds()) {
  describe(`table notes (${kind})`, () => {
    let t: TestApp;
    let world: Awaited<ReturnType<typeof buildSeatingSummit>>;
    const runner = createInlinePlanRunner(30);

    before(async () => {
      t = await createTestApp(kind);
      world = await buildSeatingSummit(t.deps, { people: 14, facilitators: 2 });
      await saveSeatingSettings(t.deps, systemAccess, world.summit.id, (s) => ({ ...s, rounds: 2, seconds: 0.1 }));
      const started = await planTables(t.deps, runner, systemAccess, world.summit.id);
      await runner.idle();
      await publishSeatingPlan(t.deps, systemAccess, started.id);
    });
    after(async () => { await runner.stopAll(); await t.close(); });

    it("lets a facilitator write notes for their own tables per round, and keeps the latest save", async () => {
      const token = tokenOf('Facilitator 1', world.summit.id);
      const view = await openFacilitatorNotes(t.deps, token);
      assert.deepEqual(view.tables.map((x) => x.round), [1, 2]);
      const page = await t.app.inject({ url: `/i/${token}/noter` });
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /data-draft-key=/);
      assert.match(page.body, /<script src="\/assets\/table-notes.js" defer>/);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const cookies = Object.fromEntries(page.cookies.map((c) => [c.name, c.value]));
      const first = view.tables[0]!;
      const id = `r1-${first.tableId}`;
      const post = (keyPoints: string, proposals: string) => t.app.inject({
        method: 'POST', url: `/i/${token}/noter`, cookies, headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: csrf, round: '1', tableId: first.tableId, [`${id}-keyPoints`]: keyPoints, [`${id}-proposals`]: proposals }).toString(),
      });
      assert.equal((await post('Udkast', 'Et')).statusCode, 303);
      const saved = await post('Mere fællesskab', 'Flere fælles møder\n\n=Lokale budgetter');
      assert.equal(saved.headers.location, `/i/${token}/noter?saved=${id}`);
      const notes = await t.deps.db.stores.tableNotes.listForSummit(world.summit.id);
      assert.equal(notes.length, 1);
      assert.deepEqual(notes[0]!.proposals, ['Flere fælles møder', '=Lokale budgetter']);

      const other = (await openFacilitatorNotes(t.deps, tokenOf('Facilitator 2', world.summit.id))).tables[0]!;
      await assert.rejects(saveTableNote(t.deps, token, { round: 1, tableId: other.tableId, keyPoints: 'x', proposals: '' }), { code: 'not_found' }, 'not another facilitator\'s table');
      await assert.rejects(openFacilitatorNotes(t.deps, tokenOf('Deltager 1', world.summit.id)), { code: 'not_found' }, 'only facilitators have a notes page');
    });

    it('shows the coordinator every note per round, merges picked proposals into the list, and exports a safe CSV', async () => {
      const second = (await openFacilitatorNotes(t.deps, tokenOf('Facilitator 2', world.summit.id))).tables[1]!;
      await saveTableNote(t.deps, tokenOf('Facilitator 2', world.summit.id), { round: 2, tableId: second.tableId, keyPoints: 'Trafik', proposals: 'Fælles møder oftere' });
      const forms = await coordinatorForms(t);
      const url = `/admin/summits/${world.summit.id}/notes`;
      const { page, post } = await forms.open(url);
      assert.match(page.body, /Runde 1/);
      assert.match(page.body, /Runde 2/);
      const picks = [...page.body.matchAll(/name="picks" value="([^"]+)"/g)].map((m) => m[1]!);
      assert.equal(picks.length, 3);
      const done = await post(`${url}/merge`, [
        ['picks', picks.find((p) => p.startsWith('1:'))!], ['picks', picks.find((p) => p.startsWith('2:'))!], ['text', 'Flere fælles møder mellem by og land'],
      ]);
      assert.equal(done.statusCode, 303, done.body);
      const list = await t.deps.db.stores.tableNotes.listProposals(world.summit.id);
      assert.equal(list.length, 1);
      assert.equal(list[0]!.text, 'Flere fælles møder mellem by og land');
      assert.deepEqual(list[0]!.sources.map((s) => s.round), [1, 2]);
      const csv = await forms.get(`${url}.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(csv.body, /'=Lokale budgetter/);
      assert.match(csv.body, /Forslagsliste;1, 2;/);
    });

    it('gathers the rounds that share a theme, and exports the notes per theme as DOCX and PDF', async () => {
      await saveRoundQuestions(t.deps, systemAccess, world.summit.id, ['Hvordan mødes by og land?', '  hvordan mødes BY og land? ']);
      const forms = await coordinatorForms(t);
      const url = `/admin/summits/${world.summit.id}/notes`;
      const byRound = await forms.get(url);
      assert.match(byRound.body, /Tema: Hvordan mødes by og land\?/);
      const byTheme = await forms.get(`${url}?by=theme`);
      assert.equal(byTheme.statusCode, 200);
      const headings = [...byTheme.body.matchAll(/<h2 id="theme-\d+-heading">([^<]+)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['Hvordan mødes by og land? (runde 1 og 2)'], 'one theme for both rounds, spaces and case aside');
      assert.match(byTheme.body, /Runde 1, bord [^<]+\(Facilitator 1\)/);
      assert.match(byTheme.body, /Runde 2, bord [^<]+\(Facilitator 2\)/);

      const docx = await forms.get(`${url}.docx`);
      assert.equal(docx.statusCode, 200);
      assert.equal(docx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      const dir = mkdtempSync(join(tmpdir(), 'samskab-docx-'));
      let xml: string;
      try {
        writeFileSync(join(dir, 'notes.docx'), docx.rawPayload);
        xml = execFileSync('unzip', ['-p', join(dir, 'notes.docx'), 'word/document.xml']).toString('utf8');
      } finally { rmSync(dir, { recursive: true, force: true }); }
      const words = xml.replace(/<[^>]+>/g, ' ');
      for (const text of ['Hvordan mødes by og land? (runde 1 og 2)', 'Mere fællesskab', '=Lokale budgetter', 'Fælles møder oftere', 'Flere fælles møder mellem by og land']) {
        assert.ok(words.includes(text.replace(/&/g, '&amp;')), `the DOCX has "${text}"`);
      }

      const pdf = await forms.get(`${url}.pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const text = flat(pageTexts(new Uint8Array(pdf.rawPayload)).join('\n'));
      for (const expected of ['Bordnoter og forslag', 'Hvordan mødes by og land? (runde 1 og 2)', 'Mere fællesskab', '=Lokale budgetter', 'Fælles møder oftere', 'Forslagslisten', 'Flere fælles møder mellem by og land']) {
        assert.ok(text.includes(expected), `the PDF has "${expected}"`);
      }
    });
  });
}
