// Test data for printed matter: a summit whose people have Danish and long names, groups (one of
// them the facilitators), areas and organisations, photo consents, and a published table plan
// stored as given (no solver), so a test knows exactly who sits where.
import type { AreaId, GroupId, OrganisationId, SummitId } from '../../src/domain/ids.ts';
import type { InvitationStatus } from '../../src/domain/invitation.ts';
import { defaultSeatingSettings, noLocks, type SeatingPlan, type SeatingRound, type SeatingTableSpec } from '../../src/domain/seating-plan.ts';
import type { Deps } from '../../src/ports.ts';
import { buildOrganisation, buildSummit } from './builders.ts';

export interface PrintPerson {
  name: string;
  /** Index into the summit's groups; the last group is the facilitators. */
  group: number;
  area?: number;
  /** Nominated through the group's organisation (its name is printed instead of the area's). */
  organisation?: boolean;
  status?: InvitationStatus;
  consentPhotos?: boolean;
  accessibilityNeeds?: string;
}

export const danishPeople: PrintPerson[] = [
  { name: 'Åse Ærø Østergård', group: 0, area: 0, consentPhotos: true },
  { name: 'Søren Kierkegaard Ågesen', group: 1, organisation: true },
  { name: 'Maximiliandergrossetschechowskiwassilijewitsch Bjørnstjerne Løvenskiold-Frederiksborg', group: 0, area: 1 },
  { name: 'Bo', group: 2, consentPhotos: true },
  { name: 'Ida Ø', group: 0, area: 2, accessibilityNeeds: 'Kørestol' },
  { name: 'Peter Pending', group: 0, status: 'pending' },
  { name: 'Dorte Declined', group: 1, status: 'declined' },
  { name: 'Wanda Waitlisted', group: 1, status: 'waitlisted' },
  { name: 'Karen Blixen-Finecke', group: 1, consentPhotos: true },
  { name: 'Hans Christian Andersen', group: 0, area: 3 },
  { name: 'Facilitator Ærlig', group: 2 },
];

export const groupNames = ['Borgere', 'Erhverv', 'Bordfacilitatorer'];
export const areaNames = ['Tølløse', 'Tuse Næs', 'Jyderup', 'Mørkøv'];
export const organisationName = 'Holbæk Erhvervsforum og Tuse Næs Lokalråd for Erhverv';

export async function buildPrintSummit(deps: Deps, people: PrintPerson[] = danishPeople) {
  const { summit, groups, areas } = await buildSummit(deps, {
    capacity: 10_000,
    groups: groupNames.map((name, i) => ({ name, quota: 1000, facilitators: i === groupNames.length - 1 })),
    areas: areaNames.map((name, i) => ({ name, population: 1000 + i })),
  });
  const organisation = await buildOrganisation(deps, summit.id, groups[1]!.id, 500, { name: organisationName, kind: 'business_council' });
  const now = deps.clock.now();
  const invitations = [];
  for (const [i, person] of people.entries()) {
    const status = person.status ?? 'confirmed';
    invitations.push(await deps.db.stores.invitations.create({
      summitId: summit.id, groupId: groups[person.group]!.id as GroupId,
      organisationId: person.organisation ? organisation.id as OrganisationId : null,
      areaId: person.area === undefined ? null : areas[person.area]!.id as AreaId,
      name: person.name, email: `person${i}@example.dk`, phone: '', status, source: 'coordinator', waitlistPosition: 0,
      invitedAt: status === 'waitlisted' ? null : now, answerDeadline: null, answeredAt: status === 'confirmed' ? now : null,
      dietNeeds: '', accessibilityNeeds: person.accessibilityNeeds ?? '', consentPhotos: person.consentPhotos ?? false, consentChangedAt: null,
    }, deps.tokens.hash(`print-token-${summit.id}-${i}`), now));
  }
  return { summit, groups, areas, organisation, invitations };
}

/** Tables named by number ("1", "2", …) unless names are given. */
export function tableSpecs(count: number, names?: string[]): SeatingTableSpec[] {
  return Array.from({ length: count }, (_, i) => ({ id: `t${i + 1}`, name: names?.[i] ?? String(i + 1), min: 0, max: 30, accessible: i === 0 }));
}

/** Stores `rounds` as a finished plan and publishes it, as the coordinator would after planning. */
export async function publishPlan(deps: Deps, summitId: SummitId, tables: SeatingTableSpec[], rounds: SeatingRound[]): Promise<SeatingPlan> {
  const now = deps.clock.now();
  const stores = deps.db.stores;
  const plan = await stores.seatingPlans.create({
    summitId, status: 'done', source: 'generated', basedOnId: null,
    settings: { ...defaultSeatingSettings, rounds: rounds.length, tables }, absent: [], fromRound: 1,
    rounds, score: null, violations: [], locks: noLocks, progress: 1, bestCost: null, error: '', createdBy: 'system',
  }, now);
  await stores.seatingPlans.markPublished(plan.id, now);
  return (await stores.seatingPlans.find(plan.id))!;
}

/** Seats people round-robin: person i at table (i + round × shift) mod tables. */
export function roundRobin(people: string[], tables: SeatingTableSpec[], roundCount: number, shift = 1): SeatingRound[] {
  return Array.from({ length: roundCount }, (_, r) => ({
    tables: tables.map((t, ti) => ({ id: t.id, people: people.filter((_, i) => (i + r * shift) % tables.length === ti) })),
  }));
}

/** The personal-link token of the i-th person of buildPrintSummit. */
export const printTokenOf = (summitId: string, i: number) => `print-token-${summitId}-${i}`;
