// A summit's archive as an Excel workbook for the municipality's own archive: one sheet each for
// the participants, the consents, the table plans and the survey's answers. Every typed cell goes
// through neutraliseRow (a name may start with "=").
import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.ts';
import type { SummitArchive } from '../domain/personal-data/summit-archive.ts';
import { neutraliseRow } from './spreadsheet-cell.ts';

export interface SummitArchiveLabels {
  sheets: { participants: string; consents: string; tablePlans: string; survey: string };
  columns: {
    name: string; email: string; phone: string; group: string; organisation: string; area: string; status: string; source: string; language: string;
    invitedAt: string; answerDeadline: string; answeredAt: string; dietNeeds: string; accessibilityNeeds: string; consentPhotos: string;
    kind: string; wording: string; version: string; givenAt: string; withdrawnAt: string; plan: string; planStatus: string; round: string; table: string;
    submittedOn: string;
  };
  yes: string;
  no: string;
}

type Cell = string | number;

function addSheet(workbook: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], widths: number[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(neutraliseRow(header)).font = { bold: true };
  for (const row of rows) sheet.addRow(neutraliseRow(row));
  sheet.columns.forEach((column, i) => { column.width = widths[i] ?? 18; });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const answerText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : value === undefined || value === null ? '' : String(value));

export async function renderSummitArchiveXlsx(archive: SummitArchive, labels: SummitArchiveLabels): Promise<Buffer> {
  const c = labels.columns;
  const flag = (on: boolean) => (on ? labels.yes : labels.no);
  const workbook = new (await loadExcel()).Workbook();
  workbook.title = archive.summit.title;
  addSheet(workbook, labels.sheets.participants,
    [c.name, c.email, c.phone, c.group, c.organisation, c.area, c.status, c.source, c.language, c.invitedAt, c.answerDeadline, c.answeredAt, c.dietNeeds, c.accessibilityNeeds, c.consentPhotos],
    archive.participants.map((p) => [p.name, p.email, p.phone, p.group, p.organisation ?? '', p.area ?? '', p.status, p.source, p.language,
      p.invitedAt ?? '', p.answerDeadline ?? '', p.answeredAt ?? '', p.dietNeeds, p.accessibilityNeeds, flag(p.consentPhotos)]),
    [28, 30, 16, 20, 24, 18, 12, 12, 8, 22, 22, 22, 28, 28, 12]);
  addSheet(workbook, labels.sheets.consents, [c.name, c.kind, c.wording, c.version, c.language, c.givenAt, c.withdrawnAt],
    archive.consents.map((k) => [k.name, k.kind, k.wording, k.version, k.language, k.givenAt, k.withdrawnAt ?? '']),
    [28, 12, 60, 12, 8, 22, 22]);
  addSheet(workbook, labels.sheets.tablePlans, [c.plan, c.planStatus, c.round, c.table, c.name],
    archive.tablePlans.flatMap((plan) => plan.rounds.flatMap((round) => round.tables.flatMap((table) =>
      table.people.map((name): Cell[] => [plan.version, plan.status, round.round, table.table, name])))),
    [10, 12, 8, 14, 28]);
  const questions = archive.survey.questions;
  addSheet(workbook, labels.sheets.survey, [c.submittedOn, c.group, ...questions.map((q) => q.text)],
    archive.survey.responses.map((r) => [r.submittedOn, r.group ?? '', ...questions.map((q) => answerText(r.answers[q.id]))]),
    [14, 20, ...questions.map(() => 30)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
