// What a participant's page shows behind their personal link: the invitation, the summit, where
// their re-confirmation stands and what was sent to them.
import type { Deps } from '../../ports.ts';
import { participantAccess, type ParticipantAccess } from './accept-invitation.ts';

export interface ParticipantPageView extends ParticipantAccess {
  /** The re-confirmation state after a reschedule, or '' when none is asked of them. */
  reconfirmState: string;
  messages: { id: string; kind: string; subject: string; createdAt: string; sentAt: string | null }[];
  /** Whom the person can ask about their invitation: the organisation that put them forward, or (null) the organisers. */
  contact: { name: string; email: string } | null;
}

export async function getParticipantPage(deps: Deps, token: string): Promise<ParticipantPageView> {
  const { invitation, summit } = await participantAccess(deps, token);
  const { stores } = deps.db;
  const reconfirmState = (await stores.lifecycle.reconfirmStates(summit.id)).get(invitation.id)?.state ?? '';
  const messages = await stores.lifecycle.listMessagesTo(summit.id, invitation.id, invitation.email);
  const organisation = invitation.organisationId ? await stores.organisations.find(invitation.organisationId) : undefined;
  const contact = organisation ? { name: organisation.name, email: organisation.contactEmail } : null;
  return { invitation, summit, reconfirmState, messages, contact };
}
