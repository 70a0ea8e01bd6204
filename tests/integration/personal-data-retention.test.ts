// The retention promise, end to end on both databases: a summit's people enter their data through
// every way in (direct invitations with phone numbers, answers with needs and consent, a citizen's
// request, a recruiting organisation's contact, a walk-in, a check-in, a table note naming someone,
// the survey, delivered mail with calendar files). After the retention date the raw database (the
// SQLite file's bytes, every text column on PostgreSQL) holds none of the names, addresses or phone
// numbers, while the report still renders. Before that date nothing is touched; the job is
// idempotent and two runs at once erase once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { SummitId } from '../../src/domain/ids.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { createOutboxWorker } from '../../src/mail/outbox-worker.ts';
import { fileTransport } from '../../src/mail/transports.ts';
import type { Deps } from '../../src/ports.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { purgePersonalData } from '../../src/use-cases/personal-data/purge-personal-data.ts';
import { addConsentKind } from '../../src/use-cases/personal-data/manage-consent-kinds.ts';
import { formatPurgeReport } from '../../src/cli/purge-command.ts';
import { composeDeps } from '../../src/composition.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { participantTokens } from '../support/registration.ts';
import { searchRawDatabase } from '../support/raw-database-search.ts';
import { databaseKinds, testPasswords } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

const people = [
  { name: 'Ingeborg Vestergaard-Holm', email: 'ingeborg.vholm@postkasse.dk', phone: '+45 31 41 59 26', diet: 'Ingen nødder, Ingeborgs allergi', accessibility: 'Kørestol, Ingeborg har brug for rampe' },
  { name: 'Thorvald Bækgaard Sørensen', email: 'thorvald.bs@lokalpost.dk', phone: '+45 27 18 28 18', diet: 'Vegetar', accessibility: '' },
  { name: 'Yasmin Østergård Lindqvist', email: 'yasmin.ol@mailbox.dk', phone: '+45 16 18 03 39', diet: '', accessibility: 'Teleslynge' },
  { name: 'Mogens Quist Aagaard', email: 'mogens.qa@firmapost.dk', phone: '+45 14 14 21 35', diet: '', accessibility: '' },
];
const citizen = { name: 'Henrietta Kløvermark Jessen', email: 'henrietta.kj@borgerpost.dk', message: 'Jeg hedder Henrietta Kløvermark Jessen og bor i Tølløse.' };
const walkIn = { name: 'Walther Fjordbakke Ibsen', email: 'walther.fi@ekstrapost.dk' };
const contactEmail = 'formand.tolloese@lokalforum-mail.dk';
const everything = [...people.flatMap((p) => [p.name, p.email, p.phone]), citizen.name, citizen.email, walkIn.name, walkIn.email, contactEmail,
  'Ingeborgs allergi', 'Ingeborg har brug for rampe'];

type Clock = ReturnType<typeof fixedClock>;

for (const kind of databaseKinds()) {
  describe(`personal data after the retention period (${kind})`, () => {
    let t: TestApp;
    let clock: Clock;
    let outboxDir: string;
    before(async () => {
      t = await createTestApp(kind);
      clock = t.deps.clock as Clock;
      outboxDir = mkdtempSync(join(tmpdir(), 'samskab-outbox-'));
    });
    after(async () => { await t.close(); rmSync(outboxDir, { recursive: true, force: true }); });

    const api = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, expected = [200, 201, 202]) => {
      const response = await t.app.inject({ method, url, headers: t.auth, ...(payload === undefined ? {} : { payload: payload as object }) });
      assert.ok(expected.includes(response.statusCode), `${method} ${url}: ${response.statusCode} ${response.body}`);
      return response.statusCode === 204 ? undefined : response.json();
    };
    const deliver = (deps: Deps) => createOutboxWorker({ outbox: () => deps.db.stores.outbox, clock: deps.clock, transport: fileTransport(outboxDir, 'noreply@samskab.test') }).runOnce();

    /** A summit lived through to its close, with data entered through every way in; the close time. */
    async function livedSummit(retentionDays: number) {
      clock.set('2026-03-01T09:00:00.000Z');
      const summit = await api('POST', '/api/v1/summits', { title: 'Topmøde om lokal udvikling', capacity: 20, startsAt: '2026-04-10T15:00:00.000Z', endsAt: '2026-04-10T20:00:00.000Z', retentionDays });
      const summitId = summit.id as SummitId;
      const group = await api('POST', `/api/v1/summits/${summitId}/groups`, { name: 'Borgere', quota: 10 });
      const area = await api('POST', `/api/v1/summits/${summitId}/areas`, { name: 'Tølløse', population: 5000 });
      const forum = await api('POST', `/api/v1/summits/${summitId}/organisations`, { name: 'Tølløse Lokalforum', kind: 'local_forum', groupId: group.id, areaId: area.id, quota: 4, contactEmail });
      await api('POST', `/api/v1/organisations/${forum.id}/recruiter-link`, {});
      await api('POST', `/api/v1/summits/${summitId}/status`, { status: 'published' });
      const ids: string[] = [];
      for (const p of people) ids.push((await api('POST', `/api/v1/summits/${summitId}/invitations`, { name: p.name, email: p.email, phone: p.phone, groupId: group.id, areaId: area.id })).id);
      const tokens = await participantTokens(t.deps, summitId);
      const ownKind = await addConsentKind(t.deps, systemAccess, summitId, { labelDa: 'Mit navn må stå i deltagerlisten.', hintDa: '', labelEn: 'My name may appear in the participant list.', hintEn: '' });
      for (const p of people.slice(0, 3)) {
        const consents = { photos: true, contacts: true, [ownKind.id]: true };
        const answer = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${tokens.get(p.email)}/accept`, payload: { needs: { diet: p.diet, accessibility: p.accessibility }, consents } });
        assert.equal(answer.statusCode, 200, answer.body);
      }
      const interest = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/interest`, payload: { areaId: area.id, ...citizen, consent: true } });
      assert.equal(interest.statusCode, 202, interest.body);
      await deliver(t.deps);

      clock.set('2026-04-10T15:30:00.000Z');
      await api('POST', `/api/v1/summits/${summitId}/status`, { status: 'held' });
      const code = await t.deps.db.stores.invitations.findCheckInCode(ids[0] as InvitationId);
      await checkInParticipant(t.deps, `coordinator:door`, summitId, { code: code!, clientId: randomUUID() });
      await api('POST', `/api/v1/summits/${summitId}/walk-ins`, { clientId: randomUUID(), name: walkIn.name, email: walkIn.email, groupId: group.id });
      await t.deps.db.stores.tableNotes.save({ summitId, round: 1, tableId: 't1', tableName: 'Bord 1', writtenBy: ids[1]!,
        keyPoints: `${people[0]!.name} foreslog en cykelsti; ${people[2]!.name.split(' ')[0]} var enig.`, proposals: [`Cykelsti (idé fra ${people[0]!.name})`], updatedAt: clock.now() });
      clock.set('2026-04-11T09:00:00.000Z');
      await api('POST', `/api/v1/summits/${summitId}/survey/send`, undefined);
      const surveyMail = (await t.deps.db.stores.outbox.listForSummit(summitId, 1000)).find((m) => m.kind === 'survey_invitation');
      const surveyToken = /\/s\/([A-Za-z0-9_-]{16,})/.exec(surveyMail!.bodyText)![1]!;
      await deliver(t.deps);
      {
        const questions = (await api('GET', `/api/v1/summits/${summitId}/survey`)).questions as { id: string; kind: string; options?: string[] }[];
        const answers = questions.map((q) => ({ questionId: q.id, value: q.kind === 'rating' ? 4 : q.kind === 'single' ? q.options![0]! : q.kind === 'multiple' ? [q.options![0]!] : 'Godt møde.' }));
        const answered = await t.app.inject({ method: 'POST', url: `/api/v1/survey/${surveyToken}/responses`, payload: { answers } });
        assert.equal(answered.statusCode, 201, answered.body);
      }
      clock.set('2026-04-12T10:00:00.000Z');
      await api('POST', `/api/v1/summits/${summitId}/status`, { status: 'closed' });
      await deliver(t.deps);
      return { summitId, closedAt: clock.now(), groupId: group.id as string, ids, tokens: [...tokens.values(), surveyToken] };
    }

    it('erases every name, address and phone number of a summit after its retention date, and the report still renders', async () => {
      const { summitId, closedAt, groupId } = await livedSummit(30);
      const before = await searchRawDatabase(t.db, everything);
      for (const needle of [people[0]!.name, people[0]!.email, people[0]!.phone, citizen.email, walkIn.name, contactEmail]) {
        assert.ok(before.some((f) => f.needle === needle), `the search finds ${needle} while the data is held`);
      }
      assert.equal((await t.deps.db.stores.personalData.listSummitConsents(summitId)).filter((c) => c.withdrawnAt === null).length, 9, 'three people hold three consents each until the purge');
      const occupancyBefore = await api('GET', `/api/v1/summits/${summitId}/occupancy`);
      const resultsBefore = await api('GET', `/api/v1/summits/${summitId}/survey/results`);

      const due = new Date(new Date(closedAt).getTime() + 30 * 86_400_000).toISOString();
      const report = await purgePersonalData(t.deps, due);
      assert.deepEqual(report.purged.map((p) => p.summitId), [summitId]);
      assert.equal(report.purged[0]!.counts.invitations, people.length + 1, 'every invitation, the walk-in\'s too');
      assert.match(formatPurgeReport(report), new RegExp(`Topmøde om lokal udvikling \\(${summitId}\\): .*invitations 5`));

      assert.deepEqual(await searchRawDatabase(t.db, everything), [], 'no personal field remains anywhere in the database');
      assert.deepEqual(await t.deps.db.stores.personalData.listSummitConsents(summitId), [], 'every consent of every kind is deleted');
      const occupancyAfter = await api('GET', `/api/v1/summits/${summitId}/occupancy`);
      assert.deepEqual(occupancyAfter.totals, occupancyBefore.totals, 'the counts are unchanged');
      assert.deepEqual(occupancyAfter.groups, occupancyBefore.groups, 'the counts by group are unchanged');
      assert.deepEqual(occupancyAfter.organisations.map((o: { confirmed: number }) => o.confirmed), occupancyBefore.organisations.map((o: { confirmed: number }) => o.confirmed));
      assert.equal(resultsBefore.responses, 1);
      assert.deepEqual(await api('GET', `/api/v1/summits/${summitId}/survey/results`), resultsBefore, 'the survey results are unchanged');
      const page = await t.app.inject({ url: `/api/v1/summits/${summitId}`, headers: t.auth });
      assert.equal(page.statusCode, 200);
      const invitations = await api('GET', `/api/v1/summits/${summitId}/invitations`) as { groupId: string; status: string; name: string }[];
      assert.equal(invitations.filter((i) => i.groupId === groupId).length, people.length + 1);
      assert.ok(invitations.every((i) => i.name === '(slettet)'));

      const again = await purgePersonalData(t.deps, new Date(new Date(due).getTime() + 86_400_000).toISOString());
      assert.deepEqual(again.purged, [], 'a second run finds nothing left to do');
    });

    it('keeps no personal link in plaintext at rest once its mail is delivered, calendar files included', async () => {
      const { summitId, tokens } = await livedSummit(30);
      const messages = await t.deps.db.stores.outbox.listForSummit(summitId, 1000);
      assert.ok(messages.some((m) => m.attachments.some((a) => a.filename.endsWith('.ics'))), 'a calendar file was sent');
      assert.ok(messages.every((m) => m.status === 'sent'));
      // A calendar file folds its lines at 75 octets, which may split a link: read it unfolded.
      const stored = messages.flatMap((m) => [m.bodyText, ...m.attachments.map((a) => a.content.replace(/\r?\n[ \t]/g, ''))]);
      for (const token of tokens) assert.ok(stored.every((text) => !text.includes(token.slice(0, 16))), 'no stored mail or file carries a token');
      // SQLite keeps a row's earlier version in its write-ahead log until a checkpoint; the hourly
      // retention job checkpoints, so a delivered token outlives its mail by at most that hour there.
      await purgePersonalData(t.deps);
      assert.deepEqual(await searchRawDatabase(t.db, tokens), [], 'no token in any stored body or attachment');
    });

    it('touches nothing before the retention date, and warns the coordinators 14 days before it', async () => {
      const { summitId, closedAt, ids } = await livedSummit(60);
      const at = (days: number) => new Date(new Date(closedAt).getTime() + days * 86_400_000).toISOString();
      const early = await purgePersonalData(t.deps, new Date(new Date(at(46)).getTime() - 60_000).toISOString());
      assert.deepEqual(early.purged.filter((p) => p.summitId === summitId), []);
      assert.deepEqual(early.warned.filter((w) => w.summitId === summitId), []);
      const warned = await purgePersonalData(t.deps, at(46));
      assert.deepEqual(warned.warned.filter((w) => w.summitId === summitId).map((w) => w.dueAt), [at(60)]);
      const mails = (await t.deps.db.stores.outbox.listForSummit(summitId, 1000)).filter((m) => m.kind === 'retention_warning');
      assert.deepEqual(mails.map((m) => m.toAddress), ['koordinator@example.dk']);
      assert.equal((await purgePersonalData(t.deps, at(47))).warned.length, 0, 'the warning goes once');
      const justBefore = await purgePersonalData(t.deps, new Date(new Date(at(60)).getTime() - 1000).toISOString());
      assert.deepEqual(justBefore.purged.filter((p) => p.summitId === summitId), []);
      const kept = await t.deps.db.stores.invitations.find(ids[0] as InvitationId);
      assert.equal(kept?.name, people[0]!.name, 'a summit before its date keeps everything');
      assert.equal(kept?.phone, people[0]!.phone);
    });

    it('postpones the deletion once, with a reason in the audit log, and then deletes at the later date', async () => {
      const { summitId, closedAt, ids } = await livedSummit(20);
      const at = (days: number) => new Date(new Date(closedAt).getTime() + days * 86_400_000).toISOString();
      assert.equal((await api('GET', `/api/v1/summits/${summitId}/retention`)).dueAt, at(20));
      const noReason = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/retention/postpone`, headers: t.auth, payload: { days: 30, reason: ' ' } });
      assert.equal(noReason.statusCode, 422);
      assert.equal(noReason.json().code, 'validation_failed');
      const postponed = await api('POST', `/api/v1/summits/${summitId}/retention/postpone`, { days: 30, reason: 'Klage under behandling' });
      assert.equal(postponed.dueAt, at(50));
      const twice = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/retention/postpone`, headers: t.auth, payload: { days: 30, reason: 'Igen' } });
      assert.equal(twice.statusCode, 409);
      assert.equal(twice.json().code, 'retention_already_postponed');
      const audit = (await t.deps.db.stores.audit.list(summitId, 1000)).filter((a) => a.action === 'summit.retention_postponed');
      assert.deepEqual(audit.map((a) => a.data), [{ days: 30, reason: 'Klage under behandling', from: at(20), to: at(50) }]);
      assert.deepEqual((await purgePersonalData(t.deps, at(21))).purged.filter((p) => p.summitId === summitId), []);
      assert.equal((await t.deps.db.stores.invitations.find(ids[0] as InvitationId))?.email, people[0]!.email);
      assert.equal((await purgePersonalData(t.deps, at(50))).purged.filter((p) => p.summitId === summitId).length, 1);
      const after = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/retention/postpone`, headers: t.auth, payload: { days: 1, reason: 'For sent' } });
      assert.equal(after.statusCode, 410);
      assert.equal(after.json().code, 'personal_data_purged');
    });

    it('keeps everything of a summit that has not ended, however old', async () => {
      clock.set('2026-03-01T09:00:00.000Z');
      const summit = await api('POST', '/api/v1/summits', { title: 'Løbende topmøde', capacity: 5, retentionDays: 1 });
      const group = await api('POST', `/api/v1/summits/${summit.id}/groups`, { name: 'Borgere', quota: 5 });
      const person = await api('POST', `/api/v1/summits/${summit.id}/invitations`, { name: 'Cornelius Brandt Aagesen', email: 'cornelius.ba@post.dk', groupId: group.id });
      const report = await purgePersonalData(t.deps, '2036-01-01T00:00:00.000Z');
      assert.ok(!report.purged.some((p) => p.summitId === summit.id));
      assert.equal((await t.deps.db.stores.invitations.find(person.id))?.name, 'Cornelius Brandt Aagesen');
    });

    it('erases once when two servers run the job at the same moment', async () => {
      const { summitId, closedAt } = await livedSummit(10);
      const due = new Date(new Date(closedAt).getTime() + 11 * 86_400_000).toISOString();
      // On PostgreSQL a second server: its own pool on the same database. SQLite's servers are
      // processes on one file, whose single writer serialises them; in one process a second
      // synchronous connection would only wait on itself, so there the runs share the connection.
      const other = t.db.url ? openDatabase({ databaseUrl: t.db.url, dataDir: t.db.dataDir }) : undefined;
      try {
        const otherDeps = other ? composeDeps(other, { publicUrl: 'http://samskab.test', clock: t.deps.clock, passwords: testPasswords }) : t.deps;
        const reports = await Promise.all([purgePersonalData(t.deps, due), purgePersonalData(otherDeps, due), purgePersonalData(t.deps, due)]);
        assert.equal(reports.flatMap((r) => r.purged).filter((p) => p.summitId === summitId).length, 1, 'exactly one run erased the summit');
        const audit = await t.deps.db.stores.audit.list(summitId, 1000);
        assert.equal(audit.filter((a) => a.action === 'summit.personal_data_purged').length, 1);
      } finally {
        await other?.close();
      }
      assert.deepEqual(await searchRawDatabase(t.db, everything), []);
    });

    it('runs once from the command line: npx samskab purge --now ISO prints what it erased, by summit, as counts', async () => {
      const { summitId, closedAt } = await livedSummit(5);
      const now = new Date(new Date(closedAt).getTime() + 6 * 86_400_000).toISOString();
      const env = { ...process.env, SAMSKAB_DATA_DIR: t.db.dataDir, DATABASE_URL: t.db.url ?? '' };
      const bin = join(import.meta.dirname, '../../bin/samskab.js');
      const bad = await promisify(execFile)(process.execPath, [bin, 'purge', '--now', 'tomorrow'], { env }).catch((error: { code: number; stderr: string }) => error);
      assert.equal((bad as { code: number }).code, 2);
      const { stdout } = await promisify(execFile)(process.execPath, [bin, 'purge', '--now', now], { env });
      assert.match(stdout, new RegExp(`Topmøde om lokal udvikling \\(${summitId}\\): .*invitations 5`));
      assert.match(stdout, /messages \d+/);
      const again = await promisify(execFile)(process.execPath, [bin, 'purge', '--now', now], { env });
      assert.doesNotMatch(again.stdout, new RegExp(summitId), 'a second run erases nothing more');
      assert.deepEqual(await searchRawDatabase(t.db, everything), []);
    });
  });
}
