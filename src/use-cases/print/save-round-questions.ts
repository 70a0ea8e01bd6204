// The coordinator's question or theme for each round, printed on the facilitators' sheets.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import { normaliseRoundQuestions } from '../../domain/table-card.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';

export async function saveRoundQuestions(deps: Deps, access: Access, summitId: SummitId, questions: string[]): Promise<string[]> {
  const actor = actorOf(access);
  const stored = normaliseRoundQuestions(questions);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    if (!(await stores.summits.find(summitId))) throw new DomainError('not_found', { summitId });
    await stores.seatingPlans.saveRoundQuestions(summitId, stored, now);
    await stores.audit.append({ action: 'seating.round_questions_saved', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { rounds: stored.length } }, now);
    return stored;
  });
}
