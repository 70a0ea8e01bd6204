// What every coordinator page shares: the frame with the summit's sub-navigation, the success
// notice after a saved form, and the state of a form that came back with errors.
import type { ComponentChildren } from 'preact';
import type { Summit } from '../../domain/summit.ts';
import { ErrorSummary, type FieldErrors } from '../form-fields.tsx';
import { formatDateTime } from '../i18n/messages.ts';
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

export type SummitSection =
  | 'dashboard' | 'overview' | 'groups' | 'areas' | 'organisations' | 'programme' | 'recruitment' | 'participants' | 'seating' | 'print'
  | 'lifecycle' | 'messages' | 'personalData' | 'consents' | 'day' | 'survey' | 'notes' | 'report';

/** The summit's sections as dkfds side navigation, the current one marked. */
export function SummitNav({ ctx, summit, current }: { ctx: PageContext; summit: Summit; current?: SummitSection | undefined }) {
  const n = ctx.t.admin.nav;
  const base = `/admin/summits/${summit.id}`;
  // A draft has not happened and has no public page yet: no day, survey, notes, report or public page.
  const held = summit.status !== 'draft';
  const links: [SummitSection | 'public', string, string][] = [
    ['dashboard', `${base}/dashboard`, ctx.t.dashboard.nav], ['overview', base, n.overview], ['groups', `${base}/groups`, n.groups],
    ['areas', `${base}/areas`, n.areas], ['organisations', `${base}/organisations`, n.organisations], ['programme', `${base}/programme`, n.programme],
    ['recruitment', `${base}/recruitment`, n.recruitment], ['participants', `${base}/participants`, ctx.t.participants.nav],
    ['seating', `${base}/seating`, ctx.t.seating.navLink], ['print', `${base}/print`, ctx.t.print.nav],
    ['lifecycle', `${base}/lifecycle`, ctx.t.lifecycle.nav], ['messages', `${base}/messages`, ctx.t.lifecycle.messagesNav],
    ['personalData', `${base}/personal-data`, ctx.t.retention.nav], ['consents', `${base}/consents`, ctx.t.consent.admin.nav],
    ...(held ? [
      ['day', `${base}/day`, ctx.t.checkIn.day.nav], ['survey', `${base}/survey`, ctx.t.afterSummit.survey.nav],
      ['notes', `${base}/notes`, ctx.t.afterSummit.notes.nav], ['report', `${base}/report`, ctx.t.afterSummit.report.nav], ['public', `/topmoede/${summit.slug}`, n.publicPage],
    ] as [SummitSection | 'public', string, string][] : []),
  ];
  return (
    <nav aria-label={n.label} class="samskab-subnav">
      <ul class="sidemenu">
        {links.map(([key, href, label]) => (
          <li class={key === current ? 'active current' : undefined}>
            <a href={href} class="nav-link" aria-current={key === current ? 'page' : undefined}><span>{label}</span></a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * On the summit's pages when its personal data is deleted within 14 days (see the page context):
 * when, and the way to the page where the coordinator can take an archive copy or postpone.
 */
export function RetentionNotice({ ctx, summit, section }: { ctx: PageContext; summit: Summit; section: SummitSection | undefined }) {
  const due = ctx.retentionDue;
  if (!due || due.summitId !== summit.id) return null;
  const r = ctx.t.retention.banner;
  return (
    <div class="alert alert-warning" role="region" aria-labelledby="retention-notice-heading" id="retention-notice">
      <div class="alert-body">
        <p class="alert-heading" id="retention-notice-heading">{r.heading}</p>
        <p class="alert-text">{r.text(formatDateTime(ctx.lang, due.dueAt))}</p>
        {section === 'personalData' ? null : <p class="alert-text"><a href={`/admin/summits/${summit.id}/personal-data`}>{r.link}</a></p>}
      </div>
    </div>
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
      {summit
        ? (
          <div class="row samskab-summit-frame">
            <div class="col-12 col-lg-3"><SummitNav ctx={ctx} summit={summit} current={section} /></div>
            <div class="col-12 col-lg-9 samskab-summit-content">
              <RetentionNotice ctx={ctx} summit={summit} section={section} />
              <SavedNotice ctx={ctx} saved={saved ?? false} />
              {state ? <ErrorSummary errors={state.errors} t={ctx.t} general={state.general} /> : null}
              {children}
            </div>
          </div>
        )
        : (
          <>
            <SavedNotice ctx={ctx} saved={saved ?? false} />
            {state ? <ErrorSummary errors={state.errors} t={ctx.t} general={state.general} /> : null}
            {children}
          </>
        )}
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
