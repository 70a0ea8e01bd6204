// /admin/summits/:id/day ("Dagen"): the coordinator's view of the summit day. Arrivals over time
// and by stakeholder group (SVG charts with the same numbers in tables), who is missing by group
// and organisation, the helpers' check-in links, how far the rounds have come, "Planlæg efter
// fremmøde" and a message to the missing. Both actions that change much are asked about first, on
// a page of their own that says how many people they touch, and answered with what happened.
import type { OutdatedBadge } from '../../../domain/badge.ts';
import type { SummitDay } from '../../../use-cases/check-in/get-summit-day.ts';
import { countsPerSlot, formatClock, PartOfWholeBars, RunningTotalChart } from '../../charts.tsx';
import { CsrfField, TextArea, TextField } from '../../form-fields.tsx';
import { formatDateTime } from '../../i18n/messages.ts';
import type { PageContext } from '../../layout.tsx';
import { AdminPage, errorsOf, valueOf, type FormState } from '../admin-shell.tsx';

/** What the page says after an action: one notice at the top. */
export type DayNotice =
  | { kind: 'planned'; absent: number; fromRound: number }
  | { kind: 'messaged'; sent: number }
  | { kind: 'rounds'; started: number }
  | { kind: 'link-created'; url: string }
  | { kind: 'link-revoked' };

export interface DayPageProps {
  ctx: PageContext;
  day: SummitDay;
  /** Badges printed before the plan changed: they show the wrong tables. */
  outdated: OutdatedBadge[];
  notice?: DayNotice | undefined;
  error?: string | undefined;
  state?: FormState | undefined;
}

const dayUrl = (summitId: string) => `/admin/summits/${summitId}/day`;

function Notice({ ctx, notice }: { ctx: PageContext; notice: DayNotice }) {
  const d = ctx.t.checkIn.day;
  const text = notice.kind === 'planned' ? d.planDone(notice.absent, notice.fromRound)
    : notice.kind === 'messaged' ? d.messageSent(notice.sent)
      : notice.kind === 'rounds' ? d.roundsSaved(notice.started)
        : notice.kind === 'link-revoked' ? d.linkRevoked : d.linkCreated;
  return (
    <div class="alert alert-success" role="status" tabindex={-1} id="day-notice" data-notice>
      <div class="alert-body">
        <p class="alert-text">{text}</p>
        {notice.kind === 'link-created' ? (
          <p class="alert-text"><code class="samskab-token" id="new-link">{notice.url}</code>{' '}
            <button type="button" class="button button-secondary" data-copy="new-link" hidden>{d.linkCopy}</button></p>
        ) : null}
      </div>
    </div>
  );
}

function Arrivals({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  const { arrivals, overview } = day;
  if (arrivals.length === 0) return <p>{d.noArrivals}</p>;
  const slots = countsPerSlot(arrivals, 15);
  const clock = (at: Date | string) => formatClock(ctx.lang, at);
  return (
    <>
      <RunningTotalChart id="arrivals-chart" lang={ctx.lang} times={arrivals} expected={overview.expected} title={d.arrivalsTitle}
        description={d.arrivalsDescription(arrivals.length, overview.expected, clock(arrivals[0]!), clock(arrivals[arrivals.length - 1]!))} />
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">{d.arrivalsTitle}</caption>
          <thead><tr><th scope="col">{d.slot}</th><th scope="col" class="samskab-number">{d.arrived}</th><th scope="col" class="samskab-number">{d.runningTotal}</th></tr></thead>
          <tbody>
            {slots.map((s) => (
              <tr><td>{d.slotRange(clock(s.from), clock(s.to))}</td><td class="samskab-number">{s.count}</td><td class="samskab-number">{s.total}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ByGroup({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  const rows = day.overview.byGroup.filter((g) => g.expected > 0 || g.checkedIn > 0);
  return (
    <section aria-labelledby="by-group-heading">
      <h2 id="by-group-heading">{d.byGroupHeading}</h2>
      <PartOfWholeBars id="by-group-chart" title={d.byGroupTitle} description={d.byGroupDescription(rows)}
        rows={rows.map((g) => ({ label: g.name, value: g.checkedIn, of: g.expected }))} />
      <div class="table--responsive-scroll">
        <table class="table table--compact">
          <caption class="sr-only">{d.byGroupTitle}</caption>
          <thead><tr><th scope="col">{d.group}</th><th scope="col" class="samskab-number">{d.checkedIn}</th><th scope="col" class="samskab-number">{d.expected}</th></tr></thead>
          <tbody>
            {rows.map((g) => <tr><td>{g.name}</td><td class="samskab-number">{g.checkedIn}</td><td class="samskab-number">{g.expected}</td></tr>)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Missing({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  return (
    <section aria-labelledby="missing-heading">
      <h2 id="missing-heading">{d.missingHeading}</h2>
      {day.missing.length === 0 ? <p>{d.missingNone}</p> : (
        <ul class="nobullet-list">
          {day.missing.map((group) => (
            <li>
              <details class="samskab-missing-group">
                <summary>{d.missingGroup(group.name, group.count)}</summary>
                {group.organisations.map((o) => (
                  <>
                    <h3 class="h5">{o.name || d.noOrganisation}</h3>
                    <ul>{o.people.map((p) => <li>{p.name}</li>)}</ul>
                  </>
                ))}
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function MessageForm({ ctx, day, state }: { ctx: PageContext; day: SummitDay; state?: FormState | undefined }) {
  const d = ctx.t.checkIn.day;
  const missing = day.missing.reduce((n, g) => n + g.count, 0);
  if (missing === 0) return null;
  const errors = errorsOf(state, 'message');
  return (
    <section aria-labelledby="message-heading">
      <h2 id="message-heading">{d.messageHeading}</h2>
      <p>{d.messageIntro(day.missingReachable, missing)}</p>
      {day.missingReachable === 0 ? <p>{d.messageNobody}</p> : (
        <form method="post" action={`${dayUrl(day.summit.id)}/message`} novalidate>
          <CsrfField token={ctx.csrfToken} />
          <TextField name="subject" label={d.subject} value={valueOf(state, 'message', 'subject', d.subjectDefault(day.summit.title))} errors={errors} />
          <TextArea name="body" label={d.body} value={valueOf(state, 'message', 'body', d.bodyDefault)} errors={errors} />
          <button type="submit" class="button button-secondary">{d.messageReview}</button>
        </form>
      )}
    </section>
  );
}

function PlanByAttendance({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  const base = dayUrl(day.summit.id);
  const seating = `/admin/summits/${day.summit.id}/seating`;
  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{d.planHeading}</h2>
      <p>{d.planIntro}</p>
      {day.latest ? (
        <div class="alert alert-info"><div class="alert-body">
          <p class="alert-text">{d.latest(day.latest.version)} <a href={`${seating}/plans/${day.latest.id}`}>{d.latestLink}</a></p>
        </div></div>
      ) : null}
      {!day.published ? <p>{d.planNone}</p> : day.roundsStarted >= day.rounds ? <p>{d.planAllStarted}</p> : (
        <form method="post" action={`${base}/plan-by-attendance`}>
          <CsrfField token={ctx.csrfToken} />
          <p>{d.planWill(day.overview.expected - day.overview.checkedIn, day.roundsStarted + 1, day.rounds)}</p>
          <button type="submit" class="button button-primary">{d.planButton}</button>
        </form>
      )}
      {day.published ? (
        <>
          <h3 id="rounds-heading">{d.roundsHeading}</h3>
          <p>{d.roundsStarted(day.roundsStarted, day.rounds)}</p>
          <div class="samskab-actions" role="group" aria-labelledby="rounds-heading">
            {day.roundsStarted < day.rounds ? (
              <form method="post" action={`${base}/rounds-started`}>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="roundsStarted" value={String(day.roundsStarted + 1)} />
                <button type="submit" class="button button-secondary">{d.startRound(day.roundsStarted + 1)}</button>
              </form>
            ) : null}
            {day.roundsStarted > 0 ? (
              <form method="post" action={`${base}/rounds-started`}>
                <CsrfField token={ctx.csrfToken} />
                <input type="hidden" name="roundsStarted" value="0" />
                <button type="submit" class="button button-tertiary">{d.roundsReset}</button>
              </form>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

function Links({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  const base = dayUrl(day.summit.id);
  return (
    <section aria-labelledby="links-heading">
      <h2 id="links-heading">{d.linksHeading}</h2>
      <p>{d.linksIntro}</p>
      <form method="post" action={`${base}/links`} class="samskab-grid-form">
        <CsrfField token={ctx.csrfToken} />
        <TextField name="label" label={d.linkLabel} errors={{}} />
        <div class="form-group"><button type="submit" class="button button-secondary">{d.linkCreate}</button></div>
      </form>
      {day.links.length === 0 ? <p>{d.noLinks}</p> : (
        <ul class="nobullet-list">
          {day.links.map((link) => (
            <li class="samskab-actions">
              <span>{d.linkCreatedAt(link.label, formatDateTime(ctx.lang, link.createdAt), formatDateTime(ctx.lang, link.expiresAt))}</span>
              <form method="post" action={`${base}/links/${link.id}/revoke`}>
                <CsrfField token={ctx.csrfToken} />
                <button type="submit" class="button button-tertiary">{d.linkRevoke}<span class="sr-only">: {link.label}</span></button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function OutdatedBadges({ ctx, day, outdated }: { ctx: PageContext; day: SummitDay; outdated: OutdatedBadge[] }) {
  const p = ctx.t.print.admin;
  if (outdated.length === 0) return null;
  const print = `/admin/summits/${day.summit.id}/print`;
  return (
    <div class="alert alert-warning" role="region" aria-labelledby="outdated-heading">
      <div class="alert-body">
        <h2 class="alert-heading h3" id="outdated-heading">{p.outdated} ({outdated.length})</h2>
        <p class="alert-text">{p.outdatedIntro}</p>
        <ul class="alert-text">{outdated.map((b) => <li>{b.name}</li>)}</ul>
        <p class="alert-text"><a href={`${print}/badges.pdf?outdated=true`}>{p.reprintOutdated}</a></p>
      </div>
    </div>
  );
}

export function AdminSummitDayPage({ ctx, day, outdated, notice, error, state }: DayPageProps) {
  const d = ctx.t.checkIn.day;
  const general = error ? [ctx.t.errors.codes[error] ?? ctx.t.errors.codes.validation_failed] : [];
  const { overview } = day;
  return (
    <AdminPage ctx={ctx} title={d.title} summit={day.summit} section="day" state={state ?? (general.length ? { form: '', values: {}, errors: {}, general } : undefined)}>
      {notice ? <Notice ctx={ctx} notice={notice} /> : null}
      <p>{d.intro}</p>
      <OutdatedBadges ctx={ctx} day={day} outdated={outdated} />
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">{d.countsHeading}</h2>
        <p class="h3">{d.total(overview.checkedIn, overview.expected)}</p>
        {overview.withoutSeat > 0 ? <p>{d.withoutSeat(overview.withoutSeat)}</p> : null}
        <h3>{d.arrivalsHeading}</h3>
        <Arrivals ctx={ctx} day={day} />
      </section>
      <ByGroup ctx={ctx} day={day} />
      <Missing ctx={ctx} day={day} />
      <PlanByAttendance ctx={ctx} day={day} />
      <MessageForm ctx={ctx} day={day} state={state} />
      <Links ctx={ctx} day={day} />
    </AdminPage>
  );
}

/** The question before "Planlæg efter fremmøde": how many become no-shows, which rounds change. */
export function PlanByAttendanceConfirmPage({ ctx, day }: { ctx: PageContext; day: SummitDay }) {
  const d = ctx.t.checkIn.day;
  const base = dayUrl(day.summit.id);
  return (
    <AdminPage ctx={ctx} title={d.planConfirmHeading} summit={day.summit} section="day">
      <p>{d.planWill(day.overview.expected - day.overview.checkedIn, day.roundsStarted + 1, day.rounds)}</p>
      <p>{d.planIntro}</p>
      <form method="post" action={`${base}/plan-by-attendance`} class="samskab-actions">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" class="button button-primary">{d.planConfirmButton}</button>
        <a href={base} class="button button-secondary">{d.cancel}</a>
      </form>
    </AdminPage>
  );
}

/** The question before the message to the missing: how many get it, and the text itself. */
export function MessageMissingConfirmPage({ ctx, day, subject, body }: { ctx: PageContext; day: SummitDay; subject: string; body: string }) {
  const d = ctx.t.checkIn.day;
  const base = dayUrl(day.summit.id);
  return (
    <AdminPage ctx={ctx} title={d.messageConfirmHeading} summit={day.summit} section="day">
      <p>{day.missingReachable === 0 ? d.messageNobody : d.messageConfirm(day.missingReachable)}</p>
      <h2 class="h4">{subject}</h2>
      <pre class="samskab-preview">{body}</pre>
      <form method="post" action={`${base}/message`} class="samskab-actions">
        <CsrfField token={ctx.csrfToken} />
        <input type="hidden" name="subject" value={subject} />
        <input type="hidden" name="body" value={body} />
        <input type="hidden" name="confirmed" value="yes" />
        {day.missingReachable > 0 ? <button type="submit" class="button button-primary">{d.messageSend(day.missingReachable)}</button> : null}
        <a href={base} class="button button-secondary">{d.cancel}</a>
      </form>
    </AdminPage>
  );
}
