// The participant list read a page at a time by the database (PostgreSQL) gives what the domain's
// in-memory list gives for the same people: the same rows in the same order, the same counts, the
// same page numbers, for every filter, order and direction. The people's names differ only by
// case or accent, sort after z in Danish (æ, ø, å, aa), and their needs are blank but for spaces.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InvitationId, InvitationStatus } from '../../src/domain/invitation.ts';
import { participantSorts, queryParticipants, type ParticipantQuery } from '../../src/domain/participant-list.ts';
import { loadParticipantRows } from '../../src/use-cases/participants/list-participants.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';

const names = ['anna Holm', 'Anna Holm', 'Ándrea Berg', 'Andrea Berg', 'Aase Ørsted', 'Åse Lund', 'Æble Mand', 'Øjvind Bo', 'Zebra Zink', 'bo Berg', 'Bo Berg', 'Ib Ærø', 'ÆRLIG Ole'];
const statuses: InvitationStatus[] = ['confirmed', 'pending', 'declined', 'confirmed', 'waitlisted', 'expired', 'confirmed'];

for (const kind of databaseKinds()) {
  describe(`the participant list read by the database (${kind})`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    it('gives the rows, order, counts and pages the in-memory list gives, for every filter and order', async () => {
      const stores = t.deps.db.stores;
      const { summit, groups, areas } = await buildSummit(t.deps, {
        capacity: 500, groups: [{ name: 'Øvrige', quota: 200 }, { name: 'Borgere', quota: 200 }], areas: [{ name: 'Åmosen', population: 10 }, { name: 'Tølløse', population: 10 }],
      });
      const organisations = [
        await buildOrganisation(t.deps, summit.id, groups[0]!.id, 100, { name: 'Ældresagen', areaId: areas[0]!.id }),
        await buildOrganisation(t.deps, summit.id, groups[1]!.id, 100, { name: 'aktive borgere', areaId: areas[1]!.id }),
      ];
      const now = t.deps.clock.now();
      const ids: string[] = [];
      for (let k = 0; k < 60; k++) {
        const organisation = k % 3 === 2 ? null : organisations[k % 2]!;
        const made = await buildInvitation(t.deps, {
          summitId: summit.id, groupId: organisation ? organisation.groupId : groups[k % 2]!.id, organisationId: organisation?.id ?? null,
          status: statuses[k % statuses.length]!, name: names[k % names.length]!, email: `p${k}@Eksempel.dk`,
        });
        ids.push(made.id);
        await stores.invitations.update(made.id as InvitationId, {
          dietNeeds: ['', 'Vegetar', '  ', '\u00a0'][k % 4]!, accessibilityNeeds: k % 5 === 0 ? 'Kørestol' : ' ', consentPhotos: k % 4 !== 1,
          ...(k % 3 === 0 ? { answeredAt: new Date(Date.parse(now) - k * 60_000).toISOString() } : {}),
        }, now);
        if (k % 7 === 0) await stores.checkIns.checkIn({ summitId: summit.id, invitationId: made.id as InvitationId, checkedInAt: now, checkedInBy: 'test', clientId: `c${k}` });
        if (k % 6 === 0) await stores.personalData.recordConsent(summit.id, made.id, { kind: 'contacts', wording: 'Deling', version: '2026-12-03', language: 'da', givenAt: now });
      }
      const { rows } = await loadParticipantRows(t.deps, summit.id);
      const queries: ParticipantQuery[] = [{}, { page: 2 }, { page: 99 }, { search: 'ANNA' }, { search: 'berg eksempel' }, { search: 'æ' }, { search: 'zz' },
        { need: 'diet' }, { need: 'accessibility' }, { need: 'no-photo' }, { status: 'confirmed' }, { status: 'pending', page: 3 },
        { groupId: groups[0]!.id }, { organisationId: organisations[1]!.id, status: 'confirmed' }, { areaId: areas[0]!.id }];
      for (const sort of participantSorts) for (const descending of [false, true]) for (const page of [1, 2]) queries.push({ sort, descending, page });
      if (kind === 'sqlite') {
        assert.equal(await stores.participantList.findPage(summit.id, {}, 10), undefined, 'SQLite leaves the ordering to the application');
        return;
      }
      for (const query of queries) {
        const found = (await stores.participantList.findPage(summit.id, { ...query, pageSize: 10 }, 10))!;
        const expected = queryParticipants(rows, { ...query, pageSize: 10 });
        const { rows: gotRows, ...got } = found;
        const { rows: expectedRows, ...counts } = expected;
        assert.deepEqual(got, counts, JSON.stringify(query));
        assert.deepEqual(gotRows, expectedRows.map((r) => ({ ...r, sharesContacts: false })), JSON.stringify(query));
      }
      const consents = await stores.participantList.listConsents(summit.id, [ids[0]!, ids[1]!, ids[6]!]);
      assert.deepEqual(consents.map((c) => c.invitationId).sort(), [ids[0]!, ids[6]!].sort());
    });
  });
}
