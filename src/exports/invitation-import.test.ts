import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { readInvitationFile } from './invitation-import.ts';

async function workbook(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('Deltagere'));
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('reading an invitation list from XLSX', () => {
  it('reads the text of rich-text, formula and hyperlink cells, never [object Object]', async () => {
    const file = await workbook((sheet) => {
      sheet.addRow(['Navn', 'E-mail', 'Telefon', 'Gruppe']);
      sheet.addRow([
        { richText: [{ text: 'Ane ', font: { bold: true } }, { text: 'Jensen' }] },
        { text: 'ane@example.dk', hyperlink: 'mailto:ane@example.dk' },
        { formula: '="+45 "&"12345678"', result: '+45 12345678' },
        'Borgere',
      ]);
      sheet.addRow([
        { formula: 'CONCATENATE("Bo"," ","Berg")', result: 'Bo Berg' },
        { formula: 'LOWER("BO@EXAMPLE.DK")', result: 'bo@example.dk' },
        12345678,
        { richText: [{ text: 'Erhvervs' }, { text: 'liv' }] },
      ]);
    });
    const rows = await readInvitationFile('liste.xlsx', file);
    assert.deepEqual(rows.map((r) => r.values), [
      { name: 'Ane Jensen', email: 'ane@example.dk', phone: '+45 12345678', group: 'Borgere' },
      { name: 'Bo Berg', email: 'bo@example.dk', phone: '12345678', group: 'Erhvervsliv' },
    ]);
    for (const row of rows) for (const value of Object.values(row.values)) assert.doesNotMatch(value, /object Object/);
  });
});
