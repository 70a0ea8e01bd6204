// One catalogue of the stable error codes that the domain and the use cases throw. It is closed: a
// new code is added here, given a status in server/http-errors.ts (the compiler insists) and a line
// in docs/errors.md (a test insists). The web layer maps codes to Danish/English texts; tests assert
// codes, never texts.
export const errorCodes = [
  'validation_failed',
  'invalid_characters',
  'not_found',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'capacity_below_group_quotas',
  'group_quotas_exceed_capacity',
  'organisation_quotas_exceed_group_quota',
  'group_quota_below_organisation_quotas',
  'area_not_in_summit',
  'group_not_in_summit',
  'illegal_status_transition',
  'date_required',
  'invalid_date_range',
  'email_taken',
  'apportionment_impossible',
  'no_areas_to_apportion',
  'invalid_credentials',
  'seating_job_running',
  'seating_no_participants',
  'seating_plan_not_done',
  'seating_plan_has_violations',
  'seating_plan_not_published',
  'seating_seat_locked',
  'seating_table_sizes_invalid',
  'seating_rule_invalid',
  'seating_person_unknown',
  'seating_person_ambiguous',
  'already_nominated',
  'invitation_expired',
  'invitation_declined',
  'invitation_withdrawn',
  'invitation_waitlisted',
  'invitation_closed',
  'nomination_not_withdrawable',
  'organisation_not_in_group',
  'import_empty',
  'unreadable_file',
  'unsupported_file_type',
  'import_too_large',
  'date_in_past',
  'reconfirm_after_start',
  'no_reconfirmation_running',
  'nothing_to_reconfirm',
  'reconfirm_deadline_passed',
  'summit_cancelled',
  'summit_not_recruiting',
  'no_local_forum',
  'consent_required',
  'interest_already_decided',
  'reschedule_required',
  'unknown_code',
  'invitation_pending',
  'check_in_not_open',
  'no_seat_free',
  'no_rounds_left',
  'survey_already_sent',
  'survey_not_held',
  'survey_closed',
  'already_answered',
  'quota_full',
  'email_in_use',
  'personal_data_purged',
  'retention_already_postponed',
  'consent_wording_changed',
  'consent_kind_retired',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;
  constructor(code: ErrorCode, details: Record<string, unknown> = {}, message?: string) {
    super(message ?? code);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
