// Test data for table plans: a summit with groups (one of them the facilitators), areas and
// confirmed participants, created through the stores' ports (no raw SQL).
import type { AreaId, GroupId, SummitId } from '../../src/domain/ids.ts';
import type { InvitationStatus } from '../../src/domain/invitation.ts';
import type { Deps } from '../../src/ports.ts';
import { buildSummit } from './builders.ts';

export interface SeatingSummitSpec {
  /** Confirmed participants besides the facilitators. */
  people: number;
  facilitators: number;
  areas?: number;
  groups?: number;
  /** Extra invitations in other states (never seated). */
  others?: InvitationStatus[];
  /** How many of the people state accessibility needs. */
  accessibilityNeeds?: number;
}

export async function addInvitation(deps: Deps, summitId: SummitId, groupId: GroupId, areaId: AreaId | null, name: string, status: InvitationStatus, accessibilityNeeds = '') {
  const now = deps.clock.now();
  return deps.db.stores.invitations.create({
    summitId, groupId, organisationId: null, areaId, name, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.dk`, phone: '',
    status, source: 'coordinator', waitlistPosition: 0, invitedAt: now, answerDeadline: null, answeredAt: status === 'confirmed' ? now : null,
    dietNeeds: '', accessibilityNeeds, consentPhotos: false, consentChangedAt: null,
  } as Parameters<Deps['db']['stores']['invitations']['create']>[0], deps.tokens.hash(`token-of-${name}-${summitId}`), now);
}

/** The personal-link token the builder gave a participant (hash stored, token known to the test). */
export const tokenOf = (name: string, summitId: string) => `token-of-${name}-${summitId}`;

export async function buildSeatingSummit(deps: Deps, spec: SeatingSummitSpec) {
  const groupCount = spec.groups ?? 4;
  const names = ['Borgere', 'Politikere', 'Erhverv', 'Skoler og dagtilbud', 'Forvaltningen', 'Foreninger'];
  const { summit, groups, areas } = await buildSummit(deps, {
    capacity: 10_000,
    groups: [
      ...Array.from({ length: groupCount }, (_, i) => ({ name: names[i % names.length] + (i >= names.length ? ` ${i}` : ''), quota: 1000 })),
      { name: 'Bordfacilitatorer', quota: 1000, facilitators: true },
    ],
    areas: Array.from({ length: spec.areas ?? 6 }, (_, i) => ({ name: `Område ${i + 1}`, population: 1000 + i })),
  });
  const facilitatorGroup = groups[groups.length - 1];
  const people = [];
  for (let i = 0; i < spec.facilitators; i++) {
    people.push(await addInvitation(deps, summit.id, facilitatorGroup.id, null, `Facilitator ${i + 1}`, 'confirmed'));
  }
  for (let i = 0; i < spec.people; i++) {
    const area = areas.length ? areas[(i * 7) % areas.length].id : null;
    const needs = i < (spec.accessibilityNeeds ?? 0) ? 'Kørestol' : '';
    people.push(await addInvitation(deps, summit.id, groups[i % groupCount].id, area, `Deltager ${i + 1}`, 'confirmed', needs));
  }
  const others = [];
  for (const [i, status] of (spec.others ?? []).entries()) {
    others.push(await addInvitation(deps, summit.id, groups[0].id, areas[0]?.id ?? null, `Anden ${i + 1} ${status}`, status));
  }
  return { summit, groups, areas, facilitatorGroup, people, others };
}
