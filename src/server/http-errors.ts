// HTTP statuses for every code the API answers with: chosen here, never in the domain. The record is
// exhaustive, so a code without a status does not compile; docs/errors.md lists the same codes.
import type { ErrorCode } from '../domain/errors.ts';

/** Codes only the HTTP layer answers with; no use case throws them. */
export type HttpErrorCode = 'csrf_failed' | 'bad_request' | 'unsupported_media_type' | 'internal_error' | 'database_unavailable';
export type ApiErrorCode = ErrorCode | HttpErrorCode;

export const statusByCode: Readonly<Record<ApiErrorCode, number>> = {
  validation_failed: 422,
  bad_request: 400,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  not_found: 404,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
  illegal_status_transition: 409,
  email_taken: 409,
  capacity_below_group_quotas: 422,
  group_quotas_exceed_capacity: 422,
  organisation_quotas_exceed_group_quota: 422,
  group_quota_below_organisation_quotas: 422,
  area_not_in_summit: 422,
  group_not_in_summit: 422,
  date_required: 422,
  invalid_date_range: 422,
  apportionment_impossible: 422,
  no_areas_to_apportion: 422,
  already_nominated: 409,
  invitation_expired: 409,
  invitation_declined: 409,
  invitation_withdrawn: 409,
  invitation_waitlisted: 409,
  invitation_closed: 409,
  nomination_not_withdrawable: 409,
  organisation_not_in_group: 422,
  import_empty: 422,
  unreadable_file: 422,
  unsupported_file_type: 422,
  date_in_past: 422,
  reconfirm_after_start: 422,
  no_reconfirmation_running: 409,
  nothing_to_reconfirm: 409,
  reconfirm_deadline_passed: 409,
  summit_cancelled: 409,
  reschedule_required: 409,
  summit_not_recruiting: 409,
  no_local_forum: 422,
  consent_required: 422,
  interest_already_decided: 409,
  seating_job_running: 409,
  seating_no_participants: 422,
  seating_plan_not_done: 409,
  seating_plan_has_violations: 422,
  seating_plan_not_published: 422,
  seating_seat_locked: 409,
  seating_table_sizes_invalid: 422,
  seating_rule_invalid: 422,
  unknown_code: 404,
  invitation_pending: 409,
  check_in_not_open: 409,
  no_seat_free: 409,
  no_rounds_left: 409,
};

export function statusForCode(code: ApiErrorCode): number {
  return statusByCode[code];
}
