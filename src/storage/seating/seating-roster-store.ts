// Read-only view of a summit's participants for table planning: invitations with their group,
// area and organisation names. Only `confirmed` invitations are ever seated.
import { languageOrDanish } from '../../domain/language.ts';
import type { SeatingParticipant } from '../../domain/seating-roster.ts';
import type { SeatingRosterStore } from '../../ports.ts';
import { preparedQuery, type StoreContext } from '../executor.ts';

// Read on every view of the seating page (hundreds of people): the few columns it shows, the
// groups and areas of this summit only (searched by its index, not every summit's hashed).
interface EntryRow { id: string; name: string; groupName: string; isFacilitators: number; areaName: string | null }
const confirmedEntries = preparedQuery<{ summitId: string }, EntryRow>((db, p) => db.selectFrom('invitations as i')
  .innerJoin('stakeholderGroups as g', (join) => join.onRef('g.id', '=', 'i.groupId').on('g.summitId', '=', p('summitId')))
  .leftJoin('areas as a', (join) => join.onRef('a.id', '=', 'i.areaId').on('a.summitId', '=', p('summitId')))
  .select(['i.id', 'i.name', 'g.name as groupName', 'g.isFacilitators', 'a.name as areaName'])
  .where('i.summitId', '=', p('summitId')).where('i.status', '=', 'confirmed')
  .orderBy('g.position').orderBy('i.name').orderBy('i.id'));

export function createSeatingRosterStore(context: StoreContext): SeatingRosterStore {
  const { db } = context;
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
    async listConfirmedEntries(summitId) {
      const rows = await confirmedEntries.execute(context, { summitId });
      return rows.map((row) => ({ id: row.id, name: row.name, groupName: row.groupName, facilitator: Number(row.isFacilitators) === 1, areaName: row.areaName ?? null }));
    },
    async listNames(summitId, ids) {
      if (ids.length === 0) return [];
      return db.selectFrom('invitations').select(['id', 'name']).where('summitId', '=', summitId).where('id', 'in', [...ids]).execute();
    },
  };
}
