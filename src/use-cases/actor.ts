// Who did something, as written to the audit log, and the proofs a use case that changes a
// summit requires of whoever asks it to.
import type { Coordinator } from '../domain/coordinator.ts';

export type Actor = `coordinator:${string}` | `recruiter:${string}` | `participant:${string}` | `check-in-link:${string}` | 'system' | 'cli' | 'public';

// Unexported, so no object outside this file has the key: a proof can only be made by a cast,
// and eslint allows that cast in the one file that checks (see eslint.config.js, accessMints).
declare const accessBrand: unique symbol;

/**
 * Proof that a coordinator's session or API token was checked. Only `server/access.ts` makes one,
 * after the check; a use case that changes a summit requires it, so a route that forgot the
 * check does not compile.
 */
export type CoordinatorAccess = Coordinator & { readonly [accessBrand]: 'coordinator' };

/** Proof that the app itself acts, with no one asking (the demo summit's seed makes its own). */
export interface SystemAccess { readonly system: true; readonly [accessBrand]: 'system' }

/** What a use case that changes a summit as its coordinator requires. */
export type Access = CoordinatorAccess | SystemAccess;

/** The audit log's actor for a proof. */
export const actorOf = (access: Access): Actor => ('system' in access ? 'system' : `coordinator:${access.id}`);
