// A summit's personal-data page through the real app, on both databases: the schedule as the
// coordinator reads it, a change of the retention period (validated as the API does, and a bad
// value changes nothing), the one postponement (with its reason in the audit log; a second one is
// refused with a clear message and changes nothing), the archive copy (every participant, as
// Excel and JSON) and the notice on the summit's pages when deletion is within 14 days.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { SummitId } from '../../src/domain/ids.ts';
import type { InvitationStatus } from '../../src/domain/invitation.ts';
import type { fixedClock } from '../../src/system/system-clock.ts';
import { purgePersonalData } from '../../src/use-cases/personal-data/purge-personal-data.ts';
import { moveSummitStatus } from '../../src/use-cases/summit/move-summit-status.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

type Clock = ReturnType<typeof fixedClock>;
const day = 86_400_000;
const statuses: InvitationStatus[] = ['confirmed', 'pending', 'waitlisted', 'declined', 'cancelled', 'confirmed'];

for (const kind of databaseKinds()) {
  describe(`a summit's personal-data page (${kind})`, () => {
    let t: TestApp;
    let forms: Awaited<ReturnType<typeof coordinatorForms>>;
    let clock: Clock;
    before(async () => {
      t = await createTestApp(kind);
      clock = t.deps.clock as Clock;
    });
    after(async () => { await t.close(); });

    /** A summit with six people in every state; cancelled `endedDaysAgo` days ago unless null. */
    async function summitWithPeople(retentionDays: number, endedDaysAgo: number | null) {
      clock.set('2026-09-01T09:00:00.000Z');
      const { summit, groups } = await buildSummit(t.deps, { capacity: 20, groups: [{ name: 'Borgere', quota: 10 }] });
      await t.deps.db.stores.summits.update(summit.id, { retentionDays }, clock.now());
      const names = statuses.map((_, i) => `Arkivperson ${kind} ${summit.id.slice(0, 6)} ${i + 1} Ærø`);
      for (const [i, status] of statuses.entries()) {
        await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status, name: names[i], waitlistPosition: status === 'waitlisted' ? 1 : 0 });
      }
      if (endedDaysAgo !== null) {
        clock.set(new Date(new Date('2026-10-01T09:00:00.000Z').getTime() - endedDaysAgo * day).toISOString());
        await moveSummitStatus(t.deps, systemAccess, summit.id, 'cancelled', 'Ingen sal');
      }
      clock.set('2026-10-01T09:00:00.000Z');
      // A session is judged against the clock, which moved: log in at the summit's "now".
      forms = await coordinatorForms(t);
      return { summitId: summit.id as SummitId, names, url: `/admin/summits/${summit.id}/personal-data` };
    }

    const auditActions = async (summitId: string) => (await t.deps.db.stores.audit.list(summitId, 200)).map((e) => e.action);

    it('says that nothing is deleted before the summit has ended, and shows the date once it has', async () => {
      const running = await summitWithPeople(90, null);
      const page = await forms.get(running.url);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /slettes ikke, før topmødet er afsluttet eller aflyst/);
      assert.match(page.body, /90 dage efter/);
      const ended = await summitWithPeople(90, 10);
      assert.match((await forms.get(ended.url)).body, /Slettes<\/dt><dd data-due="true">20\. december 2026/, 'cancelled 21 September + 90 days');
    });

    it('refuses a retention period outside 1 to 3650 whole days with a Danish message, and changes nothing', async () => {
      const { summitId, url } = await summitWithPeople(90, 10);
      const { post } = await forms.open(url);
      for (const value of ['0', '3651', '', 'tre', '32.000', '-5', '1.5']) {
        const refused = await post(`${url}/retention`, { retentionDays: value });
        assert.equal(refused.statusCode, 422, `"${value}" is refused`);
        assert.match(refused.body, /Der er problemer/);
        assert.match(refused.body, /Opbevaringsperiode \(dage\)/, 'the field is named in the summary');
      }
      assert.equal((await t.deps.db.stores.summits.find(summitId))!.retentionDays, 90);
      assert.ok(!(await auditActions(summitId)).includes('summit.retention_changed'));
    });

    it('changes the retention period, moves the deletion date and logs the change', async () => {
      const { summitId, url } = await summitWithPeople(90, 10);
      const { post } = await forms.open(url);
      const saved = await post(`${url}/retention`, { retentionDays: '30' });
      assert.equal(saved.statusCode, 303);
      assert.equal((await t.deps.db.stores.summits.find(summitId))!.retentionDays, 30);
      assert.match((await forms.get(url)).body, /data-due="true">21\. oktober 2026/);
      const entry = (await t.deps.db.stores.audit.list(summitId, 200)).find((e) => e.action === 'summit.retention_changed')!;
      assert.deepEqual([entry.data?.from, entry.data?.to], [90, 30]);
    });

    it('postpones once with the reason in the audit log, and refuses a second postponement with a clear message, changing nothing', async () => {
      const { summitId, url } = await summitWithPeople(20, 10);
      const { post } = await forms.open(url);
      const first = await post(`${url}/postpone`, { days: '30', reason: 'Klage under behandling' });
      assert.equal(first.statusCode, 303);
      const retention = await t.deps.db.stores.personalData.findRetention(summitId);
      assert.deepEqual([retention.postponedDays, retention.postponeReason], [30, 'Klage under behandling']);
      const entry = (await t.deps.db.stores.audit.list(summitId, 200)).find((e) => e.action === 'summit.retention_postponed')!;
      assert.equal(entry.data?.reason, 'Klage under behandling');
      const page = await forms.get(url);
      assert.match(page.body, /Sletningen er udsat én gang/);
      assert.doesNotMatch(page.body, /action="[^"]*\/postpone"/, 'no second form is offered');

      const second = await post(`${url}/postpone`, { days: '10', reason: 'Igen' });
      assert.equal(second.statusCode, 422);
      assert.match(second.body, /Sletningen er allerede udsat én gang og kan ikke udsættes igen/);
      const still = await t.deps.db.stores.personalData.findRetention(summitId);
      assert.deepEqual([still.postponedDays, still.postponeReason], [30, 'Klage under behandling']);
      assert.equal((await auditActions(summitId)).filter((a) => a === 'summit.retention_postponed').length, 1);
    });

    it('refuses a postponement without a reason or outside 1 to 365 days, changing nothing', async () => {
      const { summitId, url } = await summitWithPeople(20, 10);
      const { post } = await forms.open(url);
      for (const fields of [{ days: '30', reason: '  ' }, { days: '0', reason: 'Klage' }, { days: '366', reason: 'Klage' }, { days: 'en måned', reason: 'Klage' }]) {
        const refused = await post(`${url}/postpone`, fields);
        assert.equal(refused.statusCode, 422, JSON.stringify(fields));
        assert.match(refused.body, /Der er problemer/);
      }
      assert.equal((await t.deps.db.stores.personalData.findRetention(summitId)).postponedDays, 0);
      assert.ok(!(await auditActions(summitId)).includes('summit.retention_postponed'));
    });

    it('gives an archive with every participant, whatever their state, as Excel and as JSON, and logs who took it', async () => {
      const { summitId, names, url } = await summitWithPeople(20, 10);
      const json = await forms.get(`${url}/archive.json`);
      assert.equal(json.statusCode, 200);
      assert.match(String(json.headers['content-disposition']), /attachment/);
      const archive = JSON.parse(json.body) as { participants: { name: string }[] };
      assert.deepEqual(archive.participants.map((p) => p.name).sort(), [...names].sort());

      const xlsx = await forms.get(`${url}/archive.xlsx`);
      assert.equal(xlsx.statusCode, 200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Deltagere', 'Samtykker', 'Bordplaner', 'Evaluering']);
      const sheet = workbook.getWorksheet('Deltagere')!;
      const column = sheet.getColumn(1).values.slice(2).map(String);
      assert.deepEqual(column.sort(), [...names].sort());
      assert.equal((await auditActions(summitId)).filter((a) => a === 'summit.archive_exported').length, 2);
    });

    it('shows a notice on the summit\'s pages when its deletion is within 14 days, linking to the page, and not before', async () => {
      const near = await summitWithPeople(20, 10);
      const dashboard = await forms.get(`/admin/summits/${near.summitId}/participants`);
      assert.match(dashboard.body, /id="retention-notice"/);
      assert.match(dashboard.body, new RegExp(`href="${near.url}"`));
      const far = await summitWithPeople(60, 10);
      assert.doesNotMatch((await forms.get(`/admin/summits/${far.summitId}/participants`)).body, /id="retention-notice"/);
      const running = await summitWithPeople(1, null);
      assert.doesNotMatch((await forms.get(`/admin/summits/${running.summitId}`)).body, /id="retention-notice"/);
    });

    it('warns again before the new date when the period is lengthened after the warning, on the page or through the API', async () => {
      const onPage = await summitWithPeople(20, 10);
      const byApi = await summitWithPeople(20, 10);
      const warned = await purgePersonalData(t.deps);
      for (const { summitId } of [onPage, byApi]) assert.ok(warned.warned.some((w) => w.summitId === summitId), 'warned 10 days before');
      const { post } = await forms.open(onPage.url);
      assert.equal((await post(`${onPage.url}/retention`, { retentionDays: '60' })).statusCode, 303);
      const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/summits/${byApi.summitId}`, headers: t.auth, payload: { retentionDays: 60 } });
      assert.equal(patched.statusCode, 200, patched.body);
      for (const { summitId } of [onPage, byApi]) assert.equal((await t.deps.db.stores.personalData.findRetention(summitId)).warnedAt, null);
      // Deletion is now 50 days away: no warning until 14 days before it.
      const soon = await purgePersonalData(t.deps, new Date(new Date(clock.now()).getTime() + 35 * day).toISOString());
      const later = await purgePersonalData(t.deps, new Date(new Date(clock.now()).getTime() + 37 * day).toISOString());
      for (const { summitId } of [onPage, byApi]) {
        assert.ok(!soon.warned.some((w) => w.summitId === summitId));
        assert.ok(later.warned.some((w) => w.summitId === summitId), 'warned again 14 days before the new date');
      }
    });

    it('refuses the archive and every change once the personal data has been deleted', async () => {
      const { summitId, url } = await summitWithPeople(5, 10);
      await purgePersonalData(t.deps);
      const page = await forms.get(url);
      assert.match(page.body, /Personoplysningerne blev slettet/);
      assert.doesNotMatch(page.body, /archive\.xlsx/);
      assert.equal((await forms.get(`${url}/archive.json`)).statusCode, 410);
      const { post } = await forms.open(url);
      const refused = await post(`${url}/retention`, { retentionDays: '400' });
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /Personoplysningerne er slettet efter opbevaringsperioden/);
      assert.equal((await t.deps.db.stores.summits.find(summitId))!.retentionDays, 5);
    });

    it('refuses a new retention period through the API once the personal data has been deleted, changing nothing', async () => {
      const { summitId } = await summitWithPeople(5, 10);
      await purgePersonalData(t.deps);
      const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/summits/${summitId}`, headers: t.auth, payload: { retentionDays: 400 } });
      assert.equal(patched.statusCode, 410, patched.body);
      assert.equal(patched.json().code, 'personal_data_purged');
      assert.equal((await t.deps.db.stores.summits.find(summitId))!.retentionDays, 5);
    });
  });
}
