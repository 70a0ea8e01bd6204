// The question or theme of each round of a summit (round 1 first; '' where a round has none).
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { Deps } from '../../ports.ts';

export async function getRoundQuestions(deps: Deps, summitId: SummitId): Promise<string[]> {
  if (!(await deps.db.stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
  return deps.db.stores.seatingPlans.listRoundQuestions(summitId);
}
