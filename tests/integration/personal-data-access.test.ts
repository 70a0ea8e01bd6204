// Access (indsigt) and erasure (sletning) of one person through the API, on both databases. The
// export covers every table that holds a person's data (checked against the register of tables, so
// a new table must reach the export too); erasure frees and refills the seat as a decline does,
// leaves the person's name, address and phone nowhere in the raw database, and records only why.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { SummitId } from '../../src/domain/ids.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { personalDataTables } from '../../src/storage/personal-data/personal-data-tables.ts';
import { checkInParticipant } from '../../src/use-cases/check-in/check-in-participant.ts';
import { pageTexts } from '../support/pdf-reading.ts';
import { participantTokens } from '../support/registration.ts';
import { searchRawDatabase } from '../support/raw-database-search.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const rigmor = { name: 'Rigmor Søndergaard Kjeldsen', email: 'rigmor.sk@privatpost.dk', phone: '+45 61 80 33 98', diet: 'Glutenfri', accessibility: 'Høreslynge' };
const aksel = { name: 'Aksel Overgaard Thrane', email: 'aksel.ot@hjemmepost.dk', phone: '+45 22 91 47 60', diet: 'Laktosefri', accessibility: 'Rampe ved scenen' };

for (const kind of databaseKinds()) {
  describe(`a person's access export and erasure (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const api = async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) => t.app.inject({ method, url, headers: t.auth, ...(payload === undefined ? {} : { payload: payload as object }) });

    /** A summit of one seat, the person holding it with needs and consent, and someone waiting. */
    async function summitWithPerson(person: typeof rigmor) {
      const summit = (await api('POST', '/api/v1/summits', { title: 'Topmøde om trafik', capacity: 10, startsAt: '2026-05-01T15:00:00.000Z' })).json();
      const summitId = summit.id as SummitId;
      const group = (await api('POST', `/api/v1/summits/${summitId}/groups`, { name: 'Borgere', quota: 1 })).json();
      const area = (await api('POST', `/api/v1/summits/${summitId}/areas`, { name: 'Jyderup', population: 4000 })).json();
      await api('POST', `/api/v1/summits/${summitId}/organisations`, { name: 'Jyderup Lokalforum', kind: 'local_forum', groupId: group.id, areaId: area.id, quota: 0 });
      await api('POST', `/api/v1/summits/${summitId}/status`, { status: 'published' });
      const invited = (await api('POST', `/api/v1/summits/${summitId}/invitations`, { name: person.name, email: person.email, phone: person.phone, groupId: group.id, areaId: area.id })).json();
      const waiting = (await api('POST', `/api/v1/summits/${summitId}/invitations`, { name: 'Bent Venter', email: 'bent.venter@post.dk', groupId: group.id })).json();
      assert.equal(waiting.status, 'waitlisted');
      const token = (await participantTokens(t.deps, summitId)).get(person.email)!;
      const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: { needs: { diet: person.diet, accessibility: person.accessibility }, consents: { photos: true } } });
      assert.equal(accepted.statusCode, 200, accepted.body);
      const interest = await t.app.inject({ method: 'POST', url: `/api/v1/summits/${summitId}/interest`, payload: { areaId: area.id, name: person.name, email: person.email, message: 'Jeg vil gerne deltage.', consent: true } });
      assert.equal(interest.statusCode, 202, interest.body);
      return { summitId, groupId: group.id as string, id: invited.id as string, waitingId: waiting.id as string };
    }

    it('exports every table that holds the person\'s data, as JSON and as a readable Danish PDF', async () => {
      const person = rigmor;
      const { summitId, id } = await summitWithPerson(person);
      // Data the flows above do not reach, written as the features that own them write it.
      const stores = t.deps.db.stores;
      const now = t.deps.clock.now();
      await stores.summits.update(summitId, { status: 'held' }, now);
      await checkInParticipant(t.deps, 'coordinator:door', summitId, { code: (await stores.invitations.findCheckInCode(id as InvitationId))!, clientId: randomUUID() });
      await stores.lifecycle.addInvitationToken(id, t.deps.tokens.hash(t.deps.tokens.newToken()), now);
      await stores.seatingPlans.setAbsence(summitId, { person: id, fromRound: 2 }, now);
      await stores.badgePrints.record(summitId, [{ invitationId: id, seats: [{ round: 1, table: 'Bord 3' }], printedAt: now, printedBy: 'coordinator:x' }]);
      const recipient = await stores.surveys.addRecipient({ summitId, invitationId: id, reportGroupId: null });
      await stores.surveys.addLink(recipient.id, t.deps.tokens.hash(t.deps.tokens.newToken()));
      await stores.surveys.addResponse(summitId, { groupId: null, respondentId: id, submittedOn: '2026-05-02', answers: { q1: 5 } });
      await stores.tableNotes.save({ summitId, round: 1, tableId: 't3', tableName: 'Bord 3', writtenBy: id, keyPoints: 'Flere cykelstier', proposals: ['Cykelsti'], updatedAt: now });
      await stores.checkIns.addWalkIn({ summitId, clientId: randomUUID(), name: person.name, groupId: null, organisation: '', invitationId: id as InvitationId, createdBy: 'coordinator:door', createdAt: now });

      const response = await api('GET', `/api/v1/invitations/${id}/personal-data`);
      assert.equal(response.statusCode, 200, response.body);
      const data = response.json();
      assert.equal(data.held.invitation.name, person.name);
      assert.equal(data.held.invitation.phone, person.phone);
      assert.equal(data.held.invitation.tokenHash, undefined, 'a link\'s hash is no use to the person and stays out');
      for (const [table, entry] of Object.entries(personalDataTables)) {
        if (entry.holds !== 'person') continue;
        const section = entry.exportKey in data.held ? data.held[entry.exportKey] : data[entry.exportKey];
        assert.ok(section !== undefined, `${table} appears in the export as ${entry.exportKey}`);
      }
      for (const key of ['messages', 'audit', 'interestRequests', 'checkIns', 'absences', 'badges', 'survey', 'surveyResponses', 'tableNotes', 'walkIn', 'links']) {
        assert.ok(data.held[key].length > 0, `${key} holds the person's rows`);
      }
      assert.ok(data.held.messages.some((m: { kind: string }) => m.kind === 'confirmation'));

      const pdf = await api('GET', `/api/v1/invitations/${id}/personal-data?format=pdf`);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      const text = pageTexts(pdf.rawPayload).join('\n');
      for (const expected of ['Indsigt i personoplysninger', person.name, person.email, 'Beskeder sendt til dig', 'Glutenfri', 'Logbog over ændringer']) {
        assert.ok(text.includes(expected), `the PDF shows ${expected}`);
      }
    });

    it('erases one person on request: the seat goes to the waiting list, nothing of them remains, the reason is logged', async () => {
      const person = aksel;
      const { summitId, id, waitingId } = await summitWithPerson(person);
      assert.ok((await searchRawDatabase(t.db, [person.phone])).length > 0, 'the search finds the phone number while it is held');
      const noReason = await api('DELETE', `/api/v1/invitations/${id}`, { reason: '' });
      assert.equal(noReason.statusCode, 422);
      assert.equal(noReason.json().code, 'validation_failed');
      assert.equal((await t.deps.db.stores.invitations.find(id as InvitationId))?.name, person.name, 'a refused erasure changes nothing');

      const erased = await api('DELETE', `/api/v1/invitations/${id}`, { reason: 'Anmodning om sletning' });
      assert.equal(erased.statusCode, 204, erased.body);
      assert.equal((await t.deps.db.stores.invitations.find(waitingId as InvitationId))?.status, 'pending', 'the first on the waiting list is invited to the freed seat');
      const row = await t.deps.db.stores.invitations.find(id as InvitationId);
      assert.equal(row?.status, 'cancelled');
      assert.deepEqual([row?.name, row?.email, row?.phone, row?.dietNeeds], ['(slettet)', '', '', '']);
      await t.deps.db.stores.personalData.compact();
      assert.deepEqual(await searchRawDatabase(t.db, [person.name, person.email, person.phone, person.diet, person.accessibility]), []);
      const audit = (await t.deps.db.stores.audit.list(summitId, 1000)).filter((a) => a.action === 'invitation.erased');
      assert.deepEqual(audit.map((a) => a.data), [{ reason: 'Anmodning om sletning', from: 'confirmed' }]);

      assert.equal((await api('DELETE', `/api/v1/invitations/${id}`, { reason: 'Igen' })).statusCode, 204, 'erasing twice is erasing once');
      assert.equal((await t.deps.db.stores.audit.list(summitId, 1000)).filter((a) => a.action === 'invitation.erased').length, 1);
      const gone = await api('GET', `/api/v1/invitations/${id}/personal-data`);
      assert.equal(gone.statusCode, 410);
      assert.equal(gone.json().code, 'personal_data_purged');
      assert.equal((await api('DELETE', `/api/v1/invitations/${randomUUID()}`, { reason: 'x' })).statusCode, 404);
      assert.equal((await t.app.inject({ method: 'DELETE', url: `/api/v1/invitations/${id}`, payload: { reason: 'x' } })).statusCode, 401);
    });

    it('keeps each consent in the register with the exact words shown, its version and time, and withdraws it as easily', async () => {
      const person = { name: 'Karen Fotogen', email: 'karen.f@post.dk', phone: '', diet: '', accessibility: '' };
      const { summitId, id } = await summitWithPerson(person);
      const token = (await participantTokens(t.deps, summitId)).get(person.email)!;
      const withdrawn = await t.app.inject({ method: 'PATCH', url: `/api/v1/invitations/${token}`, payload: { consents: { photos: false } } });
      assert.equal(withdrawn.statusCode, 200, withdrawn.body);
      assert.equal((await t.deps.db.stores.invitations.find(id as InvitationId))?.consentPhotos, false, 'the badge, the lists and the exports read the withdrawn flag');
      const consents = (await api('GET', `/api/v1/invitations/${id}/personal-data`)).json().held.consents;
      assert.equal(consents.length, 1);
      assert.equal(consents[0].kind, 'photos');
      assert.equal(consents[0].version, '2026-12-02');
      assert.match(consents[0].wording, /^Jeg giver samtykke til, at der må tages og bruges billeder af mig fra topmødet\. Samtykket er frivilligt/);
      assert.ok(consents[0].givenAt && consents[0].withdrawnAt, 'given and withdrawn, each with its time');
    });
  });
}
