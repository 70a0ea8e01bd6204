// Table cards and facilitators' sheets in one PDF: first a card per table (A4 landscape, folded
// along the dashed line into a tent that shows the table's name large from both sides), then for
// each table and round the facilitator's sheet (A4 portrait): the round's question or theme and
// who sits at the table, with group, area and any accessibility need.
import { printTexts, tableLabel } from '../domain/badge.ts';
import type { FacilitatorSheet, TableCards } from '../domain/table-card.ts';
import { drawFitted, fitText, mm, openPdf, type FontSource, type Pdf, type PdfFonts } from './pdf-canvas.ts';

const a4 = { width: 210 * mm, height: 297 * mm };

export async function renderTableCardsPdf(fontSource: FontSource, cards: TableCards): Promise<Uint8Array> {
  const { doc, fonts, finish } = openPdf(fontSource, 'Bordkort og facilitatorark');
  for (const table of cards.tables) drawTableCard(doc, fonts, cards.summitTitle, table);
  for (const sheet of cards.sheets) drawSheet(doc, fonts, cards.summitTitle, sheet);
  if (cards.tables.length === 0 && cards.sheets.length === 0) doc.addPage({ size: [a4.width, a4.height], margin: 0 });
  return finish();
}

function drawTableCard(doc: Pdf, fonts: PdfFonts, summitTitle: string, table: { name: string; accessible: boolean }): void {
  const width = a4.height, height = a4.width;
  doc.addPage({ size: [width, height], margin: 0 });
  const half = height / 2;
  doc.save().lineWidth(0.5).strokeColor('#999999').dash(4, { space: 4 }).moveTo(10 * mm, half).lineTo(width - 10 * mm, half).stroke().undash().restore();
  // The upper half is drawn upside down, so the folded card reads from both sides.
  doc.save().rotate(180, { origin: [width / 2, half / 2] });
  drawCardFace(doc, fonts, summitTitle, table, 0, width, half);
  doc.restore();
  drawCardFace(doc, fonts, summitTitle, table, half, width, half);
}

function drawCardFace(doc: Pdf, fonts: PdfFonts, summitTitle: string, table: { name: string; accessible: boolean }, top: number, width: number, height: number): void {
  const pad = 15 * mm;
  const label = tableLabel(table.name);
  const box = { x: pad, y: top + pad * 0.8, width: width - 2 * pad, height: height - 2 * pad - 14 };
  const fitted = fitText(doc, label, box, { font: fonts.bold, max: 150, min: 48, lineGap: 1.05 });
  drawFitted(doc, fitted, box, { font: fonts.bold, align: 'center', middle: true });
  const foot = [summitTitle, table.accessible ? printTexts.accessible : ''].filter(Boolean).join(' · ');
  const footBox = { x: pad, y: top + height - pad * 0.8 - 12, width: width - 2 * pad, height: 14 };
  drawFitted(doc, fitText(doc, foot, footBox, { font: fonts.regular, max: 11, min: 7 }), footBox, { font: fonts.regular, color: '#444444', align: 'center' });
}

const margin = 18 * mm;
const columns = [
  { key: 'name', title: printTexts.name, share: 0.32 },
  { key: 'group', title: printTexts.group, share: 0.22 },
  { key: 'from', title: printTexts.area, share: 0.24 },
  { key: 'needs', title: printTexts.accessibilityNeed, share: 0.22 },
] as const;

/** Where each column of a facilitator's sheet lies across the page (points from the left). */
export function sheetColumns(): { key: (typeof columns)[number]['key']; x: number; width: number }[] {
  const width = a4.width - 2 * margin;
  let x = margin;
  return columns.map((c) => { const column = { key: c.key, x, width: c.share * width }; x += column.width; return column; });
}

function drawSheet(doc: Pdf, fonts: PdfFonts, summitTitle: string, sheet: FacilitatorSheet): void {
  doc.addPage({ size: [a4.width, a4.height], margin: 0 });
  const width = a4.width - 2 * margin;
  let y = margin;
  const put = (text: string, font: string, max: number, min: number, height: number, color = '#000000') => {
    const box = { x: margin, y, width, height };
    y += drawFitted(doc, fitText(doc, text, box, { font, max, min }), box, { font, color });
  };
  put(`${printTexts.facilitatorSheet} · ${summitTitle}`, fonts.regular, 10, 7, 26, '#444444');
  y += 6;
  const round = sheet.rounds > 1 ? ` · ${printTexts.round} ${sheet.round}` : '';
  put(`${tableLabel(sheet.table)}${round}`, fonts.bold, 26, 14, 64);
  if (sheet.accessible) put(printTexts.accessible, fonts.regular, 11, 9, 14);
  y += 14;

  // The round's question, set off by a bar at its left.
  put(printTexts.question, fonts.bold, 12, 12, 15);
  y += 4;
  const question = sheet.question || printTexts.noQuestion;
  const questionBox = { x: margin + 10, y, width: width - 10, height: 150 };
  const fitted = fitText(doc, question, questionBox, { font: fonts.regular, max: 16, min: 11 });
  const used = drawFitted(doc, fitted, questionBox, { font: fonts.regular, color: sheet.question ? '#000000' : '#555555' });
  doc.save().rect(margin, y - 2, 3, used + 2).fill('#000000').restore();
  y += used + 20;

  put(`${printTexts.seated} (${printTexts.people(sheet.people.length)})`, fonts.bold, 12, 12, 15);
  y += 6;
  y = drawHeader(doc, fonts, y, width);
  for (const person of sheet.people) {
    const cells = {
      name: person.facilitator ? `${person.name} (${printTexts.facilitator.toLowerCase()})` : person.name,
      group: person.group, from: person.area || person.organisation, needs: person.accessibilityNeeds,
    };
    const fittedCells = columns.map((c) => fitText(doc, cells[c.key], { width: c.share * width - 6, height: 36 }, { font: person.facilitator && c.key === 'name' ? fonts.bold : fonts.regular, max: 10, min: 8 }));
    const rowHeight = Math.max(...fittedCells.map((f) => f.lines.length * f.lineHeight)) + 7;
    if (y + rowHeight > a4.height - margin) {
      doc.addPage({ size: [a4.width, a4.height], margin: 0 });
      y = drawHeader(doc, fonts, margin, width);
    }
    let x = margin;
    columns.forEach((c, i) => {
      drawFitted(doc, fittedCells[i]!, { x, y: y + 4, width: c.share * width - 6, height: rowHeight }, { font: person.facilitator && c.key === 'name' ? fonts.bold : fonts.regular });
      x += c.share * width;
    });
    y += rowHeight;
    doc.save().lineWidth(0.3).strokeColor('#bbbbbb').moveTo(margin, y).lineTo(margin + width, y).stroke().restore();
  }
}

function drawHeader(doc: Pdf, fonts: PdfFonts, y: number, width: number): number {
  let x = margin;
  doc.font(fonts.bold).fontSize(9).fillColor('#000000');
  for (const c of columns) {
    doc.text(c.title, x, y, { lineBreak: false });
    x += c.share * width;
  }
  y += 14;
  doc.save().lineWidth(0.8).strokeColor('#000000').moveTo(margin, y).lineTo(margin + width, y).stroke().restore();
  return y;
}
