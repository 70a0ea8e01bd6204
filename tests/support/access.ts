// Proofs of access for tests that call use cases directly, as the routes do once they have checked
// who asks. Only tests make them this way; in src/ the one maker is server/access.ts.
import type { CoordinatorId } from '../../src/domain/ids.ts';
import type { CoordinatorAccess, SystemAccess } from '../../src/use-cases/actor.ts';

/** A checked coordinator; the audit log names it `coordinator:<id>`. */
export function coordinatorAccess(id = 'test'): CoordinatorAccess {
  return { id: id as CoordinatorId, email: `${id}@example.test`, name: id, createdAt: '2026-01-01T00:00:00.000Z' } as CoordinatorAccess;
}

/** The app acting on its own; the audit log names it `system`. */
export const systemAccess = { system: true } as SystemAccess;

