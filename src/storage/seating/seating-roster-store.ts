// Read-only view of a summit's participants for table planning: invitations with their group,
// area and organisation names. Only `confirmed` invitations are ever seated.
import { languageOrDanish } from '../../domain/language.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { SeatingRosterStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';

export function createSeatingRosterStore({ db }: StoreContext): SeatingRosterStore {
  const base = () => db.selectFrom('invitations as i')
    .innerJoin('stakeholderGroups as g', 'g.id', 'i.groupId')
    .leftJoin('areas as a', 'a.id', 'i.areaId')
    .leftJoin('organisations as o', 'o.id', 'i.organisationId')
    .select([
      'i.id', 'i.name', 'i.email', 'i.status', 'i.groupId', 'g.name as groupName', 'g.isFacilitators', 'g.position as groupPosition',
      'i.areaId', 'a.name as areaName', 'i.organisationId', 'o.name as organisationName', 'i.accessibilityNeeds', 'i.language',
    ]);
  type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];
  const toParticipant = (row: Row): SeatingParticipant => ({
    id: row.id,
    name: row.name,
    email: row.email,
    status: row.status,
    groupId: row.groupId,
    groupName: row.groupName,
    facilitator: Number(row.isFacilitators) === 1,
    areaId: row.areaId,
    areaName: row.areaName ?? null,
    organisationId: row.organisationId,
    organisationName: row.organisationName ?? null,
    accessibilityNeeds: row.accessibilityNeeds ?? '',
    language: languageOrDanish(row.language),
  });
  return {
    async listConfirmed(summitId) {
      const rows = await base().where('i.summitId', '=', summitId).where('i.status', '=', 'confirmed')
        .orderBy('g.position').orderBy('i.name').orderBy('i.id').execute();
      return rows.map(toParticipant);
    },
    async listAll(summitId) {
      const rows = await base().where('i.summitId', '=', summitId).orderBy('g.position').orderBy('i.name').orderBy('i.id').execute();
      return rows.map(toParticipant);
    },
  };
}
