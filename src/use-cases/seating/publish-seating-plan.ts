// Publishes a version of the table plan: checked once more against today's confirmed participants,
// so a published plan never breaks a hard rule. Everyone whose seats are new or changed since the
// last published version gets an email, queued in the same transaction.
import { DomainError } from '../../domain/errors.ts';
import { comparePlans, canPublish, type SeatingPlan, type SeatingPlanId } from '../../domain/seating-plan.ts';
import { rosterById } from '../../domain/seating-roster.ts';
import type { Deps } from '../../ports.ts';
import { actorOf, type Access } from '../actor.ts';
import { participantUrl } from '../personal-links.ts';
import { scoreSeatingPlan } from './score-seating-plan.ts';

export async function publishSeatingPlan(deps: Deps, access: Access, planId: SeatingPlanId): Promise<SeatingPlan & { mailed: number }> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  const result = await deps.db.transaction(async (stores) => {
    const found = await stores.seatingPlans.find(planId);
    if (!found) throw new DomainError('not_found', { planId });
    await stores.summits.lock(found.summitId);
    const plan = (await stores.seatingPlans.find(planId))!;
    if (plan.status !== 'done') throw new DomainError('seating_plan_not_done', { planId });
    const scored = await scoreSeatingPlan(stores, plan);
    if (!canPublish({ ...plan, violations: scored.violations })) {
      await stores.seatingPlans.update(plan.id, scored, now);
      throw new DomainError('seating_plan_has_violations', { violations: scored.violations.map((v) => v.code) });
    }
    const summit = (await stores.summits.find(plan.summitId))!;
    const previous = await stores.seatingPlans.findPublished(plan.summitId);
    const roster = rosterById(await stores.seatingRoster.listConfirmed(plan.summitId));
    const changedPeople = previous && previous.id !== plan.id
      ? new Set(comparePlans(previous.rounds, plan.rounds).moves.map((m) => m.person))
      : previous ? new Set<string>() : new Set(roster.keys());
    // A facilitator hears about changes at their table too.
    for (const round of plan.rounds) for (const table of round.tables) {
      if (table.people.some((p) => changedPeople.has(p))) for (const p of table.people) if (roster.get(p)?.facilitator) changedPeople.add(p);
    }
    let mailed = 0;
    for (const id of changedPeople) {
      const person = roster.get(id);
      if (!person || !plan.rounds.some((r) => r.tables.some((t) => t.people.includes(id)))) continue;
      // A link of its own (as lifecycle messages have), since the invitation's token is stored only hashed.
      const token = deps.tokens.newToken();
      await stores.lifecycle.addInvitationToken(id, deps.tokens.hash(token), now);
      const link = `${participantUrl(deps, token)}/bord`;
      const mail = deps.mailTexts[person.language ?? 'da'].seating({ summitTitle: summit.title, person, rounds: plan.rounds, tables: plan.settings.tables, roster, changed: !!previous, link, organiser: summit.organiser });
      await stores.outbox.enqueue({ summitId: summit.id, kind: 'seating', toAddress: person.email, invitationId: id, ...mail }, now);
      mailed++;
    }
    await stores.seatingPlans.update(plan.id, scored, now);
    await stores.seatingPlans.markPublished(plan.id, now);
    await stores.audit.append({
      action: 'seating_plan.published', actor, summitId: plan.summitId, subjectType: 'seating_plan', subjectId: plan.id,
      data: { version: plan.version, mailed },
    }, now);
    return { ...(await stores.seatingPlans.find(plan.id))!, mailed };
  });
  if (result.mailed > 0) deps.onMailQueued?.();
  return result;
}
