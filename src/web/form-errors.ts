// Turns validation issues (zod's, or any with the same shape) into one Danish or English message
// per field, prefixed with the field's label so the error summary reads on its own.
import type { FieldErrors } from './form-fields.tsx';
import type { Messages } from './i18n/messages.ts';

/** The part of a zod issue the messages depend on. */
export interface FormIssue {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  expected?: string;
  received?: string;
  input?: unknown;
  minimum?: number | bigint;
  message?: string;
}

function messageFor(issue: FormIssue, t: Messages): string {
  const e = t.errors;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && issue.received !== 'NaN' && issue.expected !== 'int') return e.required;
      return issue.expected === 'number' || issue.expected === 'int' ? e.notANumber : e.invalid;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? e.required : e.invalid;
      return e.tooSmall;
    case 'too_big':
      return issue.origin === 'string' ? e.tooLong : e.tooBig;
    case 'invalid_format':
      if (issue.format === 'email') return e.invalidEmail;
      if (issue.format === 'datetime' || issue.format === 'date') return e.invalidDate;
      return e.invalid;
    case 'invalid_value':
      return e.invalidChoice;
    case 'custom':
      // Custom checks carry the key of their message in t.errors (e.g. 'invalidDate').
      return (issue.message && issue.message in e && typeof e[issue.message as keyof typeof e] === 'string')
        ? e[issue.message as keyof typeof e] as string
        : issue.message && issue.message in t.admin && typeof t.admin[issue.message as keyof typeof t.admin] === 'string'
          ? t.admin[issue.message as keyof typeof t.admin] as string
          : e.invalid;
    default:
      return e.invalid;
  }
}

/**
 * One message per field: the first issue of a field wins. `labels` names the fields; an issue on a
 * field without a label is reported under its own path name.
 */
export function fieldErrorsFrom(issues: readonly FormIssue[], t: Messages, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '_form');
    if (errors[field]) continue;
    const label = labels[field];
    const message = messageFor(issue, t);
    errors[field] = label ? `${label}: ${message}` : message;
  }
  return errors;
}
