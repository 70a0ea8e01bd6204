// Withdrawing a consent is as easy as giving it, also for a person who no longer takes part: behind
// a declined, cancelled or expired invitation, or a cancelled summit, the participant's page can no
// longer answer, but it still withdraws (and only withdraws) the consents that stand. A withdrawn
// invitation's links are revoked and an erased person has nothing left, so neither gets here.
import { DomainError } from '../../domain/errors.ts';
import type { Language } from '../../domain/language.ts';
import type { ConsentKind } from '../../domain/personal-data/consent.ts';
import type { Deps } from '../../ports.ts';
import { applyConsentChanges, planPersonConsents } from '../consent-register.ts';
import { participantAccess } from './accept-invitation.ts';
import { withSummitLock } from './registration-seats.ts';

/** Withdraws the person's consents of these kinds, whatever the invitation's status; one not standing changes nothing. */
export async function withdrawConsents(deps: Deps, token: string, kinds: readonly ConsentKind[], language?: Language): Promise<void> {
  const { invitation: found } = await participantAccess(deps, token);
  await withSummitLock(deps, found.summitId, async (stores) => {
    const invitation = await stores.invitations.find(found.id);
    if (!invitation) throw new DomainError('not_found');
    const now = deps.clock.now();
    const changes = await planPersonConsents(stores, invitation, Object.fromEntries(kinds.map((kind) => [kind, { given: false }])));
    if (changes.length === 0) return;
    // Photos follow the invitation's flag, which the badges' no-photo mark and the lists read.
    if (changes.some((c) => c.offer.kind === 'photos')) await stores.invitations.update(invitation.id, { consentPhotos: false, consentChangedAt: now }, now);
    await applyConsentChanges(stores, invitation, changes, language ?? invitation.language, now);
  });
}
