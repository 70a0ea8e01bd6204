// A titled table (a list for the day, say) in the three forms coordinators ask for: CSV as Danish
// Excel opens it (semicolons, byte-order mark), an XLSX workbook with a frozen header ready to
// print, and an A4 PDF with the header repeated on every page. The CSV and XLSX cells go through
// spreadsheet-cell.ts, so none runs as a formula.
import { loadExcel } from './excel.ts';
import { loadPdfKit } from './pdfkit-loader.ts';
import { neutraliseRow, renderSpreadsheetCsv } from './spreadsheet-cell.ts';

export interface TableDocument {
  title: string;
  /** A line under the title: the summit, the date, how many. */
  subtitle: string;
  columns: { label: string; /** Relative width in the PDF and XLSX. */ width: number }[];
  rows: (string | number)[][];
}

export function renderTableCsv(doc: TableDocument): string {
  return renderSpreadsheetCsv([doc.columns.map((c) => c.label), ...doc.rows]);
}

export async function renderTableXlsx(doc: TableDocument): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.title = doc.title;
  const sheet = workbook.addWorksheet(doc.title.slice(0, 31).replace(/[[\]*?/\\:]/g, ' '), {
    pageSetup: { orientation: doc.columns.length > 4 ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.addRow(neutraliseRow(doc.columns.map((c) => c.label))).font = { bold: true };
  for (const row of doc.rows) sheet.addRow(neutraliseRow(row));
  sheet.columns.forEach((column, i) => { column.width = Math.max(8, (doc.columns[i]?.width ?? 1) * 12); });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const fonts = { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' };

export async function renderTablePdf(doc: TableDocument, createdAt: Date): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const landscape = doc.columns.length > 4;
  const pdf = new PDFDocument({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 40, info: { Title: doc.title, CreationDate: createdAt }, bufferPages: true });
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => { pdf.on('end', () => resolve(Buffer.concat(chunks))); pdf.on('error', reject); });

  const left = pdf.page.margins.left;
  const usable = pdf.page.width - left - pdf.page.margins.right;
  const total = doc.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = doc.columns.map((c) => (c.width / total) * usable);
  const padding = 3;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  const rowHeight = (cells: string[], font: string) => {
    pdf.font(font).fontSize(9);
    return Math.max(...cells.map((cell, i) => pdf.heightOfString(cell || ' ', { width: widths[i]! - 2 * padding }))) + 2 * padding;
  };
  const drawRow = (cells: string[], font: string, shade: boolean) => {
    const height = rowHeight(cells, font);
    const top = pdf.y;
    if (shade) pdf.rect(left, top, usable, height).fill('#eeeeee');
    pdf.fillColor('#000000').font(font).fontSize(9);
    let x = left;
    cells.forEach((cell, i) => {
      pdf.text(cell, x + padding, top + padding, { width: widths[i]! - 2 * padding });
      x += widths[i]!;
    });
    pdf.moveTo(left, top + height).lineTo(left + usable, top + height).lineWidth(0.5).strokeColor('#999999').stroke();
    pdf.x = left;
    pdf.y = top + height;
  };
  const header = doc.columns.map((c) => c.label);

  pdf.font('bold').fontSize(16).text(doc.title, left, pdf.y, { width: usable });
  pdf.font('regular').fontSize(10).text(doc.subtitle, { width: usable }).moveDown(0.6);
  drawRow(header, 'bold', true);
  for (const row of doc.rows) {
    const cells = row.map(String);
    if (pdf.y + rowHeight(cells, 'regular') > bottom()) {
      pdf.addPage();
      drawRow(header, 'bold', true);
    }
    drawRow(cells, 'regular', false);
  }
  // Page numbers, once the number of pages is known.
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(range.start + i);
    // Below the bottom margin: without this pdfkit would start a new page for the footer.
    pdf.page.margins.bottom = 0;
    pdf.font('regular').fontSize(8).fillColor('#454545')
      .text(`${doc.title} · ${i + 1}/${range.count}`, left, pdf.page.height - 28, { width: usable, align: 'right', lineBreak: false });
  }
  pdf.end();
  return done;
}
