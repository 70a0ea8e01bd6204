// Form controls in the dkfds patterns, with server-side error messages attached to their fields
// (aria-describedby) and collected in an error summary at the top of the form.
import type { ComponentChildren } from 'preact';
import type { Messages } from './i18n/messages.ts';

export type FieldErrors = Record<string, string>;

export function ErrorSummary({ errors, t, general }: { errors: FieldErrors; t: Messages; general?: string[] }) {
  const entries = Object.entries(errors);
  if (entries.length === 0 && !general?.length) return null;
  return (
    <div class="alert alert-error" role="alert" aria-atomic="true" tabindex={-1} id="error-summary">
      <div class="alert-body">
        <p class="alert-heading">{t.errors.summaryHeading}</p>
        <ul class="alert-text nobullet-list">
          {(general ?? []).map((message) => <li>{message}</li>)}
          {entries.map(([field, message]) => <li><a class="function-link" href={`#${field}`}>{message}</a></li>)}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  value?: string | number | null | undefined;
  errors: FieldErrors;
  hint?: string;
  required?: boolean;
}

function FieldShell({ name, label, errors, hint, children }: FieldProps & { children: ComponentChildren }) {
  const error = errors[name];
  return (
    <div class={`form-group${error ? ' form-error' : ''}`}>
      <label class="form-label" for={name}>{label}</label>
      {hint ? <span class="form-hint" id={`${name}-hint`}>{hint}</span> : null}
      {error ? <span class="form-error-message" id={`${name}-error`}><span class="sr-only">Fejl: </span>{error}</span> : null}
      {children}
    </div>
  );
}

function describedBy(name: string, errors: FieldErrors, hint?: string): string | undefined {
  const ids = [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(props: FieldProps & { type?: 'text' | 'email' | 'number' | 'datetime-local' | 'password' | 'time' | 'tel'; autocomplete?: string; min?: number }) {
  const { name, value, errors, hint, type = 'text', required } = props;
  return (
    <FieldShell {...props}>
      <input class="form-input" id={name} name={name} type={type} value={value ?? ''} required={required}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint)}
        autocomplete={props.autocomplete} min={props.min} />
    </FieldShell>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { name, value, errors, hint } = props;
  return (
    <FieldShell {...props}>
      <textarea class="form-input" id={name} name={name} rows={props.rows ?? 4}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint)}>{value ?? ''}</textarea>
    </FieldShell>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  const { name, value, errors, hint, options } = props;
  return (
    <FieldShell {...props}>
      <select class="form-select" id={name} name={name}
        aria-invalid={errors[name] ? 'true' : undefined} aria-describedby={describedBy(name, errors, hint)}>
        {options.map((o) => <option value={o.value} selected={String(value ?? '') === o.value}>{o.label}</option>)}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ name, label, checked, hint }: { name: string; label: string; checked: boolean; hint?: string }) {
  // dkfds positions the drawn box against .form-group-checkbox; without it the box lands at the page's corner.
  return (
    <div class="form-group">
      <div class="form-group-checkbox">
        <input class="form-checkbox" type="checkbox" id={name} name={name} value="on" checked={checked} aria-describedby={hint ? `${name}-hint` : undefined} />
        <label for={name}>{label}</label>
        {hint ? <span class="form-hint" id={`${name}-hint`}>{hint}</span> : null}
      </div>
    </div>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}
