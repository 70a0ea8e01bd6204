// The real app over a real database, for route tests with app.inject(), built the way the server
// builds it (composition.ts), with the real planning runner.
import type { FastifyInstance } from 'fastify';
import { composeApp, type AppSettings } from '../../src/composition.ts';
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

/** The app over `deps` (at their public URL, http://samskab.test in tests) without Secure cookies unless `settings` say otherwise. */
export function composeTestApp(deps: Deps, settings: Partial<AppSettings> = {}): Promise<FastifyInstance> {
  return composeApp(deps, { secureCookies: false, ...settings });
}

export async function createTestApp(kind: DatabaseKind = 'sqlite'): Promise<TestApp> {
  const db = await createTestDatabase(kind);
  const deps = testDeps(db.database);
  // As behind the production proxy: tests choose client addresses with X-Forwarded-For.
  const app = await composeTestApp(deps, { trustProxy: true });
  const coordinator = await createCoordinator(deps, { email: 'koordinator@example.dk', password: 'a-long-password-1' });
  const { token } = await createApiToken(deps, { id: coordinator.id });
  return {
    app, deps, db, auth: { authorization: `Bearer ${token}` },
    close: async () => { await app.close(); await db.destroy(); },
  };
}
