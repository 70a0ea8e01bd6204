import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { DomainError } from '../../domain/errors.ts';
import type { SummitId } from '../../domain/ids.ts';
import type { SeatingPlan, SeatingPlanId, SeatingPlanSource, SeatingPlanStatus, SeatingPlanSummary, SeatingSettings } from '../../domain/seating-plan.ts';
import type { SeatingPlanStore } from '../../ports.ts';
import { flag, preparedQuery, type StoreContext } from '../executor.ts';
import type { SeatingPlansTable } from '../schema.ts';

function toPlan(row: SeatingPlansTable): SeatingPlan {
  return {
    id: row.id as SeatingPlanId,
    summitId: row.summitId as SummitId,
    version: Number(row.version),
    status: row.status as SeatingPlanStatus,
    source: row.source as SeatingPlanSource,
    basedOnId: row.basedOnId as SeatingPlanId | null,
    settings: JSON.parse(row.settings) as SeatingPlan['settings'],
    absent: JSON.parse(row.absent) as string[],
    fromRound: Number(row.fromRound),
    rounds: JSON.parse(row.rounds) as SeatingPlan['rounds'],
    score: row.score ? JSON.parse(row.score) as SeatingPlan['score'] : null,
    violations: JSON.parse(row.violations) as SeatingPlan['violations'],
    locks: JSON.parse(row.locks) as SeatingPlan['locks'],
    progress: Number(row.progress),
    bestCost: row.bestCost === null ? null : Number(row.bestCost),
    stopRequested: Number(row.stopRequested) === 1,
    error: row.error,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
    publishedAt: row.publishedAt,
    heartbeatAt: row.heartbeatAt,
  };
}

// The list of versions, on every view of the seating page: none of the seats, settings or locks
// (the large JSON of a version). The violations are read to be counted: a version breaks few rules.
const summaryColumns = ['id', 'version', 'status', 'source', 'score', 'violations', 'progress', 'error', 'createdAt', 'heartbeatAt', 'publishedAt'] as const;
type SummaryRow = Pick<SeatingPlansTable, (typeof summaryColumns)[number]>;
const summariesOfSummit = preparedQuery<{ summitId: string }, SummaryRow>((db, p) =>
  db.selectFrom('seatingPlans').select(summaryColumns).where('summitId', '=', p('summitId')).orderBy('version', 'desc'));

function toSummary(row: SummaryRow): SeatingPlanSummary {
  return {
    id: row.id as SeatingPlanId,
    version: Number(row.version),
    status: row.status as SeatingPlanStatus,
    source: row.source as SeatingPlanSource,
    score: row.score ? JSON.parse(row.score) as SeatingPlan['score'] : null,
    violationCount: (JSON.parse(row.violations) as unknown[]).length,
    progress: Number(row.progress),
    error: row.error,
    createdAt: row.createdAt,
    heartbeatAt: row.heartbeatAt,
    publishedAt: row.publishedAt,
  };
}

export function createSeatingPlanStore(context: StoreContext): SeatingPlanStore {
  const { db, dialect } = context;
  const store: SeatingPlanStore = {
    async findSettings(summitId) {
      const row = await db.selectFrom('seatingSettings').select('settings').where('summitId', '=', summitId).executeTakeFirst();
      return row ? JSON.parse(row.settings) as SeatingSettings : undefined;
    },
    async saveSettings(summitId, settings, now) {
      await db.insertInto('seatingSettings').values({ summitId, settings: JSON.stringify(settings), updatedAt: now })
        .onConflict((oc) => oc.column('summitId').doUpdateSet({ settings: JSON.stringify(settings), updatedAt: now }))
        .execute();
    },
    async create(plan, now) {
      const last = await db.selectFrom('seatingPlans').select(sql<number>`max(version)`.as('version')).where('summitId', '=', plan.summitId).executeTakeFirst();
      const row: SeatingPlansTable = {
        id: randomUUID(),
        summitId: plan.summitId,
        version: Number(last?.version ?? 0) + 1,
        status: plan.status,
        source: plan.source,
        basedOnId: plan.basedOnId,
        settings: JSON.stringify(plan.settings),
        absent: JSON.stringify(plan.absent),
        fromRound: plan.fromRound,
        rounds: JSON.stringify(plan.rounds),
        score: plan.score ? JSON.stringify(plan.score) : null,
        violations: JSON.stringify(plan.violations),
        locks: JSON.stringify(plan.locks),
        progress: plan.progress,
        bestCost: plan.bestCost,
        stopRequested: 0,
        error: plan.error,
        createdBy: plan.createdBy,
        createdAt: now,
        updatedAt: now,
        heartbeatAt: plan.status === 'running' ? now : null,
        finishedAt: plan.status === 'running' ? null : now,
        publishedAt: null,
      };
      try {
        await db.insertInto('seatingPlans').values(row).execute();
      } catch (error) {
        if (dialect.isUniqueViolation(error)) throw new DomainError('seating_job_running', { summitId: plan.summitId });
        throw error;
      }
      return toPlan(row);
    },
    async find(id) {
      const row = await db.selectFrom('seatingPlans').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPlan(row);
    },
    async list(summitId) {
      const rows = await db.selectFrom('seatingPlans').selectAll().where('summitId', '=', summitId).orderBy('version', 'desc').execute();
      return rows.map(toPlan);
    },
    async listSummaries(summitId) {
      return (await summariesOfSummit.execute(context, { summitId })).map(toSummary);
    },
    async findNewestAndPublished(summitId) {
      // Each is one lookup on the summit's versions; a plan that is both comes once.
      const rows = await db.selectFrom('seatingPlans').selectAll().where('id', 'in', (eb) => eb
        .selectFrom((sub) => sub.selectFrom('seatingPlans').select('id').where('summitId', '=', summitId).orderBy('version', 'desc').limit(1).as('n'))
        .select('n.id')
        .union(eb.selectFrom((sub) => sub.selectFrom('seatingPlans').select('id').where('summitId', '=', summitId).where('publishedAt', 'is not', null)
          .orderBy('publishedAt', 'desc').orderBy('version', 'desc').limit(1).as('p')).select('p.id')))
        .execute();
      const plans = rows.map(toPlan);
      const newest = plans.reduce<SeatingPlan | undefined>((a, b) => (a && a.version > b.version ? a : b), undefined);
      const published = plans.filter((p) => p.publishedAt !== null)
        .reduce<SeatingPlan | undefined>((a, b) => (a && (a.publishedAt! > b.publishedAt! || (a.publishedAt === b.publishedAt && a.version > b.version)) ? a : b), undefined);
      return { newest, published };
    },
    async findRunning(summitId) {
      const row = await db.selectFrom('seatingPlans').selectAll().where('summitId', '=', summitId).where('status', '=', 'running').executeTakeFirst();
      return row && toPlan(row);
    },
    async findPublished(summitId) {
      const row = await db.selectFrom('seatingPlans').selectAll().where('summitId', '=', summitId).where('publishedAt', 'is not', null)
        .orderBy('publishedAt', 'desc').orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row && toPlan(row);
    },
    async recordProgress(id, progress, bestCost, now) {
      await db.updateTable('seatingPlans').set({ progress, bestCost, heartbeatAt: now })
        .where('id', '=', id).where('status', '=', 'running').execute();
      const row = await db.selectFrom('seatingPlans').select(['stopRequested', 'status']).where('id', '=', id).executeTakeFirst();
      return { stopRequested: !row || row.status !== 'running' || Number(row.stopRequested) === 1 };
    },
    async requestStop(id, now) {
      await db.updateTable('seatingPlans').set({ stopRequested: flag(true), updatedAt: now }).where('id', '=', id).where('status', '=', 'running').execute();
    },
    async finish(id, result, now) {
      await db.updateTable('seatingPlans').set({
        status: result.status,
        rounds: JSON.stringify(result.rounds),
        score: result.score ? JSON.stringify(result.score) : null,
        violations: JSON.stringify(result.violations),
        error: result.error,
        progress: 1,
        finishedAt: now,
        updatedAt: now,
      }).where('id', '=', id).where('status', '=', 'running').execute();
    },
    async update(id, changes, now) {
      const values: Partial<SeatingPlansTable> = { updatedAt: now };
      if (changes.rounds !== undefined) values.rounds = JSON.stringify(changes.rounds);
      if (changes.score !== undefined) values.score = changes.score ? JSON.stringify(changes.score) : null;
      if (changes.violations !== undefined) values.violations = JSON.stringify(changes.violations);
      if (changes.locks !== undefined) values.locks = JSON.stringify(changes.locks);
      await db.updateTable('seatingPlans').set(values).where('id', '=', id).execute();
      const plan = await store.find(id);
      if (!plan) throw new DomainError('not_found', { planId: id });
      return plan;
    },
    async markPublished(id, now) {
      await db.updateTable('seatingPlans').set({ publishedAt: now, updatedAt: now }).where('id', '=', id).execute();
    },
    async failStale(summitId, heartbeatBefore, now) {
      const result = await db.updateTable('seatingPlans')
        .set({ status: 'failed', error: 'The planning process stopped answering.', finishedAt: now, updatedAt: now })
        .where('summitId', '=', summitId).where('status', '=', 'running').where('heartbeatAt', '<', heartbeatBefore)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async listAbsences(summitId) {
      const rows = await db.selectFrom('seatingAbsences').select(['invitationId', 'fromRound']).where('summitId', '=', summitId).execute();
      return rows.map((r) => ({ person: r.invitationId, fromRound: Number(r.fromRound) }));
    },
    async setAbsence(summitId, absence, now) {
      await db.insertInto('seatingAbsences').values({ summitId, invitationId: absence.person, fromRound: absence.fromRound, updatedAt: now })
        .onConflict((oc) => oc.columns(['summitId', 'invitationId']).doUpdateSet({ fromRound: absence.fromRound, updatedAt: now }))
        .execute();
    },
    async clearAbsence(summitId, person) {
      await db.deleteFrom('seatingAbsences').where('summitId', '=', summitId).where('invitationId', '=', person).execute();
    },
    async listRoundQuestions(summitId) {
      const row = await db.selectFrom('seatingRoundQuestions').select('questions').where('summitId', '=', summitId).executeTakeFirst();
      return row ? JSON.parse(row.questions) as string[] : [];
    },
    async saveRoundQuestions(summitId, questions, now) {
      const json = JSON.stringify(questions);
      await db.insertInto('seatingRoundQuestions').values({ summitId, questions: json, updatedAt: now })
        .onConflict((oc) => oc.column('summitId').doUpdateSet({ questions: json, updatedAt: now }))
        .execute();
    },
  };
  return store;
}
