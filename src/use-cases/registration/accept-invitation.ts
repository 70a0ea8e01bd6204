// A participant answers yes through the personal link /i/{token}. Accepting twice is the same as
// accepting once; needs and consents given later replace the earlier ones.
import { DomainError } from '../../domain/errors.ts';
import { acceptTransition, participantLinkExpired, type Invitation, type InvitationId } from '../../domain/invitation.ts';
import type { Language } from '../../domain/language.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, InvitationChanges } from '../../ports.ts';
import { applyConsentChanges, consentChoices, planPersonConsents } from '../consent-register.ts';
import type { ConsentChange, ConsentKind } from '../../domain/personal-data/consent.ts';
import { loadOwnWordings, mailQueued, queueMail } from '../outgoing-mail.ts';
import { participantUrl } from '../personal-links.ts';
import { calendarAttachment } from '../summit-calendar-attachment.ts';
import { withSummitLock } from './registration-seats.ts';

export interface ParticipantAccess {
  invitation: Invitation;
  summit: Summit;
}

/**
 * The invitation behind a participant link; an unknown or withdrawn link is simply not found.
 * Withdrawing revokes every link of the invitation, the extra ones from lifecycle messages too.
 */
export async function participantAccess(deps: Deps, token: string): Promise<ParticipantAccess> {
  const access = await resolveParticipantLink(deps, token);
  if (access.invitation.status === 'withdrawn') throw new DomainError('not_found');
  return access;
}

/**
 * The invitation behind a participant link whatever its status, for the one page that tells a
 * withdrawn person what happened (and shows nothing else of theirs). Everything else uses
 * participantAccess.
 */
export async function resolveParticipantLink(deps: Deps, token: string): Promise<ParticipantAccess> {
  const { stores } = deps.db;
  const hash = deps.tokens.hash(token);
  // Lifecycle messages (postponed, new date, reminders) carry further links to the same invitation.
  const extra = await stores.lifecycle.findInvitationIdByToken(hash);
  const invitation = extra ? await stores.invitations.find(extra as InvitationId) : await stores.invitations.findByTokenHash(hash);
  if (!invitation) throw new DomainError('not_found');
  const summit = await deps.db.stores.summits.find(invitation.summitId);
  // An expired link is as unknown as a wrong one.
  if (!summit || participantLinkExpired(summit, deps.clock.now())) throw new DomainError('not_found');
  return { invitation, summit };
}

export interface AnswerInput {
  needs?: { diet?: string; accessibility?: string };
  /** By kind (photos, contacts or a summit's own kind): given or withdrawn; a kind left out stays as it is. */
  consents?: Record<ConsentKind, boolean>;
  /** The version of the words shown for each kind, when the answer comes from a page that showed them. */
  consentVersions?: Record<ConsentKind, string>;
  /** The language the person answered in; their mail speaks it from now on. */
  language?: Language;
}

function answerChanges(invitation: Invitation, input: AnswerInput, consents: readonly ConsentChange[], now: string): InvitationChanges {
  const changes: InvitationChanges = {};
  if (input.needs?.diet !== undefined) changes.dietNeeds = input.needs.diet;
  if (input.needs?.accessibility !== undefined) changes.accessibilityNeeds = input.needs.accessibility;
  if (input.language !== undefined && input.language !== invitation.language) changes.language = input.language;
  const photos = consents.find((c) => c.offer.kind === 'photos');
  if (photos) {
    changes.consentPhotos = photos.given;
    changes.consentChangedAt = now;
  }
  return changes;
}

/** A first yes is confirmed by email with a calendar file. */
export async function acceptInvitation(deps: Deps, token: string, input: AnswerInput = {}): Promise<Invitation> {
  const { invitation: found } = await participantAccess(deps, token);
  const wordings = await loadOwnWordings(deps.db.stores, found.summitId);
  const result = await withSummitLock(deps, found.summitId, async (stores) => {
    // The invitation and its summit as they are now, in one read under the guard.
    const current = await stores.invitations.findWithSummit(found.id);
    if (!current) throw new DomainError('not_found');
    const { invitation, summit } = current;
    const now = deps.clock.now();
    // A cancelled summit's links still show what happened, but take no answers.
    if (summit?.status === 'cancelled') throw new DomainError('summit_cancelled');
    const status = acceptTransition(invitation, now);
    const consents = await planPersonConsents(stores, invitation, consentChoices(input.consents, input.consentVersions));
    const changes = answerChanges(invitation, input, consents, now);
    const actor = `participant:${invitation.id}` as const;
    const audit = { actor, summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id };
    if (invitation.status === status && Object.keys(changes).length === 0 && consents.length === 0) return invitation;
    const updated = await stores.invitations.change(invitation, { ...changes, status, ...(invitation.status !== status ? { answeredAt: now } : {}) }, now);
    if (invitation.status !== status) {
      await stores.audit.append({ ...audit, action: 'invitation.accepted', data: {} }, now);
      if (summit) {
        const link = participantUrl(deps, token);
        await queueMail(stores, deps, { ...deps.mailTexts[updated.language].confirmation(summit, updated, link), invitationId: updated.id, attachments: calendarAttachment(deps, summit, updated, link) }, wordings, summit);
      }
    }
    if ('dietNeeds' in changes || 'accessibilityNeeds' in changes) await stores.audit.append({ ...audit, action: 'invitation.needs_changed', data: {} }, now);
    await applyConsentChanges(stores, invitation, consents, input.language ?? invitation.language, now);
    return updated;
  });
  mailQueued(deps);
  return result;
}

/** Changes needs or consents of a confirmed or pending invitation without answering it. */
export async function updateAnswerDetails(deps: Deps, token: string, input: AnswerInput): Promise<Invitation> {
  const { invitation: found } = await participantAccess(deps, token);
  return withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    if (!invitation) throw new DomainError('not_found');
    if (invitation.status !== 'pending' && invitation.status !== 'confirmed') throw new DomainError('invitation_closed', { status: invitation.status });
    const now = deps.clock.now();
    const consents = await planPersonConsents(stores, invitation, consentChoices(input.consents, input.consentVersions));
    const changes = answerChanges(invitation, input, consents, now);
    if (Object.keys(changes).length === 0 && consents.length === 0) return invitation;
    const updated = Object.keys(changes).length ? await stores.invitations.update(invitation.id, changes, now) : invitation;
    const audit = { actor: `participant:${invitation.id}`, summitId: invitation.summitId, subjectType: 'invitation', subjectId: invitation.id };
    await applyConsentChanges(stores, invitation, consents, input.language ?? invitation.language, now);
    if ('dietNeeds' in changes || 'accessibilityNeeds' in changes) await stores.audit.append({ ...audit, action: 'invitation.needs_changed', data: {} }, now);
    return updated;
  });
}
