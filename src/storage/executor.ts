import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from './database.ts';
import type { DB } from './schema.ts';

/** A store works on the database or inside a transaction; it does not care which. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface StoreContext {
  db: Executor;
  dialect: Dialect;
}

export const flag = (value: boolean): number => (value ? 1 : 0);
