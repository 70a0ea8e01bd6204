// The coordinator's participant list and a person's page, and the lists for the day read back
// from their files: the needs people give reach the coordinator.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { GroupId, SummitId } from '../../src/domain/ids.ts';
import type { InvitationId, InvitationStatus } from '../../src/domain/invitation.ts';
import { buildSummit } from '../support/builders.ts';
import { coordinatorForms } from '../support/coordinator-forms.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

async function summitWithPeople(t: TestApp) {
  const { summit, groups } = await buildSummit(t.deps, { capacity: 600, groups: [{ name: 'Borgere', quota: 300 }, { name: 'Erhverv', quota: 300 }] });
  const add = async (name: string, status: InvitationStatus, group: GroupId, needs: { diet?: string; access?: string; photos?: boolean } = {}) => {
    const made = await buildInvitation(t.deps, { summitId: summit.id, groupId: group, status, name });
    await t.deps.db.stores.invitations.update(made.id as InvitationId, { dietNeeds: needs.diet ?? '', accessibilityNeeds: needs.access ?? '', consentPhotos: needs.photos ?? true }, t.deps.clock.now());
    return { ...made, name };
  };
  const [citizens, business] = [groups[0]!.id, groups[1]!.id];
  const people = {
    gitte: await add('Gitte Møller', 'confirmed', citizens, { diet: 'Vegetar', photos: false }),
    ole: await add('Ole Åberg', 'confirmed', business, { diet: ' vegetar ', access: 'Kørestol' }),
    sara: await add('=Sara Formel', 'confirmed', citizens, { diet: 'Glutenfri' }),
    pia: await add('Pia Afbud', 'declined', citizens, { diet: 'Vegansk' }),
    karl: await add('Karl Venter', 'waitlisted', business),
  };
  return { summit, summitId: summit.id as SummitId, groups, people, url: `/admin/summits/${summit.id}/participants` };
}

for (const kind of databaseKinds()) {
  describe(`the participant list (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    it('lists everyone put forward, and filters by status, group, need and search from the address', async () => {
      const { url, groups } = await summitWithPeople(t);
      const forms = await coordinatorForms(t);
      const names = async (query: string) => {
        const page = await forms.get(`${url}${query}`);
        assert.equal(page.statusCode, 200);
        return [...page.body.matchAll(/<td><a href="[^"]+\/participants\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!.replace('&#61;', '='));
      };
      assert.deepEqual(await names(''), ['=Sara Formel', 'Gitte Møller', 'Karl Venter', 'Ole Åberg', 'Pia Afbud']);
      assert.deepEqual(await names('?status=declined'), ['Pia Afbud']);
      assert.deepEqual(await names(`?group=${groups[1]!.id}`), ['Karl Venter', 'Ole Åberg']);
      assert.deepEqual(await names('?need=diet&status=confirmed'), ['=Sara Formel', 'Gitte Møller', 'Ole Åberg']);
      assert.deepEqual(await names('?need=no-photo'), ['Gitte Møller']);
      assert.deepEqual(await names('?q=m%C3%B8ller'), ['Gitte Møller']);
      assert.deepEqual(await names('?sort=name&dir=desc'), ['Pia Afbud', 'Ole Åberg', 'Karl Venter', 'Gitte Møller', '=Sara Formel']);
      assert.deepEqual(await names('?status=nonsense&need=diet'), ['=Sara Formel', 'Gitte Møller', 'Ole Åberg', 'Pia Afbud'], 'a bad filter falls away, the others apply');
    });

    it('pages through 1,000 people 50 at a time', async () => {
      const { summit, groups } = await buildSummit(t.deps, { capacity: 2000, groups: [{ name: 'Borgere', quota: 2000 }] });
      for (let i = 0; i < 1000; i++) await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed', name: `Person ${String(i).padStart(4, '0')}` });
      const forms = await coordinatorForms(t);
      const page = await forms.get(`/admin/summits/${summit.id}/participants?page=20`);
      assert.match(page.body, /Side 20 af 20/);
      assert.match(page.body, />Person 0950</);
      assert.match(page.body, />Person 0999</);
      assert.doesNotMatch(page.body, />Person 0949</);
      assert.doesNotMatch(page.body, /rel="next"/);
    });

    it("shows a person's needs, consent, the messages sent to them and their history", async () => {
      const { url, summitId, people } = await summitWithPeople(t);
      await t.deps.db.stores.outbox.enqueue({ summitId, kind: 'invitation', toAddress: people.ole.email, subject: 'Invitation til topmødet', bodyText: 'Hej', invitationId: people.ole.id }, t.deps.clock.now());
      await t.deps.db.stores.audit.append({ action: 'invitation.accepted', actor: `participant:${people.ole.id}`, summitId, subjectType: 'invitation', subjectId: people.ole.id }, t.deps.clock.now());
      const forms = await coordinatorForms(t);
      const page = await forms.get(`${url}/${people.ole.id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Ole Åberg<\/h1>/);
      assert.match(page.body, /<dt>Behov for tilgængelighed<\/dt><dd>Kørestol<\/dd>/);
      assert.match(page.body, /Invitation til topmødet/);
      assert.match(page.body, /<td>Takkede ja<\/td><td>Personen selv<\/td>/);
      const foreign = await buildSummit(t.deps);
      assert.equal((await forms.get(`/admin/summits/${foreign.summit.id}/participants/${people.ole.id}`)).statusCode, 404, "another summit's person is not found");
    });

    it('gives the catering list with each need counted once however it was typed, in CSV', async () => {
      const { url } = await summitWithPeople(t);
      const forms = await coordinatorForms(t);
      const csv = await forms.get(`${url}/lists/catering.csv`);
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-type']), /^text\/csv/);
      const rows = parse(csv.body.replace(/^\uFEFF/, ''), { delimiter: ';' }) as string[][];
      assert.deepEqual(rows, [
        ['Kostbehov', 'Antal', 'Hvem'],
        ['Vegetar', '2', 'Gitte Møller, Ole Åberg'],
        ['Glutenfri', '1', "'=Sara Formel"],
      ], "the declined person's need is not counted");
    });

    it('writes a name that looks like a formula as text in CSV and XLSX', async () => {
      const { url } = await summitWithPeople(t);
      const forms = await coordinatorForms(t);
      const csv = await forms.get(`${url}/lists/everyone.csv`);
      assert.match(csv.body, /^'=Sara Formel;/m);
      const xlsx = await forms.get(`${url}/lists/everyone.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as never);
      const sheet = workbook.worksheets[0]!;
      const cells = sheet.getColumn(1).values.filter(Boolean).map(String);
      assert.deepEqual(cells, ['Navn', "'=Sara Formel", 'Gitte Møller', 'Ole Åberg'], 'confirmed people only, in Danish order');
      assert.equal(sheet.getCell('A2').type, ExcelJS.ValueType.String);
    });

    it('prints the accessibility and no-photo lists as PDFs with Danish letters intact', async () => {
      const { url } = await summitWithPeople(t);
      const forms = await coordinatorForms(t);
      const dir = mkdtempSync(join(tmpdir(), 'samskab-lists-'));
      try {
        const text = async (list: string) => {
          const pdf = await forms.get(`${url}/lists/${list}.pdf`);
          assert.equal(pdf.headers['content-type'], 'application/pdf');
          writeFileSync(join(dir, `${list}.pdf`), pdf.rawPayload);
          return execFileSync('pdftotext', ['-layout', join(dir, `${list}.pdf`), '-']).toString();
        };
        const access = await text('accessibility');
        assert.match(access, /Ole Åberg\s+Erhverv\s+Kørestol/);
        assert.doesNotMatch(access, /Gitte Møller/);
        const noPhoto = await text('no-photo');
        assert.match(noPhoto, /Gitte Møller/);
        assert.doesNotMatch(noPhoto, /Ole Åberg/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
