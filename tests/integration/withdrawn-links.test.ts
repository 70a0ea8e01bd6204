// Withdrawing an invitation revokes every link of it: the personal link from the invitation and the
// extra links that lifecycle messages (postponed, new date, reminders) carry. Behind any of them the
// person's name, needs and messages are gone; the page only says that the invitation was withdrawn
// and whom to ask.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SummitId } from '../../src/domain/ids.ts';
import { postponeSummit } from '../../src/use-cases/lifecycle/postpone-summit.ts';
import { withdrawParticipant } from '../../src/use-cases/participants/withdraw-participant.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { withdrawNomination } from '../../src/use-cases/registration/withdraw-nomination.ts';
import { changeSummitStatus } from '../../src/use-cases/summit/change-summit-status.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { databaseKinds } from '../support/test-database.ts';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { systemAccess } from '../support/access.ts';

for (const kind of databaseKinds()) {
  describe(`withdrawn invitations on ${kind}`, () => {
    let t: TestApp;
    before(async () => { t = await createTestApp(kind); });
    after(async () => { await t.close(); });

    async function postponedSummitWithTwoPeople() {
      const { summit, groups } = await buildSummit(t.deps, { capacity: 10, groups: [{ name: 'Borgere', quota: 5 }] });
      const forum = await buildOrganisation(t.deps, summit.id, groups[0]!.id, 5, { name: 'Lokalforum Tuse' });
      await t.deps.db.stores.organisations.update(forum.id, { contactEmail: 'tuse@example.dk' });
      await updateSummit(t.deps, systemAccess, summit.id, { startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z' });
      await changeSummitStatus(t.deps, systemAccess, summit.id, 'published');
      const nominee = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, organisationId: forum.id, status: 'confirmed', name: 'Nora Nomineret' });
      const direct = await buildInvitation(t.deps, { summitId: summit.id, groupId: groups[0]!.id, status: 'confirmed', name: 'Dorte Direkte' });
      await postponeSummit(t.deps, systemAccess, summit.id as SummitId, { reason: 'Hallen er lukket' });
      const postponed = (await t.deps.db.stores.outbox.listForSummit(summit.id, 100)).filter((m) => m.kind === 'postponed');
      const extraToken = (invitationId: string) => {
        const message = postponed.find((m) => m.invitationId === invitationId);
        assert.ok(message, 'the postponement mail was queued');
        const token = /\/i\/([A-Za-z0-9_-]{16,})/.exec(message.bodyText)?.[1];
        assert.ok(token, 'the postponement mail carries a personal link');
        return token;
      };
      const recruiterToken = (await createRecruiterLink(t.deps, systemAccess, forum.id, { sendEmail: false })).url.split('/').pop()!;
      return { summit, nominee: { ...nominee, extra: extraToken(nominee.id) }, direct: { ...direct, extra: extraToken(direct.id) }, recruiterToken };
    }

    async function assertRevoked(token: string, name: string) {
      const api = await t.app.inject({ url: `/api/v1/invitations/${token}` });
      assert.equal(api.statusCode, 404, `the API no longer answers for the link: ${api.body}`);
      assert.equal(api.json().code, 'not_found');
      assert.doesNotMatch(api.body, new RegExp(name));
      for (const path of ['kalender.ics', 'bord', 'min-dag']) {
        const sub = await t.app.inject({ url: `/i/${token}/${path}` });
        assert.equal(sub.statusCode, 404, `/i/…/${path} answers ${sub.statusCode}`);
        assert.doesNotMatch(sub.body, new RegExp(name));
      }
      const accept = await t.app.inject({ method: 'POST', url: `/api/v1/invitations/${token}/accept`, payload: {} });
      assert.equal(accept.statusCode, 404);
      const page = await t.app.inject({ url: `/i/${token}` });
      assert.equal(page.statusCode, 200, 'the page still says what happened');
      assert.match(page.body, /Din invitation er trukket tilbage/);
      assert.doesNotMatch(page.body, new RegExp(name), 'the page no longer shows the name');
      assert.doesNotMatch(page.body, /Hallen er lukket|Udsat/, 'nor what was sent to the person');
    }

    it('revokes the personal link and the postponement link when the recruiter withdraws the nomination', async () => {
      const { nominee, recruiterToken } = await postponedSummitWithTwoPeople();
      const before = await t.app.inject({ url: `/api/v1/invitations/${nominee.extra}` });
      assert.equal(before.statusCode, 200, 'the postponement link works while the invitation stands');
      assert.equal(before.json().name, 'Nora Nomineret');
      await withdrawNomination(t.deps, recruiterToken, nominee.id);
      await assertRevoked(nominee.token, 'Nora Nomineret');
      await assertRevoked(nominee.extra, 'Nora Nomineret');
      assert.match((await t.app.inject({ url: `/i/${nominee.extra}` })).body, /kontakt Lokalforum Tuse på tuse@example\.dk/);
    });

    it('revokes the personal link and the postponement link when the coordinator withdraws the person', async () => {
      const { summit, direct } = await postponedSummitWithTwoPeople();
      await withdrawParticipant(t.deps, systemAccess, summit.id as SummitId, direct.id);
      await assertRevoked(direct.token, 'Dorte Direkte');
      await assertRevoked(direct.extra, 'Dorte Direkte');
    });
  });
}
