// Manual edits of a finished plan: move or swap people, lock people or tables. An edit of a
// generated, re-planned, restored or published version becomes a new version ("edited"), so every
// plan stays kept; further edits refine that unpublished version in place. The score and the
// broken rules are recomputed at once.
import { DomainError } from '../../domain/errors.ts';
import {
  movePerson, swapPeople, type SeatingLocks, type SeatingPlan, type SeatingPlanId, type SeatingRound,
} from '../../domain/seating-plan.ts';
import type { Deps, Stores } from '../../ports.ts';
import { actorOf, type Access, type Actor } from '../actor.ts';
import { scoreSeatingPlan } from './score-seating-plan.ts';

export type SeatingEdit =
  | { kind: 'move'; round: number; person: string; table: string }
  | { kind: 'swap'; round: number; person: string; other: string }
  | { kind: 'lock_person'; round: number; person: string; locked: boolean }
  | { kind: 'lock_table'; round: number; table: string; locked: boolean };

function isLocked(locks: SeatingLocks, rounds: SeatingRound[], round: number, person: string): boolean {
  if (locks.people.some((l) => l.round === round && l.person === person)) return true;
  const table = rounds[round - 1]?.tables.find((t) => t.people.includes(person));
  return !!table && locks.tables.some((l) => l.round === round && l.table === table.id);
}

function applyEdit(plan: SeatingPlan, edit: SeatingEdit): { rounds: SeatingRound[]; locks: SeatingLocks } {
  const { rounds, locks } = plan;
  const round = rounds[edit.round - 1];
  if (!round) throw new DomainError('validation_failed', { round: edit.round });
  const seated = (person: string) => round.tables.some((t) => t.people.includes(person));
  switch (edit.kind) {
    case 'move':
      if (!seated(edit.person)) throw new DomainError('not_found', { person: edit.person });
      if (!round.tables.some((t) => t.id === edit.table)) throw new DomainError('not_found', { table: edit.table });
      if (isLocked(locks, rounds, edit.round, edit.person)) throw new DomainError('seating_seat_locked', { person: edit.person });
      if (locks.tables.some((l) => l.round === edit.round && l.table === edit.table)) throw new DomainError('seating_seat_locked', { table: edit.table });
      return { rounds: movePerson(rounds, edit.round, edit.person, edit.table), locks };
    case 'swap':
      if (!seated(edit.person) || !seated(edit.other)) throw new DomainError('not_found', { person: edit.person, other: edit.other });
      if (isLocked(locks, rounds, edit.round, edit.person) || isLocked(locks, rounds, edit.round, edit.other)) throw new DomainError('seating_seat_locked', {});
      return { rounds: swapPeople(rounds, edit.round, edit.person, edit.other), locks };
    case 'lock_person': {
      if (!seated(edit.person)) throw new DomainError('not_found', { person: edit.person });
      const people = locks.people.filter((l) => !(l.round === edit.round && l.person === edit.person));
      return { rounds, locks: { ...locks, people: edit.locked ? [...people, { person: edit.person, round: edit.round }] : people } };
    }
    case 'lock_table': {
      if (!round.tables.some((t) => t.id === edit.table)) throw new DomainError('not_found', { table: edit.table });
      const tables = locks.tables.filter((l) => !(l.round === edit.round && l.table === edit.table));
      return { rounds, locks: { ...locks, tables: edit.locked ? [...tables, { table: edit.table, round: edit.round }] : tables } };
    }
  }
}

async function editableVersion(stores: Stores, plan: SeatingPlan, actor: Actor, now: string, changesSeats: boolean): Promise<SeatingPlan> {
  if (!changesSeats || (plan.source === 'edited' && plan.publishedAt === null)) return plan;
  return stores.seatingPlans.create({
    summitId: plan.summitId, status: 'done', source: 'edited', basedOnId: plan.id, settings: plan.settings,
    absent: plan.absent, fromRound: plan.fromRound, rounds: plan.rounds, score: plan.score, violations: plan.violations,
    locks: plan.locks, progress: 1, bestCost: null, error: '', createdBy: actor,
  }, now);
}

/** Applies one edit; returns the version that holds it (a new one unless refining a draft). */
export async function editSeatingPlan(deps: Deps, access: Access, planId: SeatingPlanId, edit: SeatingEdit): Promise<SeatingPlan> {
  const actor = actorOf(access);
  const now = deps.clock.now();
  return deps.db.transaction(async (stores) => {
    const found = await stores.seatingPlans.find(planId);
    if (!found) throw new DomainError('not_found', { planId });
    await stores.summits.lock(found.summitId);
    const plan = (await stores.seatingPlans.find(planId))!;
    if (plan.status !== 'done') throw new DomainError('seating_plan_not_done', { planId });
    const { rounds, locks } = applyEdit(plan, edit);
    const changesSeats = edit.kind === 'move' || edit.kind === 'swap';
    const target = await editableVersion(stores, plan, actor, now, changesSeats);
    const scored = changesSeats ? await scoreSeatingPlan(stores, target, rounds) : undefined;
    const saved = await stores.seatingPlans.update(target.id, { rounds, locks, ...(scored ?? {}) }, now);
    await stores.audit.append({
      action: `seating_plan.${edit.kind}`, actor, summitId: plan.summitId, subjectType: 'seating_plan', subjectId: saved.id,
      data: { ...edit, version: saved.version },
    }, now);
    return saved;
  });
}
