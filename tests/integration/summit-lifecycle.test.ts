// Postpone, reschedule with re-confirmation, cancel, and citizens' interest requests, against real
// databases with an injected clock (no waiting for deadlines).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../../src/domain/errors.ts';
import type { OrganisationId, SummitId } from '../../src/domain/ids.ts';
import type { Deps } from '../../src/ports.ts';
import { fixedClock } from '../../src/system/system-clock.ts';
import { acceptInvitation } from '../../src/use-cases/registration/accept-invitation.ts';
import { cancelSummit } from '../../src/use-cases/lifecycle/cancel-summit.ts';
import { declineInvitation } from '../../src/use-cases/registration/decline-invitation.ts';
import { getReconfirmationOverview } from '../../src/use-cases/lifecycle/get-reconfirmation-overview.ts';
import { postponeSummit } from '../../src/use-cases/lifecycle/postpone-summit.ts';
import { reconfirmInvitation } from '../../src/use-cases/lifecycle/reconfirm-invitation.ts';
import { extendReconfirmDeadline, rescheduleSummit } from '../../src/use-cases/lifecycle/reschedule-summit.ts';
import { updateSummit } from '../../src/use-cases/summit/save-summit.ts';
import { changeSummitStatus } from '../../src/use-cases/summit/change-summit-status.ts';
import { sweepReconfirmations } from '../../src/use-cases/lifecycle/sweep-reconfirmations.ts';
import { buildOrganisation, buildSummit } from '../support/builders.ts';
import { buildInvitation } from '../support/invitation-builders.ts';
import { createTestDatabase, databaseKinds, testDeps, type TestDatabase } from '../support/test-database.ts';
import { coordinatorAccess, systemAccess } from '../support/access.ts';

const code = (c: string) => (e: unknown) => e instanceof DomainError && e.code === c;
const actor = coordinatorAccess('test');
const newDate = { startsAt: '2027-05-20T07:00:00.000Z', endsAt: '2027-05-20T14:00:00.000Z', venue: 'Holbæk Hallen', reconfirmBy: '2027-05-01T21:59:00.000Z' };

for (const kind of databaseKinds()) {
  describe(`summit lifecycle on ${kind}`, () => {
    let db: TestDatabase;
    let deps: Deps;
    let clock: ReturnType<typeof fixedClock>;
    before(async () => {
      db = await createTestDatabase(kind);
      clock = fixedClock('2027-03-01T09:00:00.000Z');
      deps = testDeps(db.database, clock);
    });
    after(async () => { await db.destroy(); });

    async function publishedSummit(confirmed: number, options: { quota?: number; waitlisted?: number } = {}) {
      clock.set('2027-03-01T09:00:00.000Z');
      const quota = options.quota ?? confirmed;
      const { summit, groups } = await buildSummit(deps, { capacity: quota + 10, groups: [{ name: 'Borgere', quota }] });
      const organisation = await buildOrganisation(deps, summit.id, groups[0].id, quota);
      await deps.db.stores.organisations.update(organisation.id, { contactEmail: 'forum@example.dk' });
      await updateSummit(deps, systemAccess, summit.id, { startsAt: '2027-04-01T07:00:00.000Z', endsAt: '2027-04-01T14:00:00.000Z' });
      await changeSummitStatus(deps, systemAccess, summit.id, 'published');
      const people = [];
      for (let i = 0; i < confirmed; i++) people.push(await buildInvitation(deps, { summitId: summit.id, groupId: groups[0].id, organisationId: organisation.id, status: 'confirmed' }));
      const waiting = [];
      for (let i = 0; i < (options.waitlisted ?? 0); i++) waiting.push(await buildInvitation(deps, { summitId: summit.id, groupId: groups[0].id, organisationId: organisation.id, status: 'waitlisted', waitlistPosition: i + 1 }));
      return { summitId: summit.id as SummitId, groupId: groups[0].id, organisationId: organisation.id as OrganisationId, people, waiting };
    }
    const messages = async (summitId: string, kindOf?: string) =>
      (await deps.db.stores.outbox.listForSummit(summitId, 10_000)).filter((m) => !kindOf || m.kind === kindOf);

    it('postpones: everyone concerned is told once, seats stay held, the reason is kept', async () => {
      const { summitId, people } = await publishedSummit(3);
      await postponeSummit(deps, actor, summitId, { reason: 'Aflyst pga. covid', newDate: 'foråret 2021' });
      await postponeSummit(deps, actor, summitId, { reason: 'Aflyst pga. covid', newDate: 'foråret 2021' });
      const summit = (await deps.db.stores.summits.find(summitId))!;
      assert.equal(summit.status, 'postponed');
      assert.equal(summit.tentativeDate, 'foråret 2021');
      assert.equal((await messages(summitId, 'postponed')).length, 3);
      assert.equal((await messages(summitId, 'recruiter_postponed')).length, 1);
      const statuses = await Promise.all(people.map((p) => deps.db.stores.invitations.find(p.id as never)));
      assert.ok(statuses.every((i) => i?.status === 'confirmed'));
    });

    it('pauses answer deadlines while postponed and gives the paused time back on reschedule', async () => {
      const { summitId, groupId, organisationId } = await publishedSummit(0, { quota: 2 });
      const pending = await buildInvitation(deps, { summitId, groupId, organisationId, status: 'pending' });
      const before = (await deps.db.stores.invitations.find(pending.id as never))!.answerDeadline!;
      await postponeSummit(deps, actor, summitId, { reason: '' });
      clock.advance(10 * 86_400_000);
      await rescheduleSummit(deps, actor, summitId, newDate);
      const after = (await deps.db.stores.invitations.find(pending.id as never))!.answerDeadline!;
      assert.equal(new Date(after).getTime() - new Date(before).getTime(), 10 * 86_400_000);
    });

    it('reschedules 168 confirmed people with exactly one message each, with a calendar file whose sequence rose', async () => {
      const { summitId, people } = await publishedSummit(168);
      await postponeSummit(deps, actor, summitId, { reason: 'covid' });
      await rescheduleSummit(deps, actor, summitId, newDate);
      await rescheduleSummit(deps, actor, summitId, newDate);
      const sent = await messages(summitId, 'rescheduled');
      assert.equal(sent.length, 168);
      assert.equal(new Set(sent.map((m) => m.invitationId)).size, 168);
      assert.deepEqual(new Set(sent.map((m) => m.invitationId)), new Set(people.map((p) => p.id)));
      const ics = sent[0].attachments[0];
      assert.match(ics.content, /SEQUENCE:1/);
      assert.match(ics.content, /DTSTART;TZID=Europe\/Copenhagen:20270520T090000/);
      const overview = await getReconfirmationOverview(deps, summitId);
      assert.equal(overview.counts.awaiting, 168);
    });

    it('keeps the seat of who re-confirms (once or twice), and gives the silent seats to the waiting list after the deadline', async () => {
      const { summitId, people, waiting } = await publishedSummit(3, { waitlisted: 1 });
      await rescheduleSummit(deps, actor, summitId, newDate);
      const [yes, silent, no] = people;
      assert.equal((await reconfirmInvitation(deps, yes.token)).reconfirmState, 'reconfirmed');
      assert.equal((await reconfirmInvitation(deps, yes.token)).reconfirmState, 'reconfirmed');
      await declineInvitation(deps, no.token);
      // The decline freed a seat: the first on the waiting list is invited at once.
      assert.equal((await deps.db.stores.invitations.find(waiting[0].id as never))!.status, 'pending');

      clock.set('2027-04-26T10:00:00.000Z');
      await sweepReconfirmations(deps);
      await sweepReconfirmations(deps);
      const reminders = await messages(summitId, 'reconfirm_reminder');
      assert.equal(reminders.length, 1, 'one reminder, to the silent one, once per schedule point');
      assert.equal(reminders[0].invitationId, silent.id);

      clock.set('2027-05-02T10:00:00.000Z');
      await assert.rejects(reconfirmInvitation(deps, silent.token), code('reconfirm_deadline_passed'));
      await sweepReconfirmations(deps);
      assert.equal((await deps.db.stores.invitations.find(silent.id as never))!.status, 'expired');
      assert.equal((await deps.db.stores.invitations.find(yes.id as never))!.status, 'confirmed');
      const overview = await getReconfirmationOverview(deps, summitId);
      assert.deepEqual(overview.counts, { reconfirmed: 1, awaiting: 0, declined: 1, lost: 1 });
      assert.equal((await messages(summitId, 'reconfirm_lost')).length, 1);
    });

    it('lets the coordinator extend the deadline, but not past the start', async () => {
      const { summitId } = await publishedSummit(1);
      await rescheduleSummit(deps, actor, summitId, newDate);
      await assert.rejects(extendReconfirmDeadline(deps, actor, summitId, '2027-06-01T00:00:00.000Z'), code('reconfirm_after_start'));
      const extended = await extendReconfirmDeadline(deps, actor, summitId, '2027-05-10T21:59:00.000Z');
      assert.equal(extended.reconfirmBy, '2027-05-10T21:59:00.000Z');
    });

    it('refuses an illegal reschedule and changes nothing', async () => {
      const { summitId } = await publishedSummit(1);
      await assert.rejects(rescheduleSummit(deps, actor, summitId, { ...newDate, reconfirmBy: '2027-06-01T00:00:00.000Z' }), code('reconfirm_after_start'));
      await cancelSummit(deps, actor, summitId, 'Ingen penge');
      await assert.rejects(rescheduleSummit(deps, actor, summitId, newDate), code('illegal_status_transition'));
      assert.equal((await deps.db.stores.summits.find(summitId))!.status, 'cancelled');
      assert.equal((await messages(summitId, 'rescheduled')).length, 0);
    });

    it('cancels: everyone is told with a calendar cancellation, and links stop taking answers', async () => {
      const { summitId, people, waiting } = await publishedSummit(2, { waitlisted: 1 });
      await cancelSummit(deps, actor, summitId, 'Ingen penge');
      await cancelSummit(deps, actor, summitId, 'Ingen penge');
      const sent = await messages(summitId, 'cancelled');
      assert.equal(sent.length, 3);
      const toConfirmed = sent.find((m) => m.invitationId === people[0].id)!;
      assert.match(toConfirmed.attachments[0].content, /METHOD:CANCEL/);
      assert.equal(sent.find((m) => m.invitationId === waiting[0].id)!.attachments.length, 0);
      await assert.rejects(acceptInvitation(deps, people[0].token), code('summit_cancelled'));
      await assert.rejects(declineInvitation(deps, people[1].token), code('summit_cancelled'));
    });

    it("stops a participant's link once the summit's personal data is due for deletion", async () => {
      const { summitId, people } = await publishedSummit(1);
      const summit = (await deps.db.stores.summits.find(summitId))!;
      clock.set(new Date(new Date(summit.endsAt!).getTime() + (summit.retentionDays - 1) * 86_400_000).toISOString());
      assert.equal((await acceptInvitation(deps, people[0].token)).status, 'confirmed');
      clock.advance(2 * 86_400_000);
      await assert.rejects(acceptInvitation(deps, people[0].token), code('not_found'));
    });
  });
}
