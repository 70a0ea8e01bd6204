// Reads printed PDFs back the way a person would: the text on each badge or page (pdftotext, with
// word positions so each line is given to the badge it lies on) and the QR codes on the rendered
// page (pdftoppm, decoded with ZXing). Nothing here knows how the PDF was drawn beyond where the
// badges lie on the sheet.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

export interface Box { x: number; y: number; width: number; height: number }

interface PdfWord { x: number; y: number; xMax: number; yMax: number; text: string }
interface PdfLine { page: number; x: number; y: number; xMax: number; yMax: number; text: string; words: PdfWord[] }

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) => (e.startsWith('#') ? String.fromCharCode(Number(e.slice(1))) : entities[e]!));

function withFile<T>(pdf: Uint8Array, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'samskab-pdf-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every line of text with its page (0-based) and position in points from the top left. */
function pdfLines(pdf: Uint8Array): { pages: number; lines: PdfLine[] } {
  const xml = withFile(pdf, (file) => execFileSync('pdftotext', ['-bbox-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8'));
  const lines: PdfLine[] = [];
  const pages = xml.split('<page ').slice(1);
  pages.forEach((page, index) => {
    for (const match of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...match[5]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/word>/g)]
        .map((w) => ({ x: Number(w[1]), y: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) }));
      lines.push({ page: index, x: Number(match[1]), y: Number(match[2]), xMax: Number(match[3]), yMax: Number(match[4]), text: words.map((w) => w.text).join(' '), words });
    }
  });
  return { pages: pages.length, lines };
}

const inside = (box: Box, x: number, y: number) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/** The text of each page, lines top to bottom joined by newlines. */
export function pageTexts(pdf: Uint8Array): string[] {
  const { pages, lines } = pdfLines(pdf);
  return Array.from({ length: pages }, (_, page) => lines.filter((l) => l.page === page)
    .sort((a, b) => a.y - b.y || a.x - b.x).map((l) => l.text).join('\n'));
}

/**
 * The text in each box of each page (page-major, boxes in the order given), lines top to bottom;
 * a box with no text still counts, so `texts[i]` is the i-th slot of the sheet.
 */
export function textsInBoxes(pdf: Uint8Array, boxes: Box[]): string[] {
  const { pages, lines } = pdfLines(pdf);
  const texts: string[] = [];
  for (let page = 0; page < pages; page++) {
    for (const box of boxes) {
      // Word by word: pdftotext may join text of two neighbouring boxes into one line.
      texts.push(lines.filter((l) => l.page === page)
        .map((l) => ({ ...l, words: l.words.filter((w) => inside(box, (w.x + w.xMax) / 2, (w.y + w.yMax) / 2)) }))
        .filter((l) => l.words.length > 0)
        .sort((a, b) => a.words[0]!.y - b.words[0]!.y || a.words[0]!.x - b.words[0]!.x)
        .map((l) => l.words.map((w) => w.text).join(' ')).join('\n'));
    }
  }
  return texts;
}

/** Collapses all white space, so a name wrapped over two lines reads as one. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

let zxingReady: Promise<unknown> | undefined;

function zxing() {
  // The wasm file from node_modules: ZXing would otherwise fetch it from a CDN.
  const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  zxingReady ??= prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  return zxingReady;
}

const dpi = 150;

/**
 * The QR codes found in each box of each page once the PDF is rendered (page-major, boxes in the
 * order given): the decoded text, or undefined where no code could be read.
 */
export async function qrCodesInBoxes(pdf: Uint8Array, boxes: Box[]): Promise<(string | undefined)[]> {
  await zxing();
  const images = withFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, join(dir, 'page')]);
    const number = (f: string) => Number(/(\d+)\.png$/.exec(f)![1]);
    return readdirSync(dir).filter((f) => f.startsWith('page')).sort((a, b) => number(a) - number(b)).map((f) => readFileSync(join(dir, f)));
  });
  const found: (string | undefined)[] = [];
  for (const image of images) {
    const results = await readBarcodes(new Uint8Array(image), { formats: ['QRCode'], maxNumberOfSymbols: 255, tryHarder: true });
    for (const box of boxes) {
      const hit = results.find((r) => {
        const { topLeft, bottomRight } = r.position;
        return r.isValid && inside(box, ((topLeft.x + bottomRight.x) / 2) * 72 / dpi, ((topLeft.y + bottomRight.y) / 2) * 72 / dpi);
      });
      found.push(hit?.text);
    }
  }
  return found;
}
