import { CompiledQuery } from 'kysely';
import { DomainError } from '../domain/errors.ts';
import type { SummitId } from '../domain/ids.ts';
import type { Stores, UnitOfWork } from '../ports.ts';
import { createAreaStore } from './area-store.ts';
import { createAuditLog } from './audit-store.ts';
import { createCoordinatorStore } from './coordinator-store.ts';
import { readiness, type Database } from './database.ts';
import type { BatchedTransaction, SqlDialect } from './dialect.ts';
import type { StoreContext } from './executor.ts';
import { createGroupStore } from './group-store.ts';
import { createInvitationStore } from './invitation-store.ts';
import { createOutboxStore } from './outbox-store.ts';
import { createRecruiterLinkStore } from './recruiter-link-store.ts';
import { createOrganisationStore } from './organisation-store.ts';
import { createProgrammeStore } from './programme-store.ts';
import { createSeatStore } from './seat-guard.ts';
import { createSummitStore } from './summit-store.ts';
import { createSeatingPlanStore } from './seating/seating-plan-store.ts';
import { createSeatingRosterStore } from './seating/seating-roster-store.ts';
import { createInterestRequestStore } from './interest-request-store.ts';
import { createLifecycleStore } from './lifecycle-store.ts';
import { createCheckInStore } from './check-in-store.ts';
import { createSurveyStore } from './survey-store.ts';
import { createTableNoteStore } from './table-note-store.ts';
import { createBadgePrintStore } from './badge-print-store.ts';
import { createPersonalDataStore } from './personal-data/personal-data-store.ts';
import { createDataControllerStore } from './personal-data/data-controller-store.ts';
import { createBrandingStore } from './branding/branding-store.ts';
import { createConsentKindStore } from './personal-data/consent-kind-store.ts';
import { createParticipantListStore } from './participants/participant-list-store.ts';

export function createStores(context: StoreContext): Stores {
  return {
    summits: createSummitStore(context),
    groups: createGroupStore(context),
    areas: createAreaStore(context),
    organisations: createOrganisationStore(context),
    programme: createProgrammeStore(context),
    coordinators: createCoordinatorStore(context),
    audit: createAuditLog(context),
    invitations: createInvitationStore(context),
    seats: createSeatStore(context),
    recruiterLinks: createRecruiterLinkStore(context),
    outbox: createOutboxStore(context),
    seatingPlans: createSeatingPlanStore(context),
    seatingRoster: createSeatingRosterStore(context),
    interests: createInterestRequestStore(context),
    lifecycle: createLifecycleStore(context),
    checkIns: createCheckInStore(context),
    surveys: createSurveyStore(context),
    tableNotes: createTableNoteStore(context),
    badgePrints: createBadgePrintStore(context),
    personalData: createPersonalDataStore(context),
    dataController: createDataControllerStore(context),
    branding: createBrandingStore(context),
    consentKinds: createConsentKindStore(context),
    participantList: createParticipantListStore(context),
  };
}

/** The unit of work, and the transaction the seat guard runs its work in. */
export interface StorageUnitOfWork extends UnitOfWork {
  /**
   * Runs `work` in one transaction that first takes `stores.summits.lock(summitId)`. On PostgreSQL
   * it is a batched transaction (dialect.ts): the lock, the invitations, mail and audit entries
   * that `work` inserts wait to go with its next statement or the commit, so the lock is held
   * through as few round trips as the work's reads allow (a nomination: the seat state, then the
   * inserts with the commit).
   */
  lockedTransaction<T>(summitId: SummitId, work: (stores: Stores) => Promise<T>): Promise<T>;
}

/** At most this much guarded work shares a transaction. */
const GROUP_COMMIT_LIMIT = 20;

/**
 * On SQLite, where statements answer synchronously, a shared transaction gives the event loop a
 * turn once its work has run this long: twenty declines with their refills ran 60-130 ms in one
 * stretch on a slow machine, and every request waited that long to be even read.
 */
const SLICE_MS = 15;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

interface GuardedWork {
  summitId: SummitId;
  work: (stores: Stores) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

// Compiled once: each guarded work sends two of them.
const savepoint = CompiledQuery.raw('savepoint guarded_work');
const releaseSavepoint = CompiledQuery.raw('release savepoint guarded_work');
const rollbackToSavepoint = CompiledQuery.raw('rollback to savepoint guarded_work');

/**
 * lockedTransaction on SQLite, whose single writer already keeps guarded work apart: the work that
 * arrives while one turn of the event loop handles requests is run one after the other in one
 * transaction, each in a savepoint of its own, and committed once. The commit (writing the WAL;
 * checkpoints run in a thread of their own, dialect.ts) cost more than a nomination's
 * statements together. Each
 * caller is answered once the shared commit is done, so nothing is acknowledged that is not
 * stored; work that fails is rolled back to its savepoint and fails alone, and a failed commit
 * fails every work that shared it. Work that runs long gives the event loop a turn (SLICE_MS).
 */
function groupCommits(database: Database): <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>) => Promise<T> {
  let waiting: GuardedWork[] = [];
  let scheduled = false;
  const runWaiting = async () => {
    while (waiting.length > 0) {
      const jobs = waiting.slice(0, GROUP_COMMIT_LIMIT);
      waiting = waiting.slice(jobs.length);
      const outcomes: Outcome[] = [];
      try {
        await database.db.transaction().execute(async (trx) => {
          const stores = createStores({ db: trx, dialect: database.dialect });
          let sliceStarted = performance.now();
          for (const job of jobs) {
            // Requests handled meanwhile wait for the connection (Kysely's driver holds it for the
            // transaction) like any other read or write would: nothing sees the transaction early.
            if (performance.now() - sliceStarted > SLICE_MS) {
              await new Promise((resolve) => setImmediate(resolve));
              sliceStarted = performance.now();
            }
            await trx.executeQuery(savepoint);
            try {
              await stores.summits.lock(job.summitId);
              const value = await job.work(stores);
              await trx.executeQuery(releaseSavepoint);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await trx.executeQuery(rollbackToSavepoint);
              await trx.executeQuery(releaseSavepoint);
              outcomes.push({ ok: false, error });
            }
          }
        });
      } catch (error) {
        for (const job of jobs) job.reject(error);
        if (waiting.length > 0) await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      jobs.forEach((job, k) => {
        const outcome = outcomes[k]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
      // SQLite answers synchronously, so a batch and the next run without a turn of the event loop
      // in between: let the answers go out, timers fire and new requests arrive first.
      if (waiting.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    scheduled = false;
  };
  return <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>) => new Promise<T>((resolve, reject) => {
    waiting.push({ summitId, work, resolve: resolve as (value: unknown) => void, reject });
    if (scheduled) return;
    scheduled = true;
    // After the requests that arrived with this one have reached the guard too.
    setImmediate(() => { void runWaiting(); });
  });
}

/** How often a batched transaction is run again after its new check-in code clashed with one in use. */
const CHECK_IN_CODE_ROUNDS = 5;

type LockedTransaction = StorageUnitOfWork['lockedTransaction'];

/**
 * lockedTransaction on PostgreSQL. Every seat-changing request on a summit waits for the summit's
 * row lock, and the holder keeps it through its round trips, the turns of a busy event loop between
 * them, its commit and the hand-over to the next waiting backend: under a burst of nominations that
 * hand-over, once per request, set the pace. Guarded work on the same summit that arrives while
 * this server's previous transaction on it runs is run then one after the other in one batched
 * transaction, each in a savepoint of its own, and committed once; work on other summits does not
 * wait for it. Each caller is answered after the shared commit. Work that throws is rolled back to
 * its savepoint and fails alone. When a round trip fails (a statement of any work, sent with
 * another's) or the commit does, which work caused it is not known: the shared transaction is
 * rolled back and each work runs again in a transaction of its own (`alone`), as it would have
 * run without company, and gets that outcome.
 */
function sharedTransactions(batched: BatchedTransaction, dialect: SqlDialect, alone: LockedTransaction): LockedTransaction {
  const queues = new Map<SummitId, GuardedWork[]>();
  const settle = async (job: GuardedWork) => {
    try {
      job.resolve(await alone(job.summitId, job.work));
    } catch (error) {
      job.reject(error);
    }
  };
  const shared = async (summitId: SummitId, jobs: GuardedWork[]) => batched(async (trx, later, failed) => {
    const stores = createStores({ db: trx, dialect, later: (query) => later(query.compile()) });
    await stores.summits.lock(summitId);
    const outcomes: Outcome[] = [];
    for (const [k, job] of jobs.entries()) {
      later(CompiledQuery.raw(`savepoint guarded_work_${k}`));
      try {
        const value = await job.work(stores);
        later(CompiledQuery.raw(`release savepoint guarded_work_${k}`));
        outcomes.push({ ok: true, value });
      } catch (error) {
        if (failed()) throw error;
        later(CompiledQuery.raw(`rollback to savepoint guarded_work_${k}`));
        later(CompiledQuery.raw(`release savepoint guarded_work_${k}`));
        outcomes.push({ ok: false, error });
      }
    }
    return outcomes;
  });
  const drain = async (summitId: SummitId, queue: GuardedWork[]) => {
    while (queue.length > 0) {
      const jobs = queue.splice(0, GROUP_COMMIT_LIMIT);
      if (jobs.length === 1) {
        await settle(jobs[0]!);
        continue;
      }
      let outcomes: Outcome[];
      try {
        outcomes = await shared(summitId, jobs);
      } catch {
        for (const job of jobs) await settle(job);
        continue;
      }
      jobs.forEach((job, k) => {
        const outcome = outcomes[k]!;
        if (outcome.ok) job.resolve(outcome.value);
        else job.reject(outcome.error);
      });
    }
    queues.delete(summitId);
  };
  return <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>) => new Promise<T>((resolve, reject) => {
    const job: GuardedWork = { summitId, work, resolve: resolve as (value: unknown) => void, reject };
    const queue = queues.get(summitId);
    if (queue) {
      queue.push(job);
      return;
    }
    const started = [job];
    queues.set(summitId, started);
    void drain(summitId, started);
  });
}

/** One guarded work in a batched transaction of its own (PostgreSQL). */
function transactionOfItsOwn(batched: BatchedTransaction, dialect: SqlDialect): LockedTransaction {
  return async <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>): Promise<T> => {
    for (let round = 1; ; round++) {
      try {
        return await batched(async (trx, later) => {
          const stores = createStores({ db: trx, dialect, later: (query) => later(query.compile()) });
          await stores.summits.lock(summitId);
          return work(stores);
        });
      } catch (error) {
        // An insert sent later breaks its unique index at the round trip it went with, not where
        // the store made it: answered here as the invitation store answers it at once. A
        // clash of 40-bit check-in codes is drawn again with the whole work.
        const index = dialect.violatedUniqueIndex(error);
        if (index === 'invitations_check_in_code' && round < CHECK_IN_CODE_ROUNDS) continue;
        if (index === 'invitations_one_active_per_email') throw new DomainError('already_nominated');
        throw error;
      }
    }
  };
}

export function createUnitOfWork(database: Database): StorageUnitOfWork {
  const { dialect, batched } = database;
  const lockedTransaction = !batched ? groupCommits(database) : sharedTransactions(batched, dialect, transactionOfItsOwn(batched, dialect));
  return {
    lockedTransaction,
    stores: createStores({ db: database.db, dialect: database.dialect, ...(database.keptReads ? { keptReads: database.keptReads } : {}) }),
    transaction: (work) => database.db.transaction().execute((trx) => work(createStores({ db: trx, dialect: database.dialect }))),
    isUnavailable: (error) => database.dialect.isUnavailable(error),
    readiness: () => readiness(database),
  };
}
