// A connection to the PostgreSQL server of TEST_DATABASE_URL outside the app's pool, for tests
// that do to a running server's database what an operator or a failover would.
import pg from 'pg';

export interface PostgresAdmin {
  client: pg.Client;
  /** Ends every backend the app server holds on `database` (PGAPPNAME samskab-server); how many it ended. */
  terminateServerBackends(database: string): Promise<number>;
  end(): Promise<void>;
}

export async function connectPostgresAdmin(): Promise<PostgresAdmin> {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const client = new pg.Client({ connectionString: url.toString(), user: decodeURIComponent(url.username) || 'postgres' });
  await client.connect();
  return {
    client,
    async terminateServerBackends(database) {
      const { rows } = await client.query<{ ended: boolean }>(
        "select pg_terminate_backend(pid) as ended from pg_stat_activity where datname = $1 and application_name = 'samskab-server' and pid <> pg_backend_pid()", [database]);
      return rows.filter((r) => r.ended).length;
    },
    end: () => client.end(),
  };
}

/** The database name in a postgres:// URL. */
export const databaseNameOf = (url: string) => new URL(url).pathname.slice(1);

/** Runs one statement on the database at `url` through a connection of its own, as another program would. */
export async function runAsAnotherProgram(url: string, statement: string, values: readonly unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try { await client.query(statement, [...values]); } finally { await client.end(); }
}

/** Whether `check` comes true within about two seconds, asked every 20 ms. */
export async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}
