// What every coordinator page shares: the frame with the summit's sub-navigation, the success
// notice after a saved form, and the state of a form that came back with errors.
import type { ComponentChildren } from 'preact';
import type { Summit } from '../../domain/summit.ts';
import { ErrorSummary, type FieldErrors } from '../form-fields.tsx';
import { Layout, type PageContext } from '../layout.tsx';

/** A submitted form that failed: which form, what was typed, and what is wrong. */
export interface FormState {
  form: string;
  values: Record<string, string>;
  errors: FieldErrors;
  general: string[];
}

/** The typed value when `form` came back with errors, else the stored value. */
export function valueOf(state: FormState | undefined, form: string, field: string, stored: string | number | null | undefined): string {
  if (state && state.form === form) return state.values[field] ?? '';
  return stored === null || stored === undefined ? '' : String(stored);
}

export function errorsOf(state: FormState | undefined, form: string): FieldErrors {
  return state && state.form === form ? state.errors : {};
}

export type SummitSection = 'dashboard' | 'overview' | 'groups' | 'areas' | 'organisations' | 'programme' | 'lifecycle' | 'messages' | 'day' | 'participants' | 'survey' | 'notes' | 'report';

export function SummitNav({ ctx, summit, current }: { ctx: PageContext; summit: Summit; current?: SummitSection }) {
  const n = ctx.t.admin.nav;
  const base = `/admin/summits/${summit.id}`;
  const links: [SummitSection, string, string][] = [
    ['dashboard', `${base}/dashboard`, ctx.t.dashboard.nav], ['overview', base, n.overview], ['groups', `${base}/groups`, n.groups], ['areas', `${base}/areas`, n.areas],
    ['organisations', `${base}/organisations`, n.organisations], ['programme', `${base}/programme`, n.programme],
  ];
  return (
    <nav aria-label={n.label} class="samskab-subnav">
      <ul class="nobullet-list samskab-actions">
        {links.map(([key, href, label]) => (
          <li><a href={href} aria-current={key === current ? 'page' : undefined}>{label}</a></li>
        ))}
        <li><a href={`${base}/recruitment`}>{n.recruitment}</a></li>
        <li><a href={`${base}/participants`} aria-current={current === 'participants' ? 'page' : undefined}>{ctx.t.participants.nav}</a></li>
        <li><a href={`${base}/seating`}>{ctx.t.seating.navLink}</a></li>
        <li><a href={`${base}/print`}>{ctx.t.print.nav}</a></li>
        <li><a href={`${base}/lifecycle`} aria-current={current === 'lifecycle' ? 'page' : undefined}>{ctx.t.lifecycle.nav}</a></li>
        <li><a href={`${base}/messages`} aria-current={current === 'messages' ? 'page' : undefined}>{ctx.t.lifecycle.messagesNav}</a></li>
        {summit.status === 'draft' ? null : <li><a href={`${base}/day`} aria-current={current === 'day' ? 'page' : undefined}>{ctx.t.checkIn.day.nav}</a></li>}
        {summit.status === 'draft' ? null : <li><a href={`${base}/survey`} aria-current={current === 'survey' ? 'page' : undefined}>{ctx.t.afterSummit.survey.nav}</a></li>}
        {summit.status === 'draft' ? null : <li><a href={`${base}/notes`} aria-current={current === 'notes' ? 'page' : undefined}>{ctx.t.afterSummit.notes.nav}</a></li>}
        {summit.status === 'draft' ? null : <li><a href={`${base}/report`} aria-current={current === 'report' ? 'page' : undefined}>{ctx.t.afterSummit.report.nav}</a></li>}
        {/* A draft has no public page yet. */}
        {summit.status === 'draft' ? null : <li><a href={`/topmoede/${summit.slug}`}>{n.publicPage}</a></li>}
      </ul>
    </nav>
  );
}

export function SavedNotice({ ctx, saved }: { ctx: PageContext; saved: boolean }) {
  if (!saved) return null;
  return (
    <div class="alert alert-success" role="status" tabindex={-1} data-notice id="saved-notice">
      <div class="alert-body"><p class="alert-text">{ctx.t.admin.saved}</p></div>
    </div>
  );
}

export function AdminPage({ ctx, title, heading, summit, section, saved, state, children }: {
  ctx: PageContext; title: string; heading?: string; summit?: Summit; section?: SummitSection; saved?: boolean; state?: FormState; children: ComponentChildren;
}) {
  return (
    <Layout ctx={ctx} title={title}>
      {summit ? <p class="samskab-muted"><a href="/admin">{ctx.t.admin.nav.allSummits}</a> · {summit.title}</p> : null}
      <h1>{heading ?? title}</h1>
      {summit ? <SummitNav ctx={ctx} summit={summit} current={section} /> : null}
      <SavedNotice ctx={ctx} saved={saved ?? false} />
      {state ? <ErrorSummary errors={state.errors} t={ctx.t} general={state.general} /> : null}
      {children}
    </Layout>
  );
}

/** A delete button in its own small form, with its object named for screen readers. */
export function DeleteButton({ ctx, action, what }: { ctx: PageContext; action: string; what: string }) {
  return (
    <form method="post" action={action} data-confirm={ctx.t.admin.confirmDelete}>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <button type="submit" class="button button-secondary">{ctx.t.admin.delete}<span class="sr-only"> {what}</span></button>
    </form>
  );
}
