// What a participant's page shows behind their personal link: the invitation, the summit, where
// their re-confirmation stands and what was sent to them; behind a withdrawn invitation's links, only
// that it was withdrawn and whom to ask.
import type { Deps } from '../../ports.ts';
import type { Summit } from '../../domain/summit.ts';
import { resolveParticipantLink, type ParticipantAccess } from './accept-invitation.ts';

export interface ParticipantPageView extends ParticipantAccess {
  /** The re-confirmation state after a reschedule, or '' when none is asked of them. */
  reconfirmState: string;
  messages: { id: string; kind: string; subject: string; createdAt: string; sentAt: string | null }[];
}

/** What a revoked (withdrawn) link still shows: which summit, and whom to ask; nothing of the person. */
export interface WithdrawnLinkView {
  withdrawn: true;
  summit: Summit;
  /** Whom the person can ask: the organisation that put them forward, or (null) the organisers. */
  contact: { name: string; email: string } | null;
}

export async function getParticipantPage(deps: Deps, token: string): Promise<ParticipantPageView | WithdrawnLinkView> {
  const { invitation, summit } = await resolveParticipantLink(deps, token);
  const { stores } = deps.db;
  if (invitation.status === 'withdrawn') {
    const organisation = invitation.organisationId ? await stores.organisations.find(invitation.organisationId) : undefined;
    return { withdrawn: true, summit, contact: organisation ? { name: organisation.name, email: organisation.contactEmail } : null };
  }
  const reconfirmState = await stores.lifecycle.findReconfirmState(invitation.id);
  const messages = await stores.lifecycle.listMessagesTo(summit.id, invitation.id, invitation.email);
  return { invitation, summit, reconfirmState, messages };
}
