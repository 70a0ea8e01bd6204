// The people a table plan seats: a summit's confirmed participants with what the plan mixes on
// (group, area, organisation) and what it must respect (facilitator, accessibility needs).
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

/** Everyone in the roster by id. */
export function rosterById(roster: SeatingParticipant[]): Map<string, SeatingParticipant> {
  return new Map(roster.map((p) => [p.id, p]));
}
