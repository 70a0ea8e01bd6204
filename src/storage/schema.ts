// The one database interface: every table's row type as Kysely sees it (camelCase through
// CamelCasePlugin), on SQLite and PostgreSQL alike. Flags are 0/1 integers and timestamps ISO text
// on both databases; the stores convert to domain types.
import type { Generated } from 'kysely';

export interface CoordinatorsTable { id: string; email: string; name: string; passwordHash: string; createdAt: string }
export interface CoordinatorSessionsTable { tokenHash: string; coordinatorId: string; createdAt: string; expiresAt: string }
export interface ApiTokensTable {
  id: string; coordinatorId: string; tokenHash: string; label: string; createdAt: string;
  lastUsedAt: string | null; revokedAt: string | null;
  /** Null only for rows written before expiry existed and not migrated (none: the migration sets it). */
  expiresAt: string | null;
  /** `write` or `read` (GET only). */
  scope: string;
}
/** Login attempts per account not yet followed by a success; see domain/coordinator.ts. */
export interface LoginThrottlesTable { account: string; failures: number; lockedUntil: string; lastAttemptAt: string }
export interface SummitsTable {
  id: string; slug: string; title: string; purpose: string; description: string; status: string;
  startsAt: string | null; endsAt: string | null; venue: string; statusReason: string;
  responsibleEditor: string; organiser: string; capacity: number; answerDays: number; retentionDays: number;
  isDemo: number; calendarSequence: number; reconfirmBy: string | null; reminderDays: string; pausedAt: string | null;
  tentativeDate: string; createdAt: string; updatedAt: string;
  /** Raised by the database on every change to the summit or its groups, areas, organisations, programme. */
  contentVersion: Generated<number>;
}
export interface SummitStatusChangesTable {
  id: string; summitId: string; fromStatus: string; toStatus: string; reason: string; actor: string; at: string;
}
export interface StakeholderGroupsTable {
  id: string; summitId: string; name: string; description: string; quota: number; position: number;
  followsTables: number; isFacilitators: number; apportionmentMethod: string | null; apportionmentMinimum: number;
}
export interface AreasTable { id: string; summitId: string; name: string; mainTown: string; population: number; position: number }
export interface OrganisationsTable {
  id: string; summitId: string; groupId: string; areaId: string | null; name: string; kind: string;
  quota: number; contactEmail: string; position: number;
}
export interface ProgrammeItemsTable {
  id: string; summitId: string; position: number; startsAt: string; endsAt: string; title: string;
  description: string; speakerName: string; speakerTitle: string;
}
export interface AuditLogTable {
  id: string; at: string; actor: string; action: string; summitId: string | null; subjectType: string;
  subjectId: string; data: string;
}

// Registration (migration 2026-11-26-02).
export interface RecruiterLinksTable {
  id: string; summitId: string; organisationId: string; tokenHash: string; createdAt: string; expiresAt: string; revokedAt: string | null;
}
export interface InvitationsTable {
  id: string; summitId: string; groupId: string; organisationId: string | null; areaId: string | null;
  name: string; email: string; emailKey: string; phone: string; status: string; source: string; tokenHash: string | null;
  language: string; waitlistPosition: number; invitedAt: string | null; answerDeadline: string | null; answeredAt: string | null;
  dietNeeds: string; accessibilityNeeds: string; consentPhotos: number; consentChangedAt: string | null;
  createdAt: string; updatedAt: string;
  /** The short code a badge's QR code carries (migration 2026-12-02-10); set on every row. */
  checkInCode: string | null;
}
/** Held seats per summit, group and organisation ('' for none), kept by triggers (migration 2026-12-02-90). */
export interface SeatCountsTable { summitId: string; groupId: string; organisationKey: string; held: number }

export interface OutboxMessagesTable {
  id: string; summitId: string | null; kind: string; toAddress: string; subject: string; bodyText: string;
  status: string; attempts: number; nextAttemptAt: string; claimedBy: string | null; claimedUntil: string | null;
  sentAt: string | null; lastError: string; createdAt: string;
  /** JSON array of attachments (migration 2026-11-26-04). */
  attachments: string; invitationId: string | null;
}

// Seating (migration 2026-11-26-03).
export interface SeatingSettingsTable { summitId: string; settings: string; updatedAt: string }
export interface SeatingPlansTable {
  id: string; summitId: string; version: number; status: string; source: string; basedOnId: string | null;
  settings: string; absent: string; fromRound: number; rounds: string; score: string | null; violations: string; locks: string;
  progress: number; bestCost: number | null; stopRequested: number; error: string; createdBy: string;
  createdAt: string; updatedAt: string; heartbeatAt: string | null; finishedAt: string | null; publishedAt: string | null;
}
export interface SeatingAbsencesTable { summitId: string; invitationId: string; fromRound: number; updatedAt: string }

// Lifecycle (migration 2026-11-26-04).
export interface InterestRequestsTable {
  id: string; summitId: string; areaId: string; organisationId: string | null; name: string; email: string;
  message: string; status: string; decisionMessage: string; invitationId: string | null; createdAt: string; decidedAt: string | null;
  language: string;
}
export interface InvitationTokensTable { tokenHash: string; invitationId: string; createdAt: string }
export interface MessageTemplatesTable { summitId: string; kind: string; subject: string; body: string; updatedAt: string }

// The summit day (migration 2026-12-02-10).
export interface CheckInLinksTable {
  id: string; summitId: string; tokenHash: string; label: string; createdBy: string; createdAt: string; expiresAt: string; revokedAt: string | null;
}
export interface CheckInsTable {
  id: string; summitId: string; invitationId: string; checkedInAt: string; checkedInBy: string; clientId: string;
  undoneAt: string | null; undoneBy: string | null;
}
export interface CheckInRequestsTable { summitId: string; clientId: string; invitationId: string; response: string; createdAt: string }
export interface WalkInsTable {
  id: string; summitId: string; clientId: string; name: string; groupId: string | null; organisation: string;
  invitationId: string | null; createdBy: string; createdAt: string; removedAt: string | null;
}
export interface SummitDaysTable { summitId: string; roundsStarted: number; updatedAt: string }

// The feedback survey (migration 2026-12-02-20). A response has no column leading to a person
// unless the survey is not anonymous (respondentId).
export interface SurveysTable {
  summitId: string; anonymous: number; questions: string; reminderDays: number; closesOn: string | null;
  sentAt: string | null; remindedAt: string | null; updatedAt: string;
}
export interface SurveyRecipientsTable { id: string; summitId: string; invitationId: string; reportGroupId: string | null; spent: number; reminded: number }
export interface SurveyLinksTable { tokenHash: string; recipientId: string }
export interface SurveyResponsesTable { id: string; summitId: string; groupId: string | null; respondentId: string | null; submittedOn: string; answers: string }

// The facilitators' notes (migration 2026-12-02-21).
export interface TableNotesTable { summitId: string; round: number; tableId: string; tableName: string; writtenBy: string; keyPoints: string; proposals: string; updatedAt: string }
export interface ProposalItemsTable { id: string; summitId: string; text: string; sources: string; createdAt: string }
// Printing (migration 2026-12-02-20).
export interface SeatingRoundQuestionsTable { summitId: string; questions: string; updatedAt: string }
export interface BadgePrintsTable { invitationId: string; summitId: string; seats: string; printedAt: string; printedBy: string }

// Personal data (migration 2026-12-02-70).
export interface SummitRetentionTable {
  summitId: string; postponedDays: Generated<number>; postponeReason: Generated<string>;
  postponedAt: Generated<string | null>; warnedAt: Generated<string | null>; purgedAt: Generated<string | null>;
}
/** The municipality as data controller: one row ('installation'), see domain/personal-data/data-controller.ts. */
export interface DataControllerTable {
  id: string; municipality: string; address: string; cvr: string; email: string; phone: string;
  dpoName: string; dpoEmail: string; dpoPhone: string; recipients: string; updatedAt: string;
}
/** The municipality's name, logo and colour: one row ('installation'), see domain/branding.ts. */
export interface InstallationBrandingTable {
  id: string; municipality: string; primaryColour: string; logoUrl: string; logoType: string; logoData: string;
  version: number; updatedAt: string;
}
export interface ConsentsTable {
  id: string; summitId: string; invitationId: string; kind: string; wording: string; version: string; language: string;
  givenAt: string; withdrawnAt: string | null;
}

/** A kind of consent the coordinator added to a summit, see domain/personal-data/consent.ts. */
export interface ConsentKindsTable {
  id: string; summitId: string; labelDa: string; hintDa: string; labelEn: string; hintEn: string; version: number; position: number;
  createdAt: string; updatedAt: string; retiredAt: string | null;
}

export interface DB {
  coordinators: CoordinatorsTable;
  coordinatorSessions: CoordinatorSessionsTable;
  apiTokens: ApiTokensTable;
  loginThrottles: LoginThrottlesTable;
  summits: SummitsTable;
  summitStatusChanges: SummitStatusChangesTable;
  stakeholderGroups: StakeholderGroupsTable;
  areas: AreasTable;
  organisations: OrganisationsTable;
  programmeItems: ProgrammeItemsTable;
  auditLog: AuditLogTable;
  recruiterLinks: RecruiterLinksTable;
  /** The re-confirmation columns have defaults: the invitation store never writes them, the lifecycle store does. */
  invitations: InvitationsTable & { reconfirmState: Generated<string>; reconfirmReminders: Generated<number> };
  outboxMessages: OutboxMessagesTable;
  seatCounts: SeatCountsTable;
  seatingSettings: SeatingSettingsTable;
  seatingPlans: SeatingPlansTable;
  seatingAbsences: SeatingAbsencesTable;
  interestRequests: InterestRequestsTable;
  invitationTokens: InvitationTokensTable;
  messageTemplates: MessageTemplatesTable;
  checkInLinks: CheckInLinksTable;
  checkIns: CheckInsTable;
  checkInRequests: CheckInRequestsTable;
  walkIns: WalkInsTable;
  summitDays: SummitDaysTable;
  surveys: SurveysTable;
  surveyRecipients: SurveyRecipientsTable;
  surveyLinks: SurveyLinksTable;
  surveyResponses: SurveyResponsesTable;
  tableNotes: TableNotesTable;
  proposalItems: ProposalItemsTable;
  badgePrints: BadgePrintsTable;
  seatingRoundQuestions: SeatingRoundQuestionsTable;
  summitRetention: SummitRetentionTable;
  consents: ConsentsTable;
  consentKinds: ConsentKindsTable;
  dataController: DataControllerTable;
  installationBranding: InstallationBrandingTable;
}
