import type { DataController } from '../../domain/personal-data/data-controller.ts';
import { emptyDataController } from '../../domain/personal-data/data-controller.ts';
import type { DataControllerStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';

const installation = 'installation';

export function createDataControllerStore({ db }: StoreContext): DataControllerStore {
  return {
    async find() {
      const row = await db.selectFrom('dataController').selectAll().where('id', '=', installation).executeTakeFirst();
      if (!row) return emptyDataController;
      const { id: _id, ...controller } = row;
      return controller satisfies DataController;
    },
    async save(input, now) {
      const values = { ...input, updatedAt: now };
      await db.insertInto('dataController').values({ id: installation, ...values })
        .onConflict((oc) => oc.column('id').doUpdateSet(values)).execute();
    },
  };
}
