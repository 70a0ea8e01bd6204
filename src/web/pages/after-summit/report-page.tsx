// /admin/summits/:id/report ("Rapport"): the summit report as a page, with the PDF for the
// council's agenda. Every chart is server-rendered SVG with its numbers in a table beside it.
import type { AttendanceRow, SummitReport } from '../../../use-cases/report/get-summit-report.ts';
import { CountBars, PartOfWholeBars, sharePercent } from '../../charts.tsx';
import type { PageContext } from '../../layout.tsx';
import { measureSentences } from '../admin-seating-plan.tsx';
import { AdminPage } from '../admin-shell.tsx';
import { attendanceName, feedbackCharts, formatMean } from './report-document.ts';

export const reportUrl = (summitId: string) => `/admin/summits/${summitId}/report`;

function Attendance({ ctx, id, heading, column, rows }: { ctx: PageContext; id: string; heading: string; column: string; rows: AttendanceRow[] }) {
  const r = ctx.t.afterSummit.report;
  return (
    <div>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <PartOfWholeBars id={`${id}-chart`} title={heading} rows={rows.map((row) => ({ label: attendanceName(ctx, row), value: row.present, of: row.quota }))}
        description={r.chartDescription(heading, rows.map((row) => r.part(attendanceName(ctx, row), row.present, row.quota)).join(', '))} />
      {/* Four columns can be wider than a phone: the scrolling box takes the focus, so a keyboard scrolls it too. */}
      <div class="table--responsive-scroll" tabindex={0} role="region" aria-label={heading}>
        <table class="table table--compact">
          <caption class="sr-only">{heading}</caption>
          <thead><tr><th scope="col">{column}</th><th scope="col" class="samskab-number">{r.present}</th><th scope="col" class="samskab-number">{r.quota}</th><th scope="col" class="samskab-number">{r.share}</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr><td>{attendanceName(ctx, row)}</td><td class="samskab-number">{row.present}</td><td class="samskab-number">{row.quota > 0 ? row.quota : '–'}</td><td class="samskab-number">{row.quota > 0 ? `${sharePercent(row.present, row.quota)} %` : '–'}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function ReportPage({ ctx, report }: { ctx: PageContext; report: SummitReport }) {
  const r = ctx.t.afterSummit.report;
  const base = reportUrl(report.summit.id);
  const { attendance } = report;
  return (
    <AdminPage ctx={ctx} title={r.title} summit={report.summit} section="report">
      <p>{r.intro}</p>
      <ul>
        <li><a href={`${base}.pdf`}>{r.pdf}</a></li>
        <li><a href={`${base}.docx`}>{r.docx}</a></li>
      </ul>
      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{r.attendanceHeading}</h2>
        <p id="attendance-basis">{attendance.basis === 'checked_in' ? r.basisCheckedIn : r.basisConfirmed}</p>
        <p id="attendance-total">{r.total(attendance.present, attendance.capacity)}</p>
        <Attendance ctx={ctx} id="by-group" heading={r.byGroupHeading} column={r.group} rows={attendance.byGroup} />
        {attendance.byArea.length ? <Attendance ctx={ctx} id="by-area" heading={r.byAreaHeading} column={r.area} rows={attendance.byArea} /> : null}
      </section>
      <section aria-labelledby="mixing-heading">
        <h2 id="mixing-heading">{r.mixingHeading}</h2>
        {report.mixing ? (
          <>
            <p>{r.mixingIntro(report.mixing.plan.rounds.length, report.mixing.plan.settings.tables.length)}</p>
            <ul>{measureSentences(ctx, report.mixing.score, report.mixing.plan).map((s) => <li>{s}</li>)}</ul>
          </>
        ) : <p>{r.noPlan}</p>}
      </section>
      <section aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">{r.feedbackHeading}</h2>
        {!report.survey ? <p>{r.noSurvey}</p> : (
          <>
            <p id="feedback-counts">{r.feedbackCounts(report.survey.responses, report.survey.invited)}</p>
            {feedbackCharts(report).map(({ question, result, rows, total }) => (
              <div class="samskab-survey-question">
                <h3 id={`feedback-${question.id}-heading`}>{question.text}</h3>
                {result.mean !== undefined ? <p>{r.mean(formatMean(ctx, result.mean))}</p> : null}
                <CountBars id={`feedback-${question.id}-chart`} title={question.text} total={total} rows={rows}
                  description={ctx.t.afterSummit.results.chartDescription(question.text, rows.map((row) => ctx.t.afterSummit.results.part(row.label, row.value)).join(', '))} />
                <div class="table--responsive-scroll">
                  <table class="table table--compact">
                    <caption class="sr-only">{question.text}</caption>
                    <thead><tr><th scope="col">{ctx.t.afterSummit.results.option}</th><th scope="col" class="samskab-number">{ctx.t.afterSummit.results.count}</th><th scope="col" class="samskab-number">{ctx.t.afterSummit.results.share}</th></tr></thead>
                    <tbody>{rows.map((row) => <tr><td>{row.label}</td><td class="samskab-number">{row.value}</td><td class="samskab-number">{`${sharePercent(row.value, total)} %`}</td></tr>)}</tbody>
                  </table>
                </div>
              </div>
            ))}
          </>
        )}
      </section>
      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">{r.proposalsHeading}</h2>
        {report.proposals.length === 0 ? <p>{r.noProposals}</p> : <ol id="report-proposals">{report.proposals.map((p) => <li>{p.text}</li>)}</ol>}
      </section>
    </AdminPage>
  );
}
