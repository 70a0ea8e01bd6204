// Helpers for registration tests: a summit whose organisations have recruiter links, and the
// participant tokens read back from the queued invitation mails (the only place a token exists).
import type { Deps } from '../../src/ports.ts';
import type { SummitId } from '../../src/domain/ids.ts';
import { createRecruiterLink } from '../../src/use-cases/registration/create-recruiter-link.ts';
import { buildOrganisation, buildSummit } from './builders.ts';
import { systemAccess } from './access.ts';

export async function buildRecruitingSummit(deps: Deps, spec: { organisations: number; seats: number; groupQuota?: number; capacity?: number }) {
  const groupQuota = spec.groupQuota ?? spec.organisations * spec.seats;
  const { summit, groups } = await buildSummit(deps, { capacity: spec.capacity ?? groupQuota, groups: [{ name: 'Borgere', quota: groupQuota }] });
  const organisations = [];
  for (let i = 0; i < spec.organisations; i++) {
    const organisation = await buildOrganisation(deps, summit.id, groups[0]!.id, spec.seats, { name: `Lokalforum ${i}` });
    const { url } = await createRecruiterLink(deps, systemAccess, organisation.id);
    organisations.push({ ...organisation, token: url.split('/').pop()! });
  }
  return { summit, group: groups[0]!, organisations };
}

/** Participant tokens by email, from the invitation mails in the outbox (newest mail wins). */
export async function participantTokens(deps: Deps, summitId: SummitId): Promise<Map<string, string>> {
  const messages = await deps.db.stores.outbox.listForSummit(summitId, 10_000);
  const tokens = new Map<string, string>();
  for (const m of [...messages].reverse()) {
    const match = /\/i\/([A-Za-z0-9_-]{16,})/.exec(m.bodyText);
    if (m.kind === 'invitation' && match) tokens.set(m.toAddress, match[1]!);
  }
  return tokens;
}

export async function heldSeats(deps: Deps, summitId: SummitId) {
  const all = await deps.db.stores.invitations.listBySummit(summitId);
  const held = all.filter((i) => i.status === 'pending' || i.status === 'confirmed');
  const byOrganisation = new Map<string, number>();
  for (const i of held) byOrganisation.set(i.organisationId ?? '', (byOrganisation.get(i.organisationId ?? '') ?? 0) + 1);
  return { all, held: held.length, byOrganisation, waitlisted: all.filter((i) => i.status === 'waitlisted').length };
}
