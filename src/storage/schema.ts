// Row types as Kysely sees them (camelCase through CamelCasePlugin). Flags are 0/1 integers and
// timestamps ISO text on both databases; the stores convert to domain types.
import type { Generated } from 'kysely';

export interface CoordinatorsTable { id: string; email: string; name: string; passwordHash: string; createdAt: string }
export interface CoordinatorSessionsTable { tokenHash: string; coordinatorId: string; createdAt: string; expiresAt: string }
export interface ApiTokensTable {
  id: string; coordinatorId: string; tokenHash: string; label: string; createdAt: string;
  lastUsedAt: string | null; revokedAt: string | null;
}
export interface SummitsTable {
  id: string; slug: string; title: string; purpose: string; description: string; status: string;
  startsAt: string | null; endsAt: string | null; venue: string; statusReason: string;
  responsibleEditor: string; organiser: string; capacity: number; answerDays: number; retentionDays: number;
  isDemo: number; calendarSequence: number; reconfirmBy: string | null; reminderDays: string; pausedAt: string | null;
  tentativeDate: string; createdAt: string; updatedAt: string;
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

export interface DB {
  coordinators: CoordinatorsTable;
  coordinatorSessions: CoordinatorSessionsTable;
  apiTokens: ApiTokensTable;
  summits: SummitsTable;
  summitStatusChanges: SummitStatusChangesTable;
  stakeholderGroups: StakeholderGroupsTable;
  areas: AreasTable;
  organisations: OrganisationsTable;
  programmeItems: ProgrammeItemsTable;
  auditLog: AuditLogTable;
}

// Kept for tables that later migrations add with database-generated columns.
export type { Generated };
