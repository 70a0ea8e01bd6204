// The access export as a readable PDF: each section of what is held about the person under a
// heading in plain words (Danish or English), field by field, on as many A4 pages as it needs.
// The same data as the JSON export; nothing is left out, only arranged for reading.
import type { FontSource } from './pdf-canvas.ts';
import { loadPdfKit } from './pdfkit-loader.ts';

export interface PersonalDataPdfTexts {
  title: string;
  intro: (summitTitle: string, exportedAt: string) => string;
  /** A heading per section key; a section without one is shown under its key. */
  sections: Record<string, string>;
  /** A label per field name; a field without one is shown under its name. */
  fields: Record<string, string>;
  none: string;
  yes: string;
  no: string;
}

export interface PersonalDataPdfInput {
  summitTitle: string;
  exportedAt: string;
  /** Sections in the order shown: each a record or a list of records. */
  sections: [key: string, value: unknown][];
}

/** Read on the first export, not when the server starts (so are pdfkit and the print renderer's fonts). */
let loadingFonts: Promise<FontSource> | undefined;
const loadPrintFonts = () => (loadingFonts ??= Promise.all([import('./pdf-canvas.ts'), import('./print-renderer.ts')])
  .then(([canvas, renderer]) => canvas.loadFonts(renderer.debianDejaVu)));

function plain(value: unknown, t: PersonalDataPdfTexts): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (typeof value === 'object') return JSON.stringify(value, null, 1).replace(/\n\s*/g, ' ');
  return String(value);
}

export async function renderPersonalDataPdf(input: PersonalDataPdfInput, t: PersonalDataPdfTexts): Promise<Buffer> {
  const [PDFDocument, fonts] = await Promise.all([loadPdfKit(), loadPrintFonts()]);
  const pdf = new PDFDocument({ size: 'A4', margin: 50, info: { Title: t.title, Creator: 'Samskab' }, lang: 'da-DK' } as PDFKit.PDFDocumentOptions);
  pdf.registerFont('regular', fonts.regular);
  pdf.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => { pdf.on('end', () => resolve(Buffer.concat(chunks))); pdf.on('error', reject); });

  pdf.font('bold').fontSize(18).text(t.title);
  pdf.moveDown(0.5).font('regular').fontSize(10).text(t.intro(input.summitTitle, input.exportedAt));
  for (const [key, value] of input.sections) {
    pdf.moveDown(1).font('bold').fontSize(13).text(t.sections[key] ?? key);
    const records = Array.isArray(value) ? value : [value];
    if (records.length === 0) { pdf.font('regular').fontSize(10).text(t.none); continue; }
    records.forEach((record, i) => {
      if (i > 0) pdf.moveDown(0.4);
      if (record === null || typeof record !== 'object') { pdf.font('regular').fontSize(10).text(plain(record, t)); return; }
      for (const [field, fieldValue] of Object.entries(record as Record<string, unknown>)) {
        pdf.font('bold').fontSize(10).text(`${t.fields[field] ?? field}: `, { continued: true }).font('regular').text(plain(fieldValue, t));
      }
    });
  }
  pdf.end();
  return done;
}
