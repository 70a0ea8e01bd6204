// What every printed PDF shares: an embedded TrueType font (so æøå and any other letter of a name
// render; DejaVu from fonts-dejavu-core on Debian), text that fits its box by shrinking and then
// wrapping but is never cut off, and QR codes drawn as vector squares.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export const mm = 72 / 25.4;

export type Pdf = InstanceType<typeof PDFDocument>;

export interface PdfFonts {
  regular: string;
  bold: string;
}

/** The font files: DejaVu Sans where the folder has it, else pdfkit's Helvetica (which still has æøå). */
export interface FontSource {
  regular: Buffer | 'Helvetica';
  bold: Buffer | 'Helvetica-Bold';
}

export function loadFonts(fontDir: string): FontSource {
  const file = (name: string) => join(fontDir, name);
  if (!existsSync(file('DejaVuSans.ttf')) || !existsSync(file('DejaVuSans-Bold.ttf'))) return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  return { regular: readFileSync(file('DejaVuSans.ttf')), bold: readFileSync(file('DejaVuSans-Bold.ttf')) };
}

/**
 * A new A4 document with the fonts registered; `finish` ends it and resolves to its bytes. `margin`
 * is what pages added without options get, including those pdfkit adds when flowing text runs over.
 */
export function openPdf(fonts: FontSource, title: string, margin = 0): { doc: Pdf; fonts: PdfFonts; finish(): Promise<Uint8Array> } {
  const doc = new PDFDocument({ size: 'A4', margin, autoFirstPage: false, info: { Title: title, Creator: 'Samskab' }, lang: 'da-DK' } as PDFKit.PDFDocumentOptions);
  const names: PdfFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  if (typeof fonts.regular !== 'string') { doc.registerFont('Regular', fonts.regular); names.regular = 'Regular'; }
  if (typeof fonts.bold !== 'string') { doc.registerFont('Bold', fonts.bold); names.bold = 'Bold'; }
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, fonts: names, finish: () => { doc.end(); return done; } };
}

export interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FitOptions {
  font: string;
  /** Largest and smallest size on one line; below `min` the text wraps (and shrinks more if it must). */
  max: number;
  min: number;
  /** Where a line may break: between words (' ') or, say, between rounds (' · '). */
  joiner?: string;
  lineGap?: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  lineHeight: number;
}

const smallest = 3;

/**
 * The largest size at which `text` fits the box: one line from `max` down to `min`, then as many
 * lines as the height takes, down to a size where it fits. Never drops a character: a word wider
 * than the box is broken between letters.
 */
export function fitText(doc: Pdf, text: string, box: Pick<TextBox, 'width' | 'height'>, options: FitOptions): FittedText {
  const gap = options.lineGap ?? 1.15;
  const width = (s: string, size: number) => { doc.font(options.font).fontSize(size); return doc.widthOfString(s); };
  for (let size = options.max; size >= options.min; size -= 0.5) {
    if (width(text, size) <= box.width && size * gap <= box.height) return { size, lines: [text], lineHeight: size * gap };
  }
  for (let size = options.max; size >= smallest; size -= 0.5) {
    const lines = wrap(text, options.joiner ?? ' ', box.width, (s) => width(s, size));
    if (lines.length * size * gap <= box.height) return { size, lines, lineHeight: size * gap };
  }
  const lines = wrap(text, options.joiner ?? ' ', box.width, (s) => width(s, smallest));
  return { size: smallest, lines, lineHeight: smallest * gap };
}

/** Greedy line breaking at the joiner (kept at the end of the line), then at spaces, then between letters. */
function wrap(text: string, joiner: string, maxWidth: number, width: (s: string) => number): string[] {
  const units = text.split(joiner);
  const lines: string[] = [];
  let line = '';
  units.forEach((unit, i) => {
    const piece = i < units.length - 1 ? unit + joiner.trimEnd() : unit;
    const candidate = line ? `${line}${joiner.startsWith(' ') ? ' ' : ''}${piece}` : piece;
    if (width(candidate) <= maxWidth) { line = candidate; return; }
    if (line) lines.push(line);
    line = '';
    if (width(piece) <= maxWidth) { line = piece; return; }
    // Too wide on its own: by words, and a word too wide by letters.
    const parts = joiner === ' ' ? [piece] : piece.split(' ');
    for (const part of parts) {
      const next = line ? `${line} ${part}` : part;
      if (width(next) <= maxWidth) { line = next; continue; }
      if (line) lines.push(line);
      line = '';
      for (const char of part) {
        if (line && width(line + char) > maxWidth) { lines.push(line); line = ''; }
        line += char;
      }
    }
  });
  if (line) lines.push(line);
  return lines;
}

/** Draws fitted lines from the top of the box (or centred in it). */
export function drawFitted(doc: Pdf, fitted: FittedText, box: TextBox, options: { font: string; color?: string; align?: 'left' | 'center'; middle?: boolean }): number {
  doc.font(options.font).fontSize(fitted.size).fillColor(options.color ?? '#000000');
  const total = fitted.lines.length * fitted.lineHeight;
  let y = options.middle ? box.y + (box.height - total) / 2 : box.y;
  for (const line of fitted.lines) {
    const x = options.align === 'center' ? box.x + (box.width - doc.widthOfString(line)) / 2 : box.x;
    doc.text(line, x, y, { lineBreak: false });
    y += fitted.lineHeight;
  }
  return total;
}

/** The dark modules of a QR code (error correction M: a scuffed badge still scans). */
export function qrModules(text: string): { size: number; dark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => Boolean(modules.get(row, col)) };
}

/** A QR code in a square of `side` points at (x, y), with its quiet zone of 2 modules inside the square. */
export function drawQr(doc: Pdf, text: string, x: number, y: number, side: number): void {
  const qr = qrModules(text);
  const unit = side / (qr.size + 4);
  doc.save().fillColor('#000000');
  // One rectangle per run of dark modules in a row (a third as many as modules), each a hair taller
  // and wider than its modules, so renderers leave no seams between neighbours.
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (!qr.dark(row, col)) continue;
      const start = col;
      while (col + 1 < qr.size && qr.dark(row, col + 1)) col++;
      doc.rect(x + (start + 2) * unit, y + (row + 2) * unit, (col - start + 1) * unit + 0.05, unit + 0.05);
    }
  }
  doc.fill().restore();
}
