// The summit report as figures in words: what the report page shows and what its PDF and DOCX
// carry, built once from the same read, so the page and the files never disagree.
import type { FlowBlock, FlowDocument } from '../../../domain/after-summit/flow-document.ts';
import type { AttendanceRow, SummitReport } from '../../../use-cases/report/get-summit-report.ts';
import { sharePercent } from '../../charts.tsx';
import type { PageContext } from '../../layout.tsx';
import { measureSentences } from '../admin-seating-plan.tsx';

type Ctx = Pick<PageContext, 't' | 'lang'>;

export const formatMean = (ctx: Ctx, mean: number) => mean.toLocaleString(ctx.lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

export const attendanceName = (ctx: Ctx, row: AttendanceRow) => row.name || ctx.t.afterSummit.report.noArea;

/** "12/15" against a quota, or the count alone with "ingen kvote". */
export function attendanceNote(ctx: Ctx, row: AttendanceRow): string {
  const r = ctx.t.afterSummit.report;
  return row.quota > 0 ? `${r.of(row.present, row.quota)} (${sharePercent(row.present, row.quota)} %)` : `${row.present} (${r.noQuota})`;
}

/** Per question that is not free text: its bars (answers per option) and the mean of a rating. */
export function feedbackCharts(report: SummitReport) {
  if (!report.survey) return [];
  const { survey } = report;
  return survey.survey.questions.flatMap((question, i) => {
    const result = survey.questions[i]!;
    if (question.kind === 'text') return [];
    const rows = Object.entries(result.counts).map(([label, value]) => ({ label, value }));
    const total = question.kind === 'multiple' ? result.answered : rows.reduce((n, row) => n + row.value, 0);
    return [{ question, result, rows, total }];
  });
}

export function reportDocument(ctx: Ctx, report: SummitReport): FlowDocument {
  const r = ctx.t.afterSummit.report;
  const title = r.documentTitle(report.summit.title);
  const { attendance } = report;
  const attendanceBlocks = (heading: string, column: string, rows: AttendanceRow[]): FlowBlock[] => [
    { kind: 'heading', level: 3, text: heading },
    { kind: 'bars', title: '', bars: rows.map((row) => ({ label: attendanceName(ctx, row), value: row.present, ...(row.quota > 0 ? { of: row.quota } : {}), note: attendanceNote(ctx, row) })) },
    { kind: 'table', header: [column, r.present, r.quota, r.share], numeric: [1, 2, 3],
      rows: rows.map((row) => [attendanceName(ctx, row), String(row.present), row.quota > 0 ? String(row.quota) : '–', row.quota > 0 ? `${sharePercent(row.present, row.quota)} %` : '–']) },
  ];
  const blocks: FlowBlock[] = [
    { kind: 'heading', level: 1, text: title },
    { kind: 'heading', level: 2, text: r.attendanceHeading },
    { kind: 'paragraph', text: attendance.basis === 'checked_in' ? r.basisCheckedIn : r.basisConfirmed },
    { kind: 'paragraph', text: r.total(attendance.present, attendance.capacity) },
    ...attendanceBlocks(r.byGroupHeading, r.group, attendance.byGroup),
    ...(attendance.byArea.length ? attendanceBlocks(r.byAreaHeading, r.area, attendance.byArea) : []),
    { kind: 'heading', level: 2, text: r.mixingHeading },
  ];
  if (report.mixing) {
    const { plan, score } = report.mixing;
    blocks.push({ kind: 'paragraph', text: r.mixingIntro(plan.rounds.length, plan.settings.tables.length) }, { kind: 'list', ordered: false, items: measureSentences(ctx, score, plan) });
  } else blocks.push({ kind: 'paragraph', text: r.noPlan });
  blocks.push({ kind: 'heading', level: 2, text: r.feedbackHeading });
  if (!report.survey) blocks.push({ kind: 'paragraph', text: r.noSurvey });
  else {
    blocks.push({ kind: 'paragraph', text: r.feedbackCounts(report.survey.responses, report.survey.invited) });
    for (const { question, result, rows, total } of feedbackCharts(report)) {
      blocks.push({ kind: 'bars', title: question.text, bars: rows.map((row) => ({ label: row.label, value: row.value, note: `${row.value} (${sharePercent(row.value, total)} %)` })) });
      if (result.mean !== undefined) blocks.push({ kind: 'paragraph', text: r.mean(formatMean(ctx, result.mean)) });
    }
  }
  blocks.push({ kind: 'heading', level: 2, text: r.proposalsHeading });
  if (report.proposals.length === 0) blocks.push({ kind: 'paragraph', text: r.noProposals });
  else blocks.push({ kind: 'list', ordered: true, items: report.proposals.map((p) => p.text) });
  return { title, blocks };
}
