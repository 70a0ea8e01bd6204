// HTTP statuses for the domain's error codes: chosen here, never in the domain.
import type { ErrorCode } from '../domain/errors.ts';

const statusByCode: Record<string, number> = {
  validation_failed: 422,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  invalid_credentials: 401,
  illegal_status_transition: 409,
  email_taken: 409,
  seating_job_running: 409,
  seating_plan_not_done: 409,
  seating_seat_locked: 409,
  rate_limited: 429,
  csrf_failed: 403,
  already_nominated: 409,
  invitation_expired: 409,
  invitation_declined: 409,
  invitation_withdrawn: 409,
  invitation_waitlisted: 409,
  invitation_closed: 409,
  nomination_not_withdrawable: 409,
  nothing_to_reconfirm: 409,
  reconfirm_deadline_passed: 409,
  summit_cancelled: 409,
  summit_not_recruiting: 409,
  interest_already_decided: 409,
  no_reconfirmation_running: 409,
  reschedule_required: 409,
};

/** Rule violations (quotas, capacity, dates) are 422 unless listed above. */
export function statusForCode(code: ErrorCode): number {
  return statusByCode[code] ?? 422;
}
