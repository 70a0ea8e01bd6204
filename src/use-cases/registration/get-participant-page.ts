// What a participant's page shows behind their personal link: the invitation, the summit, where
// their re-confirmation stands and what was sent to them; behind a withdrawn invitation's links, only
// that it was withdrawn and whom to ask.
import type { Deps } from '../../ports.ts';
import type { Summit } from '../../domain/summit.ts';
import { consentStanding, type ConsentOffer, type ConsentStanding } from '../../domain/personal-data/consent.ts';
import { loadConsentOffers } from '../consent-register.ts';
import { resolveParticipantLink, type ParticipantAccess } from './accept-invitation.ts';

/** A consent on the person's page: the summit's words and where the person's consent stands. */
export interface ParticipantConsent { offer: ConsentOffer; standing: ConsentStanding }

export interface ParticipantPageView extends ParticipantAccess {
  /** The re-confirmation state after a reschedule, or '' when none is asked of them. */
  reconfirmState: string;
  messages: { id: string; kind: string; subject: string; createdAt: string; sentAt: string | null }[];
  /** Every consent the summit asks for, and a retired one only while the person's still stands (to withdraw it). */
  consents: ParticipantConsent[];
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
  const [reconfirmState, messages, offers, records] = await Promise.all([
    stores.lifecycle.findReconfirmState(invitation.id), stores.lifecycle.listMessagesTo(summit.id, invitation.id, invitation.email),
    loadConsentOffers(stores, summit.id), stores.personalData.listConsents(invitation.id),
  ]);
  const consents = offers.map((offer): ParticipantConsent => ({
    offer,
    // Photos stand as the invitation's flag says: it is what the badges read.
    standing: offer.kind === 'photos'
      ? (invitation.consentPhotos ? { state: 'given', givenAt: invitation.consentChangedAt ?? '' } : { state: 'none' })
      : consentStanding(records, offer),
  })).filter((c) => !c.offer.retired || c.standing.state !== 'none');
  return { invitation, summit, reconfirmState, messages, consents };
}
