// "Planlæg efter fremmøde": everyone confirmed who has not checked in is treated as a no-show and
// the rounds that have not started are re-planned with the fewest moves (replan-on-the-day.ts).
// Rounds under way are never re-planned, so a checked-in person is never moved out of one; people
// marked absent earlier who have arrived since are seated again.
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan } from '../../domain/seating-plan.ts';
import type { Deps, PlanRunner } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { replanOnTheDay } from '../seating/replan-on-the-day.ts';

export interface PlanByAttendanceResult {
  plan: SeatingPlan;
  fromRound: number;
  /** Confirmed people not checked in, now absent from `fromRound` on. */
  absent: number;
}

export async function planByAttendance(deps: Deps, runner: PlanRunner, access: Access, summitId: SummitId, input: { seconds?: number } = {}): Promise<PlanByAttendanceResult> {
  const actor = actorOf(access);
  const { fromRound, absent } = await deps.db.transaction(async (stores) => {
    await stores.summits.lock(summitId);
    const published = await stores.seatingPlans.findPublished(summitId);
    if (!published) throw new DomainError('seating_plan_not_published', { summitId });
    const fromRound = (await stores.checkIns.roundsStarted(summitId)) + 1;
    if (fromRound > published.settings.rounds) throw new DomainError('no_rounds_left', { rounds: published.settings.rounds });
    const now = deps.clock.now();
    const arrived = new Set((await stores.checkIns.listForSummit(summitId)).filter((c) => c.undoneAt === null).map((c) => c.invitationId as string));
    const confirmed = await stores.seatingRoster.listConfirmed(summitId);
    const marked = new Map((await stores.seatingPlans.listAbsences(summitId)).map((a) => [a.person, a.fromRound]));
    let absent = 0;
    for (const person of confirmed) {
      if (arrived.has(person.id)) {
        // Arrived after all (late, or marked absent by hand): seated again in the rounds re-planned;
        // the rounds before keep what they were.
        if (marked.has(person.id)) await stores.seatingPlans.clearAbsence(summitId, person.id);
        continue;
      }
      absent++;
      if ((marked.get(person.id) ?? Infinity) > fromRound) await stores.seatingPlans.setAbsence(summitId, { person: person.id, fromRound }, now);
    }
    await stores.audit.append({ action: 'seating.planned_by_attendance', actor, summitId, subjectType: 'summit', subjectId: summitId, data: { fromRound, absent, arrived: arrived.size } }, now);
    return { fromRound, absent };
  });
  const plan = await replanOnTheDay(deps, runner, access, summitId, { fromRound, seconds: input.seconds });
  return { plan, fromRound, absent };
}
