// Badges read back from the PDF: one per confirmed participant in the order of the invitations
// API, each with the whole name (Danish letters, long names), group, organisation or area, the
// table of every round, a QR code that decodes to exactly the person's check-in code, the
// facilitator mark and the no-photo mark. A re-plan flags the badges it made outdated.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SummitId } from '../../src/domain/ids.ts';
import type { InvitationId } from '../../src/domain/invitation.ts';
import { badgeSlots } from '../../src/exports/badge-pdf.ts';
import { flat, qrCodesInBoxes, textsInBoxes } from '../support/pdf-reading.ts';
import { areaNames, buildPrintSummit, danishPeople, groupNames, organisationName, publishPlan, roundRobin, tableSpecs } from '../support/print-builders.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { databaseKinds } from '../support/test-database.ts';

const squash = (text: string) => text.replace(/\s+/g, '');

/** What the badge of person `i` of danishPeople must say, from the test's own data. */
function expectedFrom(i: number): string {
  const person = danishPeople[i]!;
  if (person.organisation) return organisationName;
  return person.area === undefined ? '' : areaNames[person.area]!;
}

for (const kind of databaseKinds()) {
  describe(`badges PDF on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => t.close());

    const get = (url: string, headers: Record<string, string> = t.auth) => t.app.inject({ method: 'GET', url, headers });

    /** A summit of danishPeople with a published plan of three rounds over four tables. */
    async function plannedSummit() {
      const built = await buildPrintSummit(t.deps);
      const confirmed = built.invitations.filter((i) => i.status === 'confirmed').map((i) => i.id);
      const tables = tableSpecs(4, ['1', '2', '11', 'Bord A']);
      const plan = await publishPlan(t.deps, built.summit.id, tables, roundRobin(confirmed, tables, 3));
      const tableOf = (person: string, round: number) => {
        const id = plan.rounds[round]!.tables.find((table) => table.people.includes(person))!.id;
        return tables.find((table) => table.id === id)!.name;
      };
      const seatsOf = (person: string) => [0, 1, 2].map((r) => `Runde ${r + 1}: ${/^Bord/.test(tableOf(person, r)) ? tableOf(person, r) : `Bord ${tableOf(person, r)}`}`).join(' · ');
      return { ...built, plan, tables, seatsOf };
    }

    async function checkEveryBadge(layout: 'a4-2x4' | 'a6') {
      const { summit, invitations, seatsOf } = await plannedSummit();
      const response = await get(`/api/v1/summits/${summit.id}/badges.pdf?layout=${layout}`);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^application\/pdf/);
      const pdf = response.rawPayload;
      const listed = (await get(`/api/v1/summits/${summit.id}/invitations`)).json() as { id: string; status: string }[];
      const order = listed.filter((i) => i.status === 'confirmed').map((i) => i.id);
      assert.equal(order.length, 8);
      const slots = badgeSlots(layout);
      const texts = textsInBoxes(pdf, slots);
      const qrs = await qrCodesInBoxes(pdf, slots);
      const codes = await t.deps.db.stores.invitations.listCheckInCodes(summit.id);
      order.forEach((id, slot) => {
        const i = invitations.findIndex((inv) => inv.id === id);
        const person = danishPeople[i]!;
        const text = texts[slot]!;
        assert.ok(squash(text).includes(squash(person.name)), `slot ${slot} shows ${person.name}: ${flat(text)}`);
        assert.ok(text.includes(groupNames[person.group]!), `slot ${slot} shows the group`);
        if (expectedFrom(i)) assert.ok(squash(text).includes(squash(expectedFrom(i))), `slot ${slot} shows ${expectedFrom(i)}`);
        assert.ok(flat(text).includes(seatsOf(id)), `slot ${slot} shows ${seatsOf(id)}: ${flat(text)}`);
        assert.equal(text.includes('BORDFACILITATOR'), person.group === 2, `slot ${slot} facilitator mark`);
        assert.equal(text.includes('Ingen foto'), !person.consentPhotos, `slot ${slot} no-photo mark`);
        assert.equal(qrs[slot], codes.get(id as InvitationId), `slot ${slot} QR code`);
      });
      // Nobody else: the remaining places of the last sheet are empty.
      assert.ok(texts.slice(order.length).every((text) => text === ''));
      assert.ok(qrs.slice(order.length).every((code) => code === undefined));
    }

    it('prints one badge per confirmed participant on 2×4 sheets, in the invitations API order, each with its name, tables and QR code', () => checkEveryBadge('a4-2x4'));

    it('prints the same on four A6 badges a sheet', () => checkEveryBadge('a6'));

    it('reprints a single badge in the first place of the sheet, and only for a confirmed participant of the summit', async () => {
      const { summit, invitations, seatsOf } = await plannedSummit();
      const ida = invitations[4]!;
      const response = await get(`/api/v1/summits/${summit.id}/invitations/${ida.id}/badge.pdf`);
      assert.equal(response.statusCode, 200, response.body);
      const texts = textsInBoxes(response.rawPayload, badgeSlots('a4-2x4'));
      assert.equal(texts.length, 8);
      assert.ok(flat(texts[0]!).includes('Ida Ø'));
      assert.ok(flat(texts[0]!).includes(seatsOf(ida.id)));
      assert.ok(texts.slice(1).every((text) => text === ''));

      const pending = await get(`/api/v1/summits/${summit.id}/invitations/${invitations[5]!.id}/badge.pdf`);
      assert.equal(pending.statusCode, 409);
      assert.equal(pending.json().code, 'invitation_pending');
      const declined = await get(`/api/v1/summits/${summit.id}/invitations/${invitations[6]!.id}/badge.pdf`);
      assert.equal(declined.json().code, 'invitation_declined');
      const other = await buildPrintSummit(t.deps);
      const foreign = await get(`/api/v1/summits/${summit.id}/invitations/${other.invitations[0]!.id}/badge.pdf`);
      assert.equal(foreign.statusCode, 404);
      assert.equal(foreign.json().code, 'not_found');
    });

    it('flags a badge printed before a re-plan moved its person, and reprints just those', async () => {
      const { summit, invitations, plan, tables } = await plannedSummit();
      assert.deepEqual((await get(`/api/v1/summits/${summit.id}/badges/outdated`)).json(), []);
      assert.equal((await get(`/api/v1/summits/${summit.id}/badges.pdf`)).statusCode, 200);
      assert.deepEqual((await get(`/api/v1/summits/${summit.id}/badges/outdated`)).json(), []);

      // The re-plan swaps two people in round 2.
      const [a, b] = [invitations[0]!.id, invitations[1]!.id];
      const rounds = plan.rounds.map((round, r) => (r !== 1 ? round : {
        tables: round.tables.map((table) => ({ id: table.id, people: table.people.map((p) => (p === a ? b : p === b ? a : p)) })),
      }));
      await publishPlan(t.deps, summit.id, tables, rounds);
      const outdated = (await get(`/api/v1/summits/${summit.id}/badges/outdated`)).json() as { invitationId: string; name: string; printed: unknown[]; current: unknown[] }[];
      assert.deepEqual(outdated.map((o) => o.invitationId).sort(), [a, b].sort());
      assert.deepEqual(outdated.find((o) => o.invitationId === a)!.name, danishPeople[0]!.name);
      assert.notDeepEqual(outdated[0]!.printed, outdated[0]!.current);

      const reprint = await get(`/api/v1/summits/${summit.id}/badges.pdf?outdated=true`);
      assert.equal(reprint.statusCode, 200);
      const texts = textsInBoxes(reprint.rawPayload, badgeSlots('a4-2x4')).filter((text) => text !== '');
      assert.equal(texts.length, 2);
      assert.deepEqual((await get(`/api/v1/summits/${summit.id}/badges/outdated`)).json(), []);
    });

    it('prints badges without tables before a plan is published, and flags them all once one is', async () => {
      const { summit, invitations } = await buildPrintSummit(t.deps);
      const response = await get(`/api/v1/summits/${summit.id}/badges.pdf`);
      const texts = textsInBoxes(response.rawPayload, badgeSlots('a4-2x4')).filter((text) => text !== '');
      assert.equal(texts.length, 8);
      assert.ok(texts.every((text) => !text.includes('Runde') && !text.includes('Bord ')));
      const confirmed = invitations.filter((i) => i.status === 'confirmed').map((i) => i.id);
      const tables = tableSpecs(2);
      await publishPlan(t.deps, summit.id as SummitId, tables, roundRobin(confirmed, tables, 1));
      assert.equal((await get(`/api/v1/summits/${summit.id}/badges/outdated`)).json().length, 8);
    });

    it('refuses an unknown layout, a missing token and an unknown summit, with their codes', async () => {
      const { summit } = await buildPrintSummit(t.deps);
      const layout = await get(`/api/v1/summits/${summit.id}/badges.pdf?layout=a5`);
      assert.equal(layout.statusCode, 422);
      assert.equal(layout.json().code, 'validation_failed');
      const anonymous = await get(`/api/v1/summits/${summit.id}/badges.pdf`, {});
      assert.equal(anonymous.statusCode, 401);
      assert.equal(anonymous.json().code, 'unauthenticated');
      const unknown = await get('/api/v1/summits/no-such-summit/badges.pdf');
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.json().code, 'not_found');
    });
  });
}
