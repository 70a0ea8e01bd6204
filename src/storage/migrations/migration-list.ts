// The one migration history, shared by SQLite and PostgreSQL. Append new migrations at the end
// with a dated name; never edit one that has shipped.
import type { Migration } from 'kysely';
import * as foundation from './2026-11/2026-11-26-01-foundation.ts';
import * as registration from './2026-11/2026-11-26-02-registration.ts';
import * as mailLanguage from './2026-12-02-50-mail-language.ts';
import * as loginThrottles from './2026-12-02-65-login-throttles.ts';
import * as apiTokenScope from './2026-12-02-66-api-token-scope.ts';
import * as seating from './2026-11/2026-11-26-03-seating.ts';
import * as lifecycle from './2026-11/2026-11-26-04-lifecycle.ts';
import * as summitDay from './2026-12-02-10-summit-day.ts';
import * as publicPageVersion from './2026-12-02-45-public-page-version.ts';
import * as personLookups from './2026-12-02-40-person-lookups.ts';
import * as survey from './2026-12-02-20-survey.ts';
import * as tableNotes from './2026-12-02-21-table-notes.ts';
import * as badgePrints from './2026-12-02-20-badge-prints.ts';
import * as roundQuestions from './2026-12-02-21-round-questions.ts';
import * as personalData from './2026-12-02-70-personal-data.ts';
import * as failedMailLinks from './2026-12-02-85-failed-mail-links.ts';
import * as dataController from './2026-12-02-80-data-controller.ts';
import * as installationBranding from './2026-12-03-10-installation-branding.ts';
import * as seatCounts from './2026-12-02-90-seat-counts.ts';
import * as participantPageLookups from './2026-12-02-95-participant-page-lookups.ts';
import * as consentKinds from './2026-12-03-20-consent-kinds.ts';
import * as summitLists from './2026-12-03-30-summit-lists.ts';
import * as pendingDeadlines from './2026-12-05-10-pending-deadlines.ts';
import * as consentKindsContentVersion from './2026-12-05-30-consent-kinds-content-version.ts';
import * as summitContentNotify from './2026-12-05-31-summit-content-notify.ts';
import * as participantPageNotify from './2026-12-05-32-participant-page-notify.ts';
import * as participantListOrder from './2026-12/2026-12-06-10-participant-list-order.ts';
import * as dropSummitStatusIndex from './2026-12/2026-12-07-10-drop-summit-status-index.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-26-01-foundation': foundation,
  '2026-11-26-02-registration': registration,
  // Kysely runs migrations in the order of their dated names, whatever the order here.
  '2026-12-02-50-mail-language': mailLanguage,
  '2026-11-26-03-seating': seating,
  '2026-11-26-04-lifecycle': lifecycle,
  '2026-12-02-10-summit-day': summitDay,
  '2026-12-02-40-person-lookups': personLookups,
  '2026-12-02-45-public-page-version': publicPageVersion,
  '2026-12-02-20-survey': survey,
  '2026-12-02-21-table-notes': tableNotes,
  '2026-12-02-20-badge-prints': badgePrints,
  '2026-12-02-21-round-questions': roundQuestions,
  '2026-12-02-70-personal-data': personalData,
  '2026-12-02-65-login-throttles': loginThrottles,
  '2026-12-02-66-api-token-scope': apiTokenScope,
  '2026-12-02-85-failed-mail-links': failedMailLinks,
  '2026-12-02-80-data-controller': dataController,
  '2026-12-02-90-seat-counts': seatCounts,
  '2026-12-02-95-participant-page-lookups': participantPageLookups,
  '2026-12-03-10-installation-branding': installationBranding,
  '2026-12-03-20-consent-kinds': consentKinds,
  '2026-12-03-30-summit-lists': summitLists,
  '2026-12-05-10-pending-deadlines': pendingDeadlines,
  '2026-12-05-30-consent-kinds-content-version': consentKindsContentVersion,
  '2026-12-05-31-summit-content-notify': summitContentNotify,
  '2026-12-05-32-participant-page-notify': participantPageNotify,
  '2026-12-06-10-participant-list-order': participantListOrder,
  '2026-12-07-10-drop-summit-status-index': dropSummitStatusIndex,
};
