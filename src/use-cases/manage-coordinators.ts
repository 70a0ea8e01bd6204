// Coordinator accounts, sessions and API tokens. Kept together because each is a few lines and
// they share one rule: secrets are only ever stored as hashes.
import { apiTokenDefaultDays, minimumPasswordLength, nextLoginAttempt, normaliseEmail, type ApiTokenScope, type Coordinator } from '../domain/coordinator.ts';
import { DomainError } from '../domain/errors.ts';
import type { CoordinatorId } from '../domain/ids.ts';
import type { Deps } from '../ports.ts';

export const sessionDays = 7;

export async function createCoordinator(deps: Deps, input: { email: string; password: string; name?: string }): Promise<Coordinator> {
  const email = normaliseEmail(input.email);
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new DomainError('validation_failed', { field: 'email' });
  if (input.password.length < minimumPasswordLength) throw new DomainError('validation_failed', { field: 'password', minimum: minimumPasswordLength });
  const passwordHash = await deps.passwords.hash(input.password);
  return deps.db.transaction(async (stores) => {
    if (await stores.coordinators.findByEmail(email)) throw new DomainError('email_taken', { email });
    const now = deps.clock.now();
    const coordinator = await stores.coordinators.create({ email, name: input.name ?? '', passwordHash }, now);
    await stores.audit.append({ action: 'coordinator.created', actor: 'cli', subjectType: 'coordinator', subjectId: coordinator.id }, now);
    return coordinator;
  });
}

/**
 * Counts an attempt on `account` before its password is checked (see domain/coordinator.ts);
 * refuses it with rate_limited while the account is locked. When another attempt on the account
 * was counted at the same moment, it reads the count again (which may now be a lock): every
 * attempt is counted exactly once, and two tabs logging in at once both get in.
 */
async function countLoginAttempt(deps: Deps, account: string): Promise<void> {
  const store = deps.db.stores.coordinators;
  for (let tries = 0; tries < 5; tries++) {
    const current = await store.findLoginThrottle(account);
    const attempt = nextLoginAttempt(current, deps.clock.now());
    if ('lockedForMs' in attempt) throw new DomainError('rate_limited', { retryAfterSeconds: Math.ceil(attempt.lockedForMs / 1000) });
    if (await store.replaceLoginThrottle(account, current, attempt.next)) return;
  }
  throw new DomainError('rate_limited', { retryAfterSeconds: 1 });
}

// Verifying against a fixed hash when the email is unknown keeps the response time the same, so
// the login does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined;

/** Checks the password and opens a session; returns the session token (only its hash is stored). */
export async function logIn(deps: Deps, email: string, password: string): Promise<{ coordinator: Coordinator; sessionToken: string; expiresAt: string }> {
  const account = normaliseEmail(email);
  await countLoginAttempt(deps, account);
  const found = await deps.db.stores.coordinators.findByEmail(account);
  decoyHash ??= deps.passwords.hash('decoy-password-never-used');
  const ok = await deps.passwords.verify(found?.passwordHash ?? await decoyHash, password);
  if (!found || !ok) throw new DomainError('invalid_credentials');
  await deps.db.stores.coordinators.clearLoginThrottle(account);
  const sessionToken = deps.tokens.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(new Date(now).getTime() + sessionDays * 86_400_000).toISOString();
  await deps.db.transaction(async (stores) => {
    await stores.coordinators.createSession({ tokenHash: deps.tokens.hash(sessionToken), coordinatorId: found.id, createdAt: now, expiresAt });
    await stores.audit.append({ action: 'coordinator.logged_in', actor: `coordinator:${found.id}`, subjectType: 'coordinator', subjectId: found.id }, now);
  });
  const { passwordHash: _omit, ...coordinator } = found;
  return { coordinator, sessionToken, expiresAt };
}

export async function logOut(deps: Deps, sessionToken: string): Promise<void> {
  await deps.db.stores.coordinators.deleteSession(deps.tokens.hash(sessionToken));
}

export async function findCoordinatorBySession(deps: Deps, sessionToken: string): Promise<Coordinator | undefined> {
  return deps.db.stores.coordinators.findSession(deps.tokens.hash(sessionToken), deps.clock.now());
}

export async function findCoordinatorByApiToken(deps: Deps, token: string): Promise<(Coordinator & { scope: ApiTokenScope }) | undefined> {
  return deps.db.stores.coordinators.findByApiToken(deps.tokens.hash(token), deps.clock.now());
}

/**
 * Creates an API token for a coordinator; the token is returned once and stored hashed. It expires
 * after `days` (a year by default); scope `read` allows GET only.
 */
export async function createApiToken(deps: Deps, coordinatorEmailOrId: { email: string } | { id: CoordinatorId }, label = '',
  options: { scope?: ApiTokenScope; days?: number } = {}): Promise<{ id: string; token: string; expiresAt: string; scope: ApiTokenScope }> {
  const { stores } = deps.db;
  const coordinator = 'email' in coordinatorEmailOrId
    ? await stores.coordinators.findByEmail(normaliseEmail(coordinatorEmailOrId.email))
    : await stores.coordinators.find(coordinatorEmailOrId.id);
  if (!coordinator) throw new DomainError('not_found', { coordinator: 'email' in coordinatorEmailOrId ? coordinatorEmailOrId.email : coordinatorEmailOrId.id });
  const days = options.days ?? apiTokenDefaultDays;
  if (!Number.isInteger(days) || days < 1 || days > 5 * 365) throw new DomainError('validation_failed', { field: 'days' });
  const scope = options.scope ?? 'write';
  const token = deps.tokens.newToken();
  const now = deps.clock.now();
  const expiresAt = new Date(new Date(now).getTime() + days * 86_400_000).toISOString();
  return deps.db.transaction(async (tx) => {
    const { id } = await tx.coordinators.createApiToken({ tokenHash: deps.tokens.hash(token), coordinatorId: coordinator.id, label, createdAt: now, expiresAt, scope });
    await tx.audit.append({ action: 'api_token.created', actor: `coordinator:${coordinator.id}`, subjectType: 'api_token', subjectId: id, data: { label, scope, expiresAt } }, now);
    return { id, token, expiresAt, scope };
  });
}

export interface ApiTokenSummary {
  id: string; label: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null; expiresAt: string | null;
  scope: ApiTokenScope; expired: boolean;
}

/** The coordinator's API tokens (never the secrets), each marked expired once its time has passed. */
export async function listApiTokens(deps: Deps, coordinatorId: CoordinatorId): Promise<ApiTokenSummary[]> {
  const now = deps.clock.now();
  return (await deps.db.stores.coordinators.listApiTokens(coordinatorId))
    .map((row) => ({ ...row, expired: row.expiresAt !== null && row.expiresAt <= now }));
}

export async function revokeApiToken(deps: Deps, coordinatorId: CoordinatorId, tokenId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (stores) => {
    await stores.coordinators.revokeApiToken(coordinatorId, tokenId, now);
    await stores.audit.append({ action: 'api_token.revoked', actor: `coordinator:${coordinatorId}`, subjectType: 'api_token', subjectId: tokenId }, now);
  });
}
