// What a participant's page shows behind their personal link: the invitation, the summit, where
// their re-confirmation stands and what was sent to them; behind a withdrawn invitation's links, only
// that it was withdrawn and whom to ask.
import type { Deps } from '../../ports.ts';
import type { Summit } from '../../domain/summit.ts';
import { consentStanding, type ConsentOffer, type ConsentStanding } from '../../domain/personal-data/consent.ts';
import { loadConsentOffers } from '../consent-register.ts';
import { DomainError } from '../../domain/errors.ts';
import { participantLinkExpired, type Invitation } from '../../domain/invitation.ts';
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
  return participantPageOf(deps, await resolveParticipantLink(deps, token));
}

/**
 * The invitation behind `token` and the stamp of its page, in one read: for the same stamp (with
 * the same language and branding) the page is the same, so a page kept rendered for it may be
 * shown again. Unknown and expired links are not found, as on the page itself.
 */
export async function findParticipantPageStamp(deps: Deps, token: string): Promise<{ invitation: Invitation; stamp: string }> {
  const found = await deps.db.stores.invitations.findParticipantPage(deps.tokens.hash(token));
  if (!found || participantLinkExpired(found.summit, deps.clock.now())) throw new DomainError('not_found');
  return found;
}

/** The page of an invitation found by findParticipantPageStamp, read after its stamp (so never older). */
export async function getParticipantPageOf(deps: Deps, invitation: Invitation): Promise<ParticipantPageView | WithdrawnLinkView> {
  const summit = await deps.db.stores.summits.find(invitation.summitId);
  if (!summit) throw new DomainError('not_found');
  return participantPageOf(deps, { invitation, summit });
}

async function participantPageOf(deps: Deps, { invitation, summit }: ParticipantAccess): Promise<ParticipantPageView | WithdrawnLinkView> {
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
