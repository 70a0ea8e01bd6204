// The summit report from check-ins over both databases: attendance by group and by area against
// the quotas, recomputed here from who was checked in; the published plan's measures in the same
// words as the seating page; the merged proposals; the API's PDF read back as text and the
// coordinator's DOCX. Only a coordinator's API token gets the PDF.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SummitId } from '../../src/domain/ids.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { planTables } from '../../src/use-cases/seating/plan-tables.ts';
import { publishSeatingPlan } from '../../src/use-cases/seating/publish-seating-plan.ts';
import { messagesFor } from '../../src/web/i18n/messages.ts';
import { measureSentences } from '../../src/web/pages/admin-seating-plan.tsx';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { createInlinePlanRunner } from '../support/inline-plan-runner.ts';
import { flat, pageTexts } from '../support/pdf-reading.ts';
import { buildSeatingSummit } from '../support/seating-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

for (const kind of databaseKinds()) {
  describe(`the summit report (${kind})`, () => {
    let t: TestApp;
    const runner = createInlinePlanRunner(30);
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await runner.stopAll(); await t.close(); });

    it('counts attendance from check-ins against group and area quotas, and prints the measures and proposals', async () => {
      const world = await buildSeatingSummit(t.deps, { people: 20, facilitators: 2, groups: 2, areas: 3 });
      const summitId = world.summit.id as SummitId;
      const orgQuota = [6, 4, 0];
      for (const [i, area] of world.areas.entries()) {
        if (orgQuota[i]) await t.deps.db.stores.organisations.create({ summitId, groupId: world.groups[0]!.id, areaId: area.id, name: `Forum ${i + 1}`, kind: 'local_forum', quota: orgQuota[i]!, contactEmail: '', position: i });
      }
      const plan = await planTables(t.deps, runner, systemAccess, summitId, { rounds: 2, seconds: 0.1 });
      await runner.idle();
      await publishSeatingPlan(t.deps, systemAccess, plan.id);
      await t.deps.db.stores.summits.update(summitId, { status: 'published' }, t.deps.clock.now());
      const codes = await t.deps.db.stores.invitations.listCheckInCodes(summitId);
      // Every third person stays away.
      const arrived = world.people.filter((_, i) => i % 3 !== 2);
      for (const p of arrived) await checkInParticipant(t.deps, 'system', summitId, { code: codes.get(p.id)!, clientId: randomUUID() });
      await t.deps.db.stores.tableNotes.addProposal(summitId, { text: 'Fælles budget for landsbyerne', sources: [{ round: 1, tableName: '1' }] }, t.deps.clock.now());
      await t.deps.db.stores.summits.update(summitId, { status: 'held' }, t.deps.clock.now());

      assert.equal((await t.app.inject({ url: `/api/v1/summits/${summitId}/report.pdf` })).statusCode, 401);
      const response = await t.app.inject({ url: `/api/v1/summits/${summitId}/report.pdf`, headers: t.auth });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'application/pdf');
      const text = flat(pageTexts(new Uint8Array(response.rawPayload)).join('\n'));
      const percent = (n: number, of: number) => Math.round((n / of) * 100);
      const published = (await t.deps.db.stores.seatingPlans.findPublished(summitId))!;
      const expected = [
        'Tallene er dem, der blev tjekket ind ved døren.',
        `${arrived.length} deltog, mod ${world.summit.capacity} pladser i alt.`,
        ...[...world.groups].map((g) => { const n = arrived.filter((p) => p.groupId === g.id).length; return `${g.name} ${n} ${g.quota} ${percent(n, g.quota)} %`; }),
        ...world.areas.map((a, i) => {
          const n = arrived.filter((p) => p.areaId === a.id).length;
          return orgQuota[i] ? `${a.name} ${n} ${orgQuota[i]} ${percent(n, orgQuota[i]!)} %` : `${a.name} ${n} – –`;
        }),
        `Uden lokalområde ${arrived.filter((p) => !p.areaId).length} – –`,
        `Bordplanen havde 2 runder ved ${published.settings.tables.length} borde.`,
        ...measureSentences({ t: messagesFor('da'), lang: 'da' }, published.score!, published),
        'Evalueringen er ikke sendt.',
        'Fælles budget for landsbyerne',
      ];
      for (const figure of expected) assert.ok(text.includes(figure), `the report PDF says "${figure}"\n${text}`);
      assert.equal(text.split('Pr. deltagergruppe').length - 1, 1, 'each heading once');

      // The coordinator's Word file says the same.
      const docx = await (await coordinatorForms(t)).get(`/admin/summits/${summitId}/report.docx`);
      assert.equal(docx.statusCode, 200);
      const dir = mkdtempSync(join(tmpdir(), 'samskab-docx-'));
      let words: string;
      try {
        writeFileSync(join(dir, 'report.docx'), docx.rawPayload);
        words = execFileSync('unzip', ['-p', join(dir, 'report.docx'), 'word/document.xml']).toString('utf8').replace(/<[^>]+>/g, ' ');
      } finally { rmSync(dir, { recursive: true, force: true }); }
      for (const figure of ['Tallene er dem, der blev tjekket ind ved døren.', `${arrived.length} deltog`, 'Fælles budget for landsbyerne', ...measureSentences({ t: messagesFor('da'), lang: 'da' }, published.score!, published)]) {
        assert.ok(words.includes(figure), `the report DOCX says "${figure}"`);
      }
    });

    it('answers not_found for a summit that does not exist', async () => {
      const response = await t.app.inject({ url: `/api/v1/summits/${randomUUID()}/report.pdf`, headers: t.auth });
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().code, 'not_found');
    });
  });
}
