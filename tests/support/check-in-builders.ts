// A published summit on its day: groups, confirmed people with their check-in codes, and a helper's
// check-in link, for the check-in tests.
import type { GroupId, SummitId } from '../../src/domain/ids.ts';
import type { InvitationId, InvitationStatus } from '../../src/domain/invitation.ts';
import type { Deps } from '../../src/ports.ts';
import { createCheckInLink } from '../../src/use-cases/check-in/create-check-in-link.ts';
import { buildSummit } from './builders.ts';
import { buildInvitation } from './invitation-builders.ts';
import { systemAccess } from './access.ts';

export interface DayPerson { id: InvitationId; name: string; code: string; groupId: GroupId; email: string }

export async function buildDaySummit(deps: Deps, spec: { people?: number; groups?: { name: string; quota: number; facilitators?: boolean }[]; capacity?: number } = {}) {
  const groups = spec.groups ?? [{ name: 'Borgere', quota: 100 }, { name: 'Erhverv', quota: 100 }];
  const { summit, groups: made } = await buildSummit(deps, { capacity: spec.capacity ?? 400, groups });
  await deps.db.stores.summits.update(summit.id, { status: 'published', startsAt: '2026-03-01T08:00:00.000Z', endsAt: '2026-03-01T15:00:00.000Z' }, deps.clock.now());
  const people: DayPerson[] = [];
  for (let i = 0; i < (spec.people ?? 6); i++) {
    const group = made[i % made.length]!;
    people.push(await addPerson(deps, summit.id, group.id, 'confirmed', `Deltager ${String(i + 1).padStart(3, '0')}`));
  }
  return { summit, groups: made, people };
}

export async function addPerson(deps: Deps, summitId: SummitId, groupId: GroupId, status: InvitationStatus, name: string): Promise<DayPerson> {
  const made = await buildInvitation(deps, { summitId, groupId, status, name });
  const code = (await deps.db.stores.invitations.findCheckInCode(made.id as InvitationId))!;
  return { id: made.id as InvitationId, name, code, groupId, email: made.email };
}

/** A helper's check-in link: its token (the url's last path segment) and its id. */
export async function buildCheckInLink(deps: Deps, summitId: SummitId, label = 'Indgang A') {
  const link = await createCheckInLink(deps, systemAccess, summitId, { label });
  return { id: link.id, url: link.url, token: new URL(link.url).pathname.split('/').pop()! };
}
