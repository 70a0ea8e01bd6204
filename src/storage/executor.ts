import type { Compilable, CompiledQuery, Kysely, Transaction } from 'kysely';
import type { SqlDialect } from './dialect.ts';
import type { DB } from './schema.ts';
import type { KeptReads } from './kept-reads.ts';

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
  /** Outside transactions on PostgreSQL: the page views' reads kept in memory (kept-reads.ts). */
  keptReads?: KeptReads;
}

/** Runs `query` now, or with the next statement in a batched transaction. */
export async function runOrLater(context: StoreContext, query: Compilable & { execute(): Promise<unknown> }): Promise<void> {
  if (context.later) context.later(query);
  else await query.execute();
}

export const flag = (value: boolean): number => (value ? 1 : 0);

/** `columns`, refused by the compiler unless it names every column of `T`. */
export const everyColumn = <T>() => <const C extends readonly (keyof T & string)[]>(columns: C & ([Exclude<keyof T, C[number]>] extends [never] ? unknown : never)) => columns;

/** `column` under the prefix of its table in a joined row (`summit` + `startsAt`: `summitStartsAt`), so no two tables' names clash. */
export const prefixed = (prefix: string, column: string): string => `${prefix}${column[0]!.toUpperCase()}${column.slice(1)}`;

/** The columns of one table taken back out of a joined row under their prefix. */
export const unprefixed = <T>(row: Record<string, unknown>, prefix: string, columns: readonly string[]): T =>
  Object.fromEntries(columns.map((column) => [column, row[prefixed(prefix, column)]])) as T;

// Kysely builds every query anew: an immutable tree per builder call, the camel-case plugin's
// copy of it, then the SQL text. For a lookup by key that costs more than SQLite takes to run it,
// and the pages that every visitor opens run several. A prepared query is built and compiled once
// per dialect, with markers where its parameters go; a call puts the values in their places and
// runs the same SQL (which SQLite's statement cache then finds prepared, see dialect.ts).

type Params = Record<string, unknown>;

/** A query compiled once; `execute` runs it with the given parameters on any executor. */
export interface PreparedQuery<P extends Params, R> {
  execute(context: StoreContext, params: P): Promise<R[]>;
  executeTakeFirst(context: StoreContext, params: P): Promise<R | undefined>;
  /** The query with `params` in place, to run now or hand to a batched transaction (runOrLater). */
  bind(context: StoreContext, params: P): Compilable & { execute(): Promise<unknown> };
}

interface Compiled { query: CompiledQuery; slots: (string | undefined)[] }

/**
 * The SQL of every prepared query, with a name of its own: PostgreSQL connections prepare a named
 * statement once and then only bind and run it (dialect.ts), instead of parsing and planning the
 * same text on every call. Only these few fixed texts are named, never a query built per call.
 */
export const preparedStatementNames = new Map<string, string>();

/**
 * `build` writes the query with `param(name)` wherever a value of `params` goes. Every such value
 * must end up as a bound parameter (not spliced into the SQL text): compiling checks that.
 */
export function preparedQuery<P extends Params, R>(build: (db: Executor, param: <K extends keyof P & string>(name: K) => P[K]) => Compilable<R>): PreparedQuery<P, R> {
  // SQLite and PostgreSQL compile differently; a transaction compiles as its database does.
  const byDialect = new Map<string, Compiled>();
  const compile = (context: StoreContext): Compiled => {
    let compiled = byDialect.get(context.dialect.name);
    if (compiled) return compiled;
    const markers = new Map<string, string>();
    const query = build(context.db, (name) => {
      const marker = `\u0000param:${name}\u0000`;
      markers.set(marker, name);
      return marker as never;
    }).compile();
    const slots = query.parameters.map((value) => (typeof value === 'string' ? markers.get(value) : undefined));
    const bound = new Set(slots.filter((slot) => slot !== undefined));
    if (bound.size !== markers.size || query.sql.includes('\u0000')) {
      throw new Error(`A prepared query's parameters must all be bound: ${query.sql}`);
    }
    compiled = { query, slots };
    byDialect.set(context.dialect.name, compiled);
    if (!preparedStatementNames.has(query.sql)) preparedStatementNames.set(query.sql, `samskab_${preparedStatementNames.size + 1}`);
    return compiled;
  };
  const bound = (context: StoreContext, params: P): CompiledQuery<R> => {
    const { query, slots } = compile(context);
    const parameters = query.parameters.map((value, i) => { const slot = slots[i]; return slot === undefined ? value : params[slot]; });
    return { ...query, parameters } as CompiledQuery<R>;
  };
  const execute = async (context: StoreContext, params: P): Promise<R[]> => (await context.db.executeQuery<R>(bound(context, params))).rows;
  return {
    execute,
    bind: (context, params) => ({ compile: () => bound(context, params), execute: () => execute(context, params) }),
    async executeTakeFirst(context, params) {
      return (await execute(context, params))[0];
    },
  };
}
