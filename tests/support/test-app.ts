// The real app over a real database, for route tests with app.inject().
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import type { Deps } from '../../src/ports.ts';
import { createApiToken, createCoordinator } from '../../src/use-cases/manage-coordinators.ts';
import { createTestDatabase, testDeps, type DatabaseKind, type TestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  db: TestDatabase;
  /** Authorization header of a fresh coordinator's API token. */
  auth: { authorization: string };
  close(): Promise<void>;
}

export async function createTestApp(kind: DatabaseKind = 'sqlite'): Promise<TestApp> {
  const db = await createTestDatabase(kind);
  const deps = testDeps(db.database);
  // As behind the production proxy: tests choose client addresses with X-Forwarded-For.
  const app = await buildApp({ deps, publicUrl: 'http://samskab.test', secureCookies: false, trustProxy: true });
  const coordinator = await createCoordinator(deps, { email: 'koordinator@example.dk', password: 'a-long-password-1' });
  const { token } = await createApiToken(deps, { id: coordinator.id });
  return {
    app, deps, db, auth: { authorization: `Bearer ${token}` },
    close: async () => { await app.close(); await db.destroy(); },
  };
}
