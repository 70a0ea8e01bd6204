// What the coordinator's summit page shows about the summit's status: where it stands, where it
// may go next, and who moved it when.
import type { CoordinatorId, SummitId } from '../../domain/ids.ts';
import { allowedTransitions, type Summit, type SummitStatus, type SummitStatusChange } from '../../domain/summit.ts';
import type { Deps } from '../../ports.ts';
import { getSummit } from './list-summits.ts';

export interface SummitStatusView {
  summit: Summit;
  transitions: readonly SummitStatus[];
  history: SummitStatusChange[];
  /** Display names of the coordinators in the history (others are shown as recorded, e.g. "system"). */
  actorNames: Record<string, string>;
}

/** The summit, its next allowed statuses and its status history; throws not_found. */
export async function getSummitStatus(deps: Deps, summitId: SummitId): Promise<SummitStatusView> {
  const summit = await getSummit(deps, summitId);
  const history = await deps.db.stores.summits.listStatusChanges(summitId);
  // The history names people, not account ids.
  const actorNames: Record<string, string> = {};
  for (const actor of new Set(history.map((h) => h.actor))) {
    const coordinatorId = /^coordinator:(.+)$/.exec(actor)?.[1];
    const coordinator = coordinatorId ? await deps.db.stores.coordinators.find(coordinatorId as CoordinatorId) : undefined;
    if (coordinator) actorNames[actor] = coordinator.name || coordinator.email;
  }
  return { summit, transitions: allowedTransitions(summit.status), history, actorNames };
}
