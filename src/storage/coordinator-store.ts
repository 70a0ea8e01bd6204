import { randomUUID } from 'node:crypto';
import type { Coordinator } from '../domain/coordinator.ts';
import type { CoordinatorId } from '../domain/ids.ts';
import type { CoordinatorStore } from '../ports.ts';
import type { StoreContext } from './executor.ts';

const columns = ['coordinators.id', 'coordinators.email', 'coordinators.name', 'coordinators.createdAt'] as const;
const toCoordinator = (row: { id: string; email: string; name: string; createdAt: string }): Coordinator =>
  ({ id: row.id as CoordinatorId, email: row.email, name: row.name, createdAt: row.createdAt });

export function createCoordinatorStore({ db }: StoreContext): CoordinatorStore {
  return {
    async findByEmail(email) {
      const row = await db.selectFrom('coordinators').selectAll().where('email', '=', email).executeTakeFirst();
      return row && { ...toCoordinator(row), passwordHash: row.passwordHash };
    },
    list: async () => (await db.selectFrom('coordinators').select(columns).orderBy('email').execute()).map(toCoordinator),
    async find(id) {
      const row = await db.selectFrom('coordinators').select(columns).where('id', '=', id).executeTakeFirst();
      return row && toCoordinator(row);
    },
    async create({ email, name, passwordHash }, now) {
      const row = { id: randomUUID(), email, name, passwordHash, createdAt: now };
      await db.insertInto('coordinators').values(row).execute();
      return toCoordinator(row);
    },
    async setPassword(id, passwordHash) {
      await db.updateTable('coordinators').set({ passwordHash }).where('id', '=', id).execute();
    },
    async createSession(session) {
      await db.insertInto('coordinatorSessions').values(session).execute();
    },
    async findSession(tokenHash, now) {
      const row = await db.selectFrom('coordinatorSessions')
        .innerJoin('coordinators', 'coordinators.id', 'coordinatorSessions.coordinatorId')
        .select(columns)
        .where('coordinatorSessions.tokenHash', '=', tokenHash)
        .where('coordinatorSessions.expiresAt', '>', now)
        .executeTakeFirst();
      return row && toCoordinator(row);
    },
    async findLoginThrottle(account) {
      return db.selectFrom('loginThrottles').select(['failures', 'lockedUntil', 'lastAttemptAt']).where('account', '=', account).executeTakeFirst();
    },
    async replaceLoginThrottle(account, seen, next) {
      if (!seen) {
        const inserted = await db.insertInto('loginThrottles').values({ account, ...next })
          .onConflict((oc) => oc.column('account').doNothing()).executeTakeFirst();
        return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
      }
      // Compare and set: of attempts racing on several servers, exactly one counts; the others are refused.
      const updated = await db.updateTable('loginThrottles').set(next).where('account', '=', account)
        .where('failures', '=', seen.failures).where('lastAttemptAt', '=', seen.lastAttemptAt).executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },
    async clearLoginThrottle(account) {
      await db.deleteFrom('loginThrottles').where('account', '=', account).execute();
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('coordinatorSessions').where('tokenHash', '=', tokenHash).execute();
    },
    async createApiToken({ tokenHash, coordinatorId, label, createdAt, expiresAt, scope }) {
      const id = randomUUID();
      await db.insertInto('apiTokens').values({ id, tokenHash, coordinatorId, label, createdAt, lastUsedAt: null, revokedAt: null, expiresAt, scope }).execute();
      return { id };
    },
    async findByApiToken(tokenHash, now) {
      const row = await db.selectFrom('apiTokens')
        .innerJoin('coordinators', 'coordinators.id', 'apiTokens.coordinatorId')
        .select([...columns, 'apiTokens.id as tokenId', 'apiTokens.scope'])
        .where('apiTokens.tokenHash', '=', tokenHash)
        .where('apiTokens.revokedAt', 'is', null)
        .where((eb) => eb.or([eb('apiTokens.expiresAt', 'is', null), eb('apiTokens.expiresAt', '>', now)]))
        .executeTakeFirst();
      if (!row) return undefined;
      await db.updateTable('apiTokens').set({ lastUsedAt: now }).where('id', '=', row.tokenId).execute();
      return { ...toCoordinator(row), scope: row.scope === 'read' ? 'read' : 'write' };
    },
    async listApiTokens(coordinatorId) {
      const rows = await db.selectFrom('apiTokens').select(['id', 'label', 'createdAt', 'lastUsedAt', 'revokedAt', 'expiresAt', 'scope'])
        .where('coordinatorId', '=', coordinatorId).orderBy('createdAt', 'desc').execute();
      return rows.map((r) => ({ ...r, scope: r.scope === 'read' ? 'read' as const : 'write' as const }));
    },
    async revokeApiToken(coordinatorId, id, now) {
      await db.updateTable('apiTokens').set({ revokedAt: now }).where('id', '=', id).where('coordinatorId', '=', coordinatorId).execute();
    },
  };
}
