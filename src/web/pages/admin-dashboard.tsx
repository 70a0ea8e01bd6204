// /admin/summits/:id/dashboard, the summit's front page for the coordinator: what to do next,
// fill state per group and area as bars (with the same numbers in tables), answers over time,
// deadlines ahead and who has not answered. Everything is drawn on the server; no script needed.
import type { FillRow, NextStep } from '../../domain/summit-dashboard.ts';
import type { SummitDashboard } from '../../use-cases/summit/get-summit-dashboard.ts';
import { DailyTotalsChart, FillBars, formatDay } from '../charts.tsx';
import { formatDateTime } from '../i18n/messages.ts';
import type { PageContext } from '../layout.tsx';
import { AdminPage } from './admin-shell.tsx';

function nextStepText(ctx: PageContext, step: NextStep): string {
  const n = ctx.t.dashboard.next;
  switch (step.kind) {
    case 'organisations_without_nominations': return n.organisations_without_nominations(step.organisationKind, step.count);
    case 'organisations_without_link': return n.organisations_without_link(step.count);
    case 'answers_due_soon': return n.answers_due_soon(step.count);
    case 'seats_free': return n.seats_free(step.count);
    default: return n[step.kind];
  }
}

function nextStepHref(base: string, step: NextStep): string {
  switch (step.kind) {
    case 'no_groups': return `${base}/groups`;
    case 'set_date': return base;
    case 'publish': return `${base}/lifecycle`;
    case 'answers_due_soon': return `${base}/participants?status=pending&sort=answered`;
    default: return `${base}/recruitment`;
  }
}

function NextSteps({ ctx, view }: { ctx: PageContext; view: SummitDashboard }) {
  const d = ctx.t.dashboard;
  const base = `/admin/summits/${view.summit.id}`;
  return (
    <section aria-labelledby="next-heading" class="samskab-dashboard-next">
      <h2 id="next-heading">{d.nextHeading}</h2>
      {view.nextSteps.length === 0 ? <p>{d.nothingNext}</p> : (
        <ul class="samskab-next-steps">
          {view.nextSteps.map((step) => (
            <li>{nextStepText(ctx, step)} <a href={nextStepHref(base, step)}>{d.nextLinks[step.kind]}</a></li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Legend({ ctx }: { ctx: PageContext }) {
  const l = ctx.t.dashboard.legend;
  return (
    <ul class="nobullet-list samskab-legend" aria-label={ctx.t.dashboard.legendLabel}>
      <li><span class="samskab-swatch samskab-swatch-confirmed" aria-hidden="true" />{l.confirmed}</li>
      <li><span class="samskab-swatch samskab-swatch-invited" aria-hidden="true" />{l.invited}</li>
      <li><span class="samskab-swatch samskab-swatch-waitlisted" aria-hidden="true" />{l.waitlisted}</li>
      <li><span class="samskab-swatch samskab-swatch-quota" aria-hidden="true" />{l.quota}</li>
    </ul>
  );
}

/** The bars of groups or areas and, under them, the same numbers as a table. */
function FillSection({ ctx, id, heading, chartTitle, rows, empty, hint }: {
  ctx: PageContext; id: string; heading: string; chartTitle: string; rows: FillRow[]; empty: string; hint?: string;
}) {
  const d = ctx.t.dashboard;
  const c = d.columns;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {hint ? <p class="samskab-muted">{hint}</p> : null}
      {rows.length === 0 ? <p>{empty}</p> : (
        <>
          <FillBars id={`${id}-chart`} title={chartTitle} description={d.chartDescription(rows)}
            rows={rows.map((r) => ({ label: r.name, quota: r.quota, confirmed: r.confirmed, invited: r.invited, waitlisted: r.waitlisted }))} />
          <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={d.fillCaption(heading)}>
          <table class="table table--compact table--zebra samskab-fill-table">
            <caption>{d.fillCaption(heading)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.name}</th><th scope="col" class="samskab-number">{c.quota}</th><th scope="col" class="samskab-number">{c.confirmed}</th>
                <th scope="col" class="samskab-number">{c.invited}</th><th scope="col" class="samskab-number">{c.waitlisted}</th>
                <th scope="col" class="samskab-number">{c.declined}</th><th scope="col" class="samskab-number">{c.free}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row" data-title={c.name}>{r.name}</th>
                  <td class="samskab-number" data-title={c.quota}>{r.quota}</td>
                  <td class="samskab-number" data-title={c.confirmed}>{r.confirmed}</td>
                  <td class="samskab-number" data-title={c.invited}>{r.invited}</td>
                  <td class="samskab-number" data-title={c.waitlisted}>{r.waitlisted}</td>
                  <td class="samskab-number" data-title={c.declined}>{r.declined}</td>
                  <td class="samskab-number" data-title={c.free}>{Math.max(0, r.quota - r.confirmed - r.invited)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </>
      )}
    </section>
  );
}

function Answers({ ctx, view }: { ctx: PageContext; view: SummitDashboard }) {
  const d = ctx.t.dashboard;
  const c = d.answersColumns;
  const days = view.answers.map((a) => a.day);
  const yes = view.answers.reduce((sum, a) => sum + a.confirmed, 0);
  const no = view.answers.reduce((sum, a) => sum + a.declined, 0);
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">{d.answersHeading}</h2>
      {view.answers.length === 0 ? <p>{d.noAnswers}</p> : (
        <>
          <ul class="nobullet-list samskab-legend" aria-label={d.legendLabel}>
            <li><span class="samskab-swatch samskab-swatch-confirmed" aria-hidden="true" />{d.answersLegend.confirmed}</li>
            <li><span class="samskab-swatch samskab-swatch-declined" aria-hidden="true" />{d.answersLegend.declined}</li>
          </ul>
          <DailyTotalsChart id="answers-chart" title={d.answersChart} description={d.answersDescription(yes, no, days.length)} lang={ctx.lang} days={days}
            series={[{ className: 'samskab-chart-line-confirmed', counts: view.answers.map((a) => a.confirmed) }, { className: 'samskab-chart-line-declined', counts: view.answers.map((a) => a.declined) }]} />
          <table class="table table--compact table--zebra">
            <caption>{d.answersCaption}</caption>
            <thead><tr><th scope="col">{c.day}</th><th scope="col" class="samskab-number">{c.confirmed}</th><th scope="col" class="samskab-number">{c.declined}</th><th scope="col" class="samskab-number">{c.total}</th></tr></thead>
            <tbody>
              {view.answers.map((a) => (
                <tr><th scope="row">{formatDay(ctx.lang, a.day)}</th><td class="samskab-number">{a.confirmed}</td><td class="samskab-number">{a.declined}</td><td class="samskab-number">{a.total}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Deadlines({ ctx, view }: { ctx: PageContext; view: SummitDashboard }) {
  const d = ctx.t.dashboard;
  return (
    <section aria-labelledby="deadlines-heading">
      <h2 id="deadlines-heading">{d.deadlinesHeading}</h2>
      {view.deadlines.length === 0 ? <p>{d.noDeadlines}</p> : (
        <ul class="samskab-deadlines">
          {view.deadlines.map((deadline) => (
            <li><strong>{formatDateTime(ctx.lang, deadline.at)}</strong>: {d.deadline[deadline.kind](deadline.count)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Unanswered({ ctx, view }: { ctx: PageContext; view: SummitDashboard }) {
  const d = ctx.t.dashboard;
  const c = d.unansweredColumns;
  const base = `/admin/summits/${view.summit.id}/participants`;
  return (
    <section aria-labelledby="unanswered-heading">
      <h2 id="unanswered-heading">{d.unansweredHeading}</h2>
      {view.unansweredCount === 0 ? <p>{d.unansweredNone}</p> : (
        <>
          <p>{d.unansweredCount(view.unanswered.length, view.unansweredCount)}</p>
          <table class="table table--compact table--zebra table--responsive-headers">
            <caption class="sr-only">{d.unansweredCaption}</caption>
            <thead><tr><th scope="col">{c.name}</th><th scope="col">{c.group}</th><th scope="col">{c.organisation}</th><th scope="col">{c.deadline}</th></tr></thead>
            <tbody>
              {view.unanswered.map((u) => (
                <tr>
                  <th scope="row" data-title={c.name}><a href={`${base}/${u.id}`}>{u.name}</a></th>
                  <td data-title={c.group}>{u.groupName}</td>
                  <td data-title={c.organisation}>{u.organisationName ?? ctx.t.admin.none}</td>
                  <td data-title={c.deadline}>{u.answerDeadline ? formatDateTime(ctx.lang, u.answerDeadline) : d.noDeadline}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p><a href={`${base}?status=pending`}>{d.unansweredAll}</a></p>
        </>
      )}
    </section>
  );
}

export function AdminDashboardPage({ ctx, view }: { ctx: PageContext; view: SummitDashboard }) {
  const d = ctx.t.dashboard;
  const { total } = view;
  return (
    <AdminPage ctx={ctx} title={d.title(view.summit.title)} heading={view.summit.title} summit={view.summit} section="dashboard">
      <NextSteps ctx={ctx} view={view} />
      <section aria-labelledby="total-heading">
        <h2 id="total-heading">{d.totalHeading}</h2>
        <p>{d.totalSummary(total.confirmed, total.invited, total.waitlisted, total.quota)}</p>
        <Legend ctx={ctx} />
      </section>
      <FillSection ctx={ctx} id="groups" heading={d.groupsHeading} chartTitle={d.groupsChart} rows={view.groups} empty={d.noGroups} />
      <FillSection ctx={ctx} id="areas" heading={d.areasHeading} chartTitle={d.areasChart} rows={view.areas} empty={d.noAreas} hint={d.areasHint} />
      <Answers ctx={ctx} view={view} />
      <Deadlines ctx={ctx} view={view} />
      <Unanswered ctx={ctx} view={view} />
    </AdminPage>
  );
}
