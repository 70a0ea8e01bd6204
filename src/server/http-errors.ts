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
  rate_limited: 429,
  csrf_failed: 403,
};

/** Rule violations (quotas, capacity, dates) are 422 unless listed above. */
export function statusForCode(code: ErrorCode): number {
  return statusByCode[code] ?? 422;
}
