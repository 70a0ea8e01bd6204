import type { Compilable, Kysely, Transaction } from 'kysely';
import type { SqlDialect } from './dialect.ts';
import type { DB } from './schema.ts';

/** A store works on the database or inside a transaction; it does not care which. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface StoreContext {
  db: Executor;
  dialect: SqlDialect;
  /**
   * In a batched transaction (dialect.ts, BatchedTransaction): sends a statement whose answer
   * nothing waits for with the transaction's next statement instead of on its own. Stores use it
   * for the lock and for inserts whose rows they build themselves.
   */
  later?: (query: Compilable) => void;
}

/** Runs `query` now, or with the next statement in a batched transaction. */
export async function runOrLater(context: StoreContext, query: Compilable & { execute(): Promise<unknown> }): Promise<void> {
  if (context.later) context.later(query);
  else await query.execute();
}

export const flag = (value: boolean): number => (value ? 1 : 0);
