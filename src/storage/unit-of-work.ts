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
import { createSeatingPlanStore } from './seating-plan-store.ts';
import { createSeatingRosterStore } from './seating-roster-store.ts';
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

export function createUnitOfWork(database: Database): UnitOfWork {
  return {
    stores: createStores({ db: database.db, dialect: database.dialect }),
    transaction: (work) => database.db.transaction().execute((trx) => work(createStores({ db: trx, dialect: database.dialect }))),
    isUnavailable: (error) => database.dialect.isUnavailable(error),
    readiness: () => readiness(database),
  };
}
