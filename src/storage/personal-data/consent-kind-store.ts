// The kinds of consent a coordinator added to a summit. The consents given to them are in the
// consent register (personal-data-store.ts), under the kind's id.
import { randomUUID } from 'node:crypto';
import type { SummitConsentKind } from '../../domain/personal-data/consent.ts';
import type { ConsentKindStore } from '../../ports.ts';
import type { StoreContext } from '../executor.ts';
import type { ConsentKindsTable } from '../schema.ts';

const toKind = (row: ConsentKindsTable): SummitConsentKind => ({
  id: row.id, summitId: row.summitId, version: row.version, position: row.position, createdAt: row.createdAt, updatedAt: row.updatedAt, retiredAt: row.retiredAt,
  wording: { da: { label: row.labelDa, hint: row.hintDa }, en: { label: row.labelEn, hint: row.hintEn } },
});

const toRow = (kind: SummitConsentKind): ConsentKindsTable => ({
  id: kind.id, summitId: kind.summitId, version: kind.version, position: kind.position, createdAt: kind.createdAt, updatedAt: kind.updatedAt, retiredAt: kind.retiredAt,
  labelDa: kind.wording.da.label, hintDa: kind.wording.da.hint, labelEn: kind.wording.en.label, hintEn: kind.wording.en.hint,
});

export function createConsentKindStore({ db }: StoreContext): ConsentKindStore {
  return {
    list: async (summitId) => (await db.selectFrom('consentKinds').selectAll().where('summitId', '=', summitId)
      .orderBy('position').orderBy('createdAt').execute()).map(toKind),
    async find(id) {
      const row = await db.selectFrom('consentKinds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toKind(row) : undefined;
    },
    async add(input) {
      const kind = { ...input, id: randomUUID() };
      await db.insertInto('consentKinds').values(toRow(kind)).execute();
      return kind;
    },
    async save(kind) {
      const { id: _id, summitId: _s, createdAt: _c, ...changes } = toRow(kind);
      await db.updateTable('consentKinds').set(changes).where('id', '=', kind.id).execute();
    },
  };
}
