// Table cards and facilitators' sheets of the published plan, with each round's question. Printed
// again after a re-plan, they show the new tables.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { rosterById } from '../../domain/seating-roster.ts';
import { tableCardsOf } from '../../domain/table-card.ts';
import type { Deps } from '../../ports.ts';

export async function printTableCards(deps: Deps, summitId: SummitId): Promise<Uint8Array> {
  const stores = deps.db.stores;
  const summit = await stores.summits.find(summitId);
  if (!summit) throw new DomainError('not_found', { summitId });
  const [plan, everyone, questions] = await Promise.all([
    stores.seatingPlans.findPublished(summitId), stores.seatingRoster.listAll(summitId), stores.seatingPlans.listRoundQuestions(summitId),
  ]);
  if (!plan) throw new DomainError('seating_plan_not_published', { summitId });
  return deps.print.tableCards(tableCardsOf(summit.title, plan, rosterById(everyone), questions));
}
