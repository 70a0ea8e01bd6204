// The printed matter of the summit day behind the PrintRenderer port: badges, table cards and
// facilitators' sheets as PDF, the table notes and the summit report as flowing PDF documents, and QR codes as SVG for pages. Fonts are read once, when the renderer is made.
import type { PrintRenderer } from '../ports.ts';
import { renderBadgesPdf } from './badge-pdf.ts';
import { renderFlowDocumentPdf } from './flow-document-pdf.ts';
import { loadFonts, qrModules } from './pdf-canvas.ts';
import { renderTableCardsPdf } from './table-cards-pdf.ts';

/** Where Debian's fonts-dejavu-core puts DejaVu Sans. */
export const debianDejaVu = '/usr/share/fonts/truetype/dejavu';

export function createPdfPrintRenderer(options: { fontDir: string }): PrintRenderer {
  const fonts = loadFonts(options.fontDir);
  return {
    badges: (layout, badges) => renderBadgesPdf(fonts, layout, badges),
    tableCards: (cards) => renderTableCardsPdf(fonts, cards),
    qrSvg: async (text, label) => qrSvg(text, label),
    documentPdf: (document) => renderFlowDocumentPdf(fonts, document),
  };
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One path of unit squares with a quiet zone of 4 modules; scales to any size without blurring. */
function qrSvg(text: string, label: string): string {
  const qr = qrModules(text);
  const side = qr.size + 8;
  let d = '';
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) if (qr.dark(row, col)) d += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">`
    + `<rect width="${side}" height="${side}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}
