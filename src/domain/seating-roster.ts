// The people a table plan seats: a summit's confirmed participants with what the plan mixes on
// (group, area, organisation) and what it must respect (facilitator, accessibility needs).
import { DomainError } from './errors.ts';
import type { Language } from './language.ts';

export interface SeatingParticipant {
  /** The invitation's id: the person's id in every plan. */
  id: string;
  name: string;
  email: string;
  status: string;
  groupId: string;
  groupName: string;
  /** A member of the facilitator group: leads a table. */
  facilitator: boolean;
  areaId: string | null;
  areaName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  accessibilityNeeds: string;
  /** The language of the person's mail (Danish when absent). */
  language?: Language;
}

/** What the seating page shows of a confirmed person: enough to count, offer and name them. */
export type SeatingRosterEntry = Pick<SeatingParticipant, 'id' | 'name' | 'groupName' | 'areaName' | 'facilitator'>;

/** Everyone in the roster by id. */
export function rosterById(roster: SeatingParticipant[]): Map<string, SeatingParticipant> {
  return new Map(roster.map((p) => [p.id, p]));
}

/** How a person is offered to the coordinator: the name, then the group and area that tell namesakes apart. */
export function participantLabel(p: Pick<SeatingParticipant, 'name' | 'groupName' | 'areaName'>): string {
  return `${p.name} (${p.groupName}${p.areaName ? `, ${p.areaName}` : ''})`;
}

const typedKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * The person a coordinator typed: their id, the label the page offers, or their name (case and
 * spacing aside). A name that fits nobody, or more than one person, is refused.
 */
export function resolveParticipant(roster: readonly SeatingParticipant[], typed: string): string {
  const text = typed.trim();
  if (roster.some((p) => p.id === text)) return text;
  const key = typedKey(text);
  const labelled = roster.filter((p) => typedKey(participantLabel(p)) === key);
  const fitting = labelled.length > 0 ? labelled : roster.filter((p) => typedKey(p.name) === key);
  if (fitting.length === 1) return fitting[0]!.id;
  throw new DomainError(fitting.length === 0 ? 'seating_person_unknown' : 'seating_person_ambiguous', { typed: text.slice(0, 100), matches: fitting.length });
}
