// What a participant sees through their personal link: their table in each round of the published
// plan; a facilitator also sees who sits at their table, with group and area. Nothing else.
import { DomainError } from '../../domain/errors.ts';
import type { SeatingTableSpec } from '../../domain/seating-plan.ts';
import { rosterById, type SeatingParticipant } from '../../domain/seating-roster.ts';
import type { Deps } from '../../ports.ts';
import { participantAccess } from '../registration/accept-invitation.ts';

export interface ParticipantTables {
  participant: Pick<SeatingParticipant, 'id' | 'name' | 'facilitator' | 'status'>;
  summitTitle: string;
  published: boolean;
  rounds: { round: number; table: SeatingTableSpec | undefined; people: { name: string; group: string; area: string | null; facilitator: boolean }[] }[];
}

export async function getParticipantTables(deps: Deps, token: string): Promise<ParticipantTables> {
  const stores = deps.db.stores;
  // The same links as the participant's page, including those sent with later lifecycle messages.
  const { invitation, summit } = await participantAccess(deps, token);
  const everyone = await stores.seatingRoster.listAll(invitation.summitId);
  const participant = everyone.find((p) => p.id === invitation.id);
  if (!participant) throw new DomainError('not_found');
  const plan = participant.status === 'confirmed' ? await stores.seatingPlans.findPublished(invitation.summitId) : undefined;
  const base = { participant: { id: participant.id, name: participant.name, facilitator: participant.facilitator, status: participant.status }, summitTitle: summit.title };
  if (!plan) return { ...base, published: false, rounds: [] };
  const roster = participant.facilitator ? rosterById(everyone) : new Map<string, SeatingParticipant>();
  return {
    ...base,
    published: true,
    rounds: plan.rounds.map((round, r) => {
      const table = round.tables.find((t) => t.people.includes(participant.id));
      const people = participant.facilitator && table
        ? table.people.filter((p) => p !== participant.id).map((p) => roster.get(p)).filter((p): p is SeatingParticipant => !!p)
          .map((p) => ({ name: p.name, group: p.groupName, area: p.areaName, facilitator: p.facilitator }))
        : [];
      return { round: r + 1, table: table && plan.settings.tables.find((t) => t.id === table.id), people };
    }),
  };
}
