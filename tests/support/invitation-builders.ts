// Invitations in a known state with a known personal token, for tests that start mid-story.
import type { InvitationStatus } from '../../src/domain/invitation.ts';
import type { GroupId, OrganisationId, SummitId } from '../../src/domain/ids.ts';
import type { Deps } from '../../src/ports.ts';

export async function buildInvitation(deps: Deps, spec: {
  summitId: SummitId; groupId: GroupId; organisationId?: OrganisationId | null; status: InvitationStatus; name?: string; email?: string; waitlistPosition?: number;
}): Promise<{ id: string; token: string; email: string }> {
  const token = deps.tokens.newToken();
  const now = deps.clock.now();
  const email = spec.email ?? `${token.slice(0, 10).toLowerCase()}@example.dk`;
  const invitation = await deps.db.stores.invitations.create({
    summitId: spec.summitId, groupId: spec.groupId, organisationId: spec.organisationId ?? null, areaId: null,
    name: spec.name ?? `Deltager ${email}`, email, phone: '', status: spec.status, source: 'coordinator',
    waitlistPosition: spec.waitlistPosition ?? 0, invitedAt: spec.status === 'waitlisted' ? null : now,
    answerDeadline: spec.status === 'pending' ? new Date(new Date(now).getTime() + 14 * 86_400_000).toISOString() : null,
    answeredAt: spec.status === 'confirmed' ? now : null, dietNeeds: '', accessibilityNeeds: '', consentPhotos: false, consentChangedAt: null,
  }, spec.status === 'waitlisted' ? null : deps.tokens.hash(token), now);
  return { id: invitation.id, token, email };
}
