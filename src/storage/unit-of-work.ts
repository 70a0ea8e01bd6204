import { sql } from 'kysely';
import { DomainError } from '../domain/errors.ts';
import type { SummitId } from '../domain/ids.ts';
import type { Stores, UnitOfWork } from '../ports.ts';
import { createAreaStore } from './area-store.ts';
import { createAuditLog } from './audit-store.ts';
import { createCoordinatorStore } from './coordinator-store.ts';
import { readiness, type Database } from './database.ts';
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

/** At most this much guarded work shares a transaction: it runs without a turn of the event loop. */
const GROUP_COMMIT_LIMIT = 20;

interface GuardedWork {
  summitId: SummitId;
  work: (stores: Stores) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * lockedTransaction on SQLite, whose single writer already keeps guarded work apart: the work that
 * arrives while one turn of the event loop handles requests is run one after the other in one
 * transaction, each in a savepoint of its own, and committed once. The commit (writing the WAL;
 * checkpoints run in a thread of their own, dialect.ts) cost more than a nomination's
 * statements together. Each
 * caller is answered once the shared commit is done, so nothing is acknowledged that is not
 * stored; work that fails is rolled back to its savepoint and fails alone, and a failed commit
 * fails every work that shared it.
 */
function groupCommits(database: Database): <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>) => Promise<T> {
  let waiting: GuardedWork[] = [];
  let scheduled = false;
  const runWaiting = async () => {
    while (waiting.length > 0) {
      const jobs = waiting.slice(0, GROUP_COMMIT_LIMIT);
      waiting = waiting.slice(jobs.length);
      const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
      try {
        await database.db.transaction().execute(async (trx) => {
          const stores = createStores({ db: trx, dialect: database.dialect });
          for (const job of jobs) {
            await sql`savepoint guarded_work`.execute(trx);
            try {
              await stores.summits.lock(job.summitId);
              const value = await job.work(stores);
              await sql`release savepoint guarded_work`.execute(trx);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await sql`rollback to savepoint guarded_work`.execute(trx);
              await sql`release savepoint guarded_work`.execute(trx);
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

export function createUnitOfWork(database: Database): StorageUnitOfWork {
  const { dialect, batched } = database;
  const lockedTransaction = !batched ? groupCommits(database) : async <T>(summitId: SummitId, work: (stores: Stores) => Promise<T>): Promise<T> => {
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
  return {
    lockedTransaction,
    stores: createStores({ db: database.db, dialect: database.dialect, ...(database.keptReads ? { keptReads: database.keptReads } : {}) }),
    transaction: (work) => database.db.transaction().execute((trx) => work(createStores({ db: trx, dialect: database.dialect }))),
    isUnavailable: (error) => database.dialect.isUnavailable(error),
    readiness: () => readiness(database),
  };
}
