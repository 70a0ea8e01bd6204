// Row types of the seating tables (migration 2026-11-26-03) and the invitation columns the seating
// roster reads, as Kysely sees them through CamelCasePlugin.
import type { Kysely } from 'kysely';
import type { Executor } from './executor.ts';
import type { DB } from './schema.ts';

export interface SeatingSettingsTable { summitId: string; settings: string; updatedAt: string }
export interface SeatingPlansTable {
  id: string; summitId: string; version: number; status: string; source: string; basedOnId: string | null;
  settings: string; absent: string; fromRound: number; rounds: string; score: string | null; violations: string; locks: string;
  progress: number; bestCost: number | null; stopRequested: number; error: string; createdBy: string;
  createdAt: string; updatedAt: string; heartbeatAt: string | null; finishedAt: string | null; publishedAt: string | null;
}
export interface SeatingAbsencesTable { summitId: string; invitationId: string; fromRound: number; updatedAt: string }
/** The invitation columns the roster needs (the registration migration owns the table). */
export interface SeatingInvitationsView {
  id: string; summitId: string; groupId: string; organisationId: string | null; areaId: string | null;
  name: string; email: string; status: string; accessibilityNeeds: string;
}

export interface SeatingDB extends DB {
  seatingSettings: SeatingSettingsTable;
  seatingPlans: SeatingPlansTable;
  seatingAbsences: SeatingAbsencesTable;
  invitations: SeatingInvitationsView;
}

export const seatingDb = (db: Executor) => db as unknown as Kysely<SeatingDB>;
