import type { Kysely, Transaction } from 'kysely';
import type { SqlDialect } from './dialect.ts';
import type { DB } from './schema.ts';

/** A store works on the database or inside a transaction; it does not care which. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface StoreContext {
  db: Executor;
  dialect: SqlDialect;
}

export const flag = (value: boolean): number => (value ? 1 : 0);
