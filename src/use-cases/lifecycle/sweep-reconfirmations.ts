// The lifecycle sweep, run periodically by the server with the injected clock: reminders before the
// re-confirmation deadline, and after it the seats of the silent go to their organisation's
// waiting list. Safe in several processes at once: each person is handled under the summit lock.
import type { Invitation } from '../../domain/invitation.ts';
import { parseReminderDays, remindersDue } from '../../domain/lifecycle.ts';
import type { Deps } from '../../ports.ts';
import { mailQueued, queueMail } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { placementOf, refillFromWaitlist, withSummitLock } from '../registration/registration-seats.ts';

export interface SweepResult {
  reminded: number;
  released: number;
}

export async function sweepReconfirmations(deps: Deps): Promise<SweepResult> {
  const result: SweepResult = { reminded: 0, released: 0 };
  const summits = (await deps.db.stores.summits.list()).filter((s) => s.status === 'published' && s.reconfirmBy);
  for (const candidate of summits) {
    await withSummitLock(deps, candidate.id, async (stores) => {
      const summit = await stores.summits.find(candidate.id);
      if (!summit || summit.status !== 'published' || !summit.reconfirmBy) return;
      const now = deps.clock.now();
      const states = await stores.lifecycle.reconfirmStates(summit.id);
      const awaiting = [...states].filter(([, s]) => s.state === 'awaiting');
      if (awaiting.length === 0) return;
      const invitations = new Map<string, Invitation>((await stores.invitations.listBySummit(summit.id)).map((i) => [i.id, i]));
      if (now > summit.reconfirmBy) {
        for (const [id] of awaiting) {
          const invitation = invitations.get(id);
          if (!invitation || invitation.status !== 'confirmed') continue;
          await stores.invitations.update(invitation.id, { status: 'expired' }, now);
          await stores.lifecycle.setReconfirmState([invitation.id], 'lost');
          await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].seatLost(summit, invitation), invitationId: invitation.id });
          await stores.audit.append({ action: 'invitation.reconfirm_lost', actor: 'system', summitId: summit.id, subjectType: 'invitation', subjectId: invitation.id, data: { deadline: summit.reconfirmBy } }, now);
          await refillFromWaitlist(stores, deps, await placementOf(stores, invitation));
          result.released++;
        }
        return;
      }
      const due = remindersDue(summit.reconfirmBy, parseReminderDays(summit.reminderDays), now);
      for (const [id, state] of awaiting) {
        const invitation = invitations.get(id);
        if (!invitation || invitation.status !== 'confirmed' || state.reminders >= due) continue;
        const token = deps.tokens.newToken();
        await stores.lifecycle.addInvitationToken(invitation.id, deps.tokens.hash(token), now);
        await queueMail(stores, deps, { ...deps.mailTexts[invitation.language].reconfirmReminder(summit, invitation, summit.reconfirmBy, participantUrl(deps, token)), invitationId: invitation.id });
        // Catching up after downtime sends one reminder, not all that were missed.
        await stores.lifecycle.setRemindersSent(invitation.id, due);
        result.reminded++;
      }
    });
  }
  if (result.reminded || result.released) mailQueued(deps);
  return result;
}
