// The recruiter's page behind the organisation's personal link /r/{token}: the quota, the
// organisation's own people, a nomination form and the waiting list in its order. No account.
import type { Area } from '../../domain/area.ts';
import type { Invitation } from '../../domain/invitation.ts';
import type { Organisation } from '../../domain/organisation.ts';
import type { Summit } from '../../domain/summit.ts';
import { CsrfField, ErrorSummary, SelectField, TextField, type FieldErrors } from '../form-fields.tsx';
import { formatDate } from '../i18n/messages.ts';
import { Layout, type PageContext } from '../layout.tsx';
import { PrivacyNoticeLink } from './personal-data/privacy-notice-page.tsx';
import type { InterestRequest } from '../../domain/interest-request.ts';
import type { ReconfirmationOverview } from '../../use-cases/lifecycle/get-reconfirmation-overview.ts';
import { InterestRequestsSection, ReconfirmationSection } from './recruiter-lifecycle-sections.tsx';
import { ScrollTable } from '../scroll-table.tsx';

export interface RecruiterView {
  /** The page's own path (/r/{token}); forms post below it. */
  base: string;
  summit: Summit;
  organisation: Organisation;
  nominations: Invitation[];
  areas: Area[];
  interests?: InterestRequest[];
  reconfirmation?: ReconfirmationOverview;
}

export type RecruiterNotice =
  | { kind: 'invited'; name: string } | { kind: 'waitlisted'; name: string; position: number } | { kind: 'existing'; name: string }
  | { kind: 'reordered' } | { kind: 'interest_accepted' }
  /** After a confirmed step: how many people it mailed, and whether the organisation was told who got the seat. */
  | { kind: 'withdrawn' | 'interest_declined'; people?: number; organisation?: boolean };

export interface RecruiterFormState { values: Record<string, string>; errors: FieldErrors; general: string[] }

export function RecruiterPage({ ctx, view, notice, state }: { ctx: PageContext; view: RecruiterView; notice?: RecruiterNotice; state?: RecruiterFormState }) {
  const r = ctx.t.registration.recruiter;
  const f = ctx.t.registration.fields;
  const { summit, organisation, nominations, base } = view;
  const held = nominations.filter((n) => n.status === 'pending' || n.status === 'confirmed').length;
  const free = Math.max(0, organisation.quota - held);
  const waiting = nominations.filter((n) => n.status === 'waitlisted').sort((a, b) => a.waitlistPosition - b.waitlistPosition);
  const others = nominations.filter((n) => n.status !== 'waitlisted');
  const areaName = (id: string | null) => view.areas.find((a) => a.id === id)?.name ?? '';
  const errors = state?.errors ?? {};
  const noticeText = !notice ? null
    : notice.kind === 'invited' ? r.invited(notice.name)
    : notice.kind === 'waitlisted' ? r.waitlisted(notice.name, notice.position)
    : notice.kind === 'existing' ? r.existing(notice.name)
    : notice.kind === 'interest_accepted' ? ctx.t.lifecycle.recruiter.accepted
    : notice.kind === 'interest_declined' ? (notice.people === undefined ? ctx.t.lifecycle.recruiter.declined : ctx.t.confirmations.decline.done(notice.people))
    : notice.kind === 'withdrawn' ? (notice.people === undefined ? r.withdrawn : ctx.t.confirmations.withdraw.done(notice.people, notice.organisation ?? false))
    : r.reordered;
  return (
    <Layout ctx={ctx} title={r.title(organisation.name)} personal>
      <h1>{r.title(organisation.name)}</h1>
      <p>{r.intro(summit.title)}</p>
      <p class="samskab-status">{r.quota(organisation.quota, free)}</p>
      {noticeText ? (
        <div class={`alert ${notice!.kind === 'waitlisted' ? 'alert-warning' : 'alert-success'}`} role="status" tabindex={-1} data-notice id="recruiter-notice">
          <div class="alert-body"><p class="alert-text">{noticeText}</p></div>
        </div>
      ) : null}
      {free === 0 ? <div class="alert alert-info"><div class="alert-body"><p class="alert-text">{r.full}</p></div></div> : null}

      <h2>{r.nominateHeading}</h2>
      <PrivacyNoticeLink ctx={ctx} href={`${view.base}/privatliv`} hint />
      {state ? <ErrorSummary errors={errors} t={ctx.t} general={state.general} /> : null}
      <form method="post" action={`${base}/nominations`} novalidate>
        <CsrfField token={ctx.csrfToken} />
        <div class="samskab-grid-form">
          <TextField name="name" label={f.name} value={state?.values.name} errors={errors} required autocomplete="off" />
          <TextField name="email" label={f.email} type="email" value={state?.values.email} errors={errors} required autocomplete="off" />
          <TextField name="phone" label={f.phone} type="tel" value={state?.values.phone} errors={errors} autocomplete="off" />
          {view.areas.length ? (
            <SelectField name="areaId" label={f.area} value={state?.values.areaId ?? organisation.areaId ?? ''} errors={errors}
              options={[{ value: '', label: r.noArea }, ...view.areas.map((a) => ({ value: a.id, label: a.name }))]} />
          ) : null}
        </div>
        <button type="submit" class="button button-primary">{r.nominate}</button>
      </form>

      <h2>{r.listHeading}</h2>
      {others.length === 0 ? <p>{r.none}</p> : (
        <ScrollTable label={r.listHeading}><table class="table table--zebra">
            <caption class="sr-only">{r.listHeading}</caption>
            <thead><tr><th scope="col">{f.name}</th><th scope="col">{f.email}</th><th scope="col">{f.area}</th><th scope="col">{f.status}</th><th scope="col">{r.deadline}</th><th scope="col"><span class="sr-only">{r.withdraw}</span></th></tr></thead>
            <tbody>
              {others.map((n) => (
                <tr>
                  <td>{n.name}</td><td>{n.email}</td><td>{areaName(n.areaId)}</td>
                  <td>{ctx.t.registration.statuses[n.status]}</td>
                  <td>{n.status === 'pending' && n.answerDeadline ? formatDate(ctx.lang, n.answerDeadline) : ''}</td>
                  <td>{n.status === 'pending' || n.status === 'confirmed' ? <WithdrawButton ctx={ctx} action={`${base}/nominations/${n.id}/withdraw`} name={n.name} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table></ScrollTable>
      )}

      <h2>{r.waitlistHeading}</h2>
      <p>{r.waitlistIntro}</p>
      {waiting.length === 0 ? <p>{r.noneWaiting}</p> : (
        <ScrollTable label={r.waitlistHeading}><table class="table table--zebra">
            <caption class="sr-only">{r.waitlistHeading}</caption>
            <thead><tr><th scope="col">{r.position}</th><th scope="col">{f.name}</th><th scope="col">{f.email}</th><th scope="col"><span class="sr-only">{r.moveUp}</span></th></tr></thead>
            <tbody>
              {waiting.map((n, i) => (
                <tr>
                  <td class="samskab-number">{i + 1}</td><td>{n.name}</td><td>{n.email}</td>
                  <td>
                    <div class="samskab-actions">
                      {i > 0 ? <MoveButton ctx={ctx} action={`${base}/waitlist/${n.id}/up`} label={r.moveUp} name={n.name} /> : null}
                      {i < waiting.length - 1 ? <MoveButton ctx={ctx} action={`${base}/waitlist/${n.id}/down`} label={r.moveDown} name={n.name} /> : null}
                      <WithdrawButton ctx={ctx} action={`${base}/nominations/${n.id}/withdraw`} name={n.name} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table></ScrollTable>
      )}
      <p class="samskab-muted">{r.privacy}</p>
      {view.reconfirmation ? <ReconfirmationSection ctx={ctx} overview={view.reconfirmation} /> : null}
      {view.interests && organisation.kind === 'local_forum' ? <InterestRequestsSection ctx={ctx} base={base} requests={view.interests} /> : null}
    </Layout>
  );
}

function WithdrawButton({ ctx, action, name }: { ctx: PageContext; action: string; name: string }) {
  return (
    <form method="post" action={action}>
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="button button-secondary">{ctx.t.registration.recruiter.withdraw}<span class="sr-only"> {name}</span></button>
    </form>
  );
}

function MoveButton({ ctx, action, label, name }: { ctx: PageContext; action: string; label: string; name: string }) {
  return (
    <form method="post" action={action}>
      <CsrfField token={ctx.csrfToken} />
      <button type="submit" class="button button-tertiary">{label}<span class="sr-only"> {name}</span></button>
    </form>
  );
}
