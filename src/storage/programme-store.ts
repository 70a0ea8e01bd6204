import { randomUUID } from 'node:crypto';
import { DomainError } from '../domain/errors.ts';
import type { ProgrammeItemId } from '../domain/ids.ts';
import type { ProgrammeItem } from '../domain/programme.ts';
import type { ProgrammeStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { ProgrammeItemsTable } from './schema.ts';

const toItem = (row: ProgrammeItemsTable): ProgrammeItem => row as ProgrammeItem;

export function createProgrammeStore({ db }: StoreContext): ProgrammeStore {
  const store: ProgrammeStore = {
    async list(summitId) {
      const rows = await db.selectFrom('programmeItems').selectAll().where('summitId', '=', summitId).orderBy('position').orderBy('startsAt').execute();
      return rows.map(toItem);
    },
    async find(id) {
      const row = await db.selectFrom('programmeItems').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toItem(row);
    },
    async create(item) {
      const id = randomUUID();
      await db.insertInto('programmeItems').values({ ...item, id }).execute();
      return (await store.find(id as ProgrammeItemId))!;
    },
    async update(id, changes) {
      await db.updateTable('programmeItems').set(changes).where('id', '=', id).execute();
      const item = await store.find(id);
      if (!item) throw new DomainError('not_found', { programmeItemId: id });
      return item;
    },
    async remove(id) {
      await db.deleteFrom('programmeItems').where('id', '=', id).execute();
    },
  };
  return store;
}
