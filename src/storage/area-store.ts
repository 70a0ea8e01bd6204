import { randomUUID } from 'node:crypto';
import type { Area } from '../domain/area.ts';
import { DomainError } from '../domain/errors.ts';
import type { AreaId } from '../domain/ids.ts';
import type { AreaStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';
import type { AreasTable } from './schema.ts';

const toArea = (row: AreasTable): Area => row as Area;

export function createAreaStore({ db }: StoreContext): AreaStore {
  const store: AreaStore = {
    async list(summitId) {
      const rows = await db.selectFrom('areas').selectAll().where('summitId', '=', summitId).orderBy('position').orderBy('name').execute();
      return rows.map(toArea);
    },
    async find(id) {
      const row = await db.selectFrom('areas').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toArea(row);
    },
    async create(area) {
      const id = randomUUID();
      await db.insertInto('areas').values({ ...area, id }).execute();
      return (await store.find(id as AreaId))!;
    },
    async update(id, changes) {
      await db.updateTable('areas').set(changes).where('id', '=', id).execute();
      const area = await store.find(id);
      if (!area) throw new DomainError('not_found', { areaId: id });
      return area;
    },
    async remove(id) {
      await db.deleteFrom('areas').where('id', '=', id).execute();
    },
  };
  return store;
}
