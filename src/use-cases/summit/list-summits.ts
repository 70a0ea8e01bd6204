// The coordinator's reads of summits as a whole: every summit, one summit, and its audit log.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Summit } from '../../domain/summit.ts';
import type { Deps, LoggedAuditEntry } from '../../ports.ts';

/** Every summit, whatever its status (the coordinator sees drafts and archived ones too). */
export async function listSummits(deps: Deps): Promise<Summit[]> {
  return deps.db.stores.summits.list();
}

/** The summit's audit log, newest first. */
export async function listAuditEntries(deps: Deps, summitId: SummitId): Promise<LoggedAuditEntry[]> {
  return deps.db.stores.audit.list(summitId);
}

/** The summit, or `not_found`. */
export async function getSummit(deps: Deps, summitId: SummitId): Promise<Summit> {
  const summit = await deps.db.stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  return summit;
}
