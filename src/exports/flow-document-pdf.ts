// A flowing document (see domain/after-summit/flow-document.ts) as an A4 PDF: headings, paragraphs,
// lists and tables in the embedded font, and each bar chart drawn as vector bars from the same
// numbers the page's SVG chart shows, with the numbers printed beside the bars.
import type { FlowBar, FlowBlock, FlowDocument } from '../domain/after-summit/flow-document.ts';
import { mm, openPdf, type FontSource, type Pdf, type PdfFonts } from './pdf-canvas.ts';

const margin = 18 * mm;
const headingSizes = { 1: 18, 2: 14, 3: 11.5 } as const;
const barColour = '#0059b3';
const trackColour = '#dfe7f0';

export async function renderFlowDocumentPdf(fontSource: FontSource, document: FlowDocument): Promise<Uint8Array> {
  const { doc, fonts, finish } = openPdf(fontSource, document.title, margin);
  doc.addPage();
  for (const block of document.blocks) drawBlock(doc, fonts, block);
  return finish();
}

const contentWidth = (doc: Pdf) => doc.page.width - 2 * margin;
const bottom = (doc: Pdf) => doc.page.height - margin;

/** Starts a new page when less than `height` is left on this one. */
function keepRoom(doc: Pdf, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function drawBlock(doc: Pdf, fonts: PdfFonts, block: FlowBlock): void {
  const width = contentWidth(doc);
  switch (block.kind) {
    case 'heading': {
      const size = headingSizes[block.level];
      // A heading never ends a page: keep room for it and a few lines after it.
      keepRoom(doc, size * 1.4 + 40);
      if (doc.y > margin) doc.moveDown(block.level === 1 ? 0.2 : 0.6);
      doc.font(fonts.bold).fontSize(size).fillColor('#000000').text(block.text, margin, doc.y, { width });
      doc.moveDown(0.3);
      return;
    }
    case 'paragraph':
      doc.font(fonts.regular).fontSize(10).fillColor(block.muted ? '#555555' : '#000000').text(block.text, margin, doc.y, { width, lineGap: 1.5 });
      doc.moveDown(0.5);
      return;
    case 'list':
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•';
        doc.font(fonts.regular).fontSize(10).fillColor('#000000');
        keepRoom(doc, doc.heightOfString(item, { width: width - 18 }));
        const top = doc.y;
        doc.text(marker, margin, top, { width: 16 });
        doc.text(item, margin + 18, top, { width: width - 18, lineGap: 1.5 });
        doc.moveDown(0.2);
      });
      doc.moveDown(0.4);
      return;
    case 'table':
      drawTable(doc, fonts, block.header, block.rows, new Set(block.numeric));
      return;
    case 'bars':
      drawBars(doc, fonts, block.title, block.bars);
      return;
  }
}

function drawTable(doc: Pdf, fonts: PdfFonts, header: string[], rows: string[][], numeric: Set<number>): void {
  const width = contentWidth(doc);
  const first = header.length > 1 ? width * 0.4 : width;
  const rest = header.length > 1 ? (width - first) / (header.length - 1) : 0;
  const widths = header.map((_, i) => (i === 0 ? first : rest));
  const drawRow = (cells: string[], font: string) => {
    doc.font(font).fontSize(9.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 6;
    keepRoom(doc, height);
    const top = doc.y;
    let x = margin;
    cells.forEach((cell, i) => {
      doc.fillColor('#000000').text(cell, x + 3, top + 3, { width: widths[i]! - 6, align: numeric.has(i) ? 'right' : 'left' });
      x += widths[i]!;
    });
    doc.save().lineWidth(0.4).strokeColor('#bbbbbb').moveTo(margin, top + height).lineTo(margin + width, top + height).stroke().restore();
    doc.x = margin;
    doc.y = top + height;
  };
  drawRow(header, fonts.bold);
  for (const row of rows) drawRow(row, fonts.regular);
  doc.moveDown(0.8);
}

function drawBars(doc: Pdf, fonts: PdfFonts, title: string, bars: FlowBar[]): void {
  const width = contentWidth(doc);
  const rowHeight = 16;
  const labelWidth = width * 0.38;
  const noteWidth = 70;
  const barLeft = margin + labelWidth + 6;
  const barWidth = width - labelWidth - 6 - noteWidth;
  const top = Math.max(1, ...bars.map((b) => Math.max(b.value, b.of ?? 0)));
  keepRoom(doc, 18 + rowHeight * Math.min(bars.length, 4));
  if (title) {
    doc.font(fonts.bold).fontSize(10).fillColor('#000000').text(title, margin, doc.y, { width });
    doc.moveDown(0.3);
  }
  for (const bar of bars) {
    keepRoom(doc, rowHeight);
    const y = doc.y;
    doc.font(fonts.regular).fontSize(9).fillColor('#000000')
      .text(bar.label, margin, y + 3, { width: labelWidth, align: 'right', lineBreak: false, ellipsis: true, height: rowHeight });
    if (bar.of !== undefined) doc.rect(barLeft, y + 2, (barWidth * bar.of) / top, rowHeight - 4).fill(trackColour);
    if (bar.value > 0) doc.rect(barLeft, y + 2, (barWidth * bar.value) / top, rowHeight - 4).fill(barColour);
    const end = barLeft + (barWidth * Math.max(bar.value, bar.of ?? 0)) / top;
    doc.font(fonts.regular).fontSize(9).fillColor('#000000').text(bar.note, end + 4, y + 3, { width: noteWidth + barWidth - (end - barLeft), lineBreak: false });
    doc.x = margin;
    doc.y = y + rowHeight;
  }
  doc.moveDown(0.8);
}
