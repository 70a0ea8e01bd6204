// Badges on A4 sheets: 2×4 badges of 90×55 mm, or four A6 badges. Each shows the name large (it
// shrinks, then wraps, and is never cut off), the stakeholder group, the organisation or area, the
// table of each round, a QR code carrying the check-in code, a mark for facilitators and a discreet
// no-photo mark. Badges fill each sheet row by row, in the order given.
import { formatCheckInCode } from '../domain/check-in.ts';
import { printTexts, seatsLine, type Badge, type BadgeLayout } from '../domain/badge.ts';
import { drawFitted, drawQr, fitText, mm, openPdf, type FontSource, type Pdf, type PdfFonts, type TextBox } from './pdf-canvas.ts';

interface SheetGeometry {
  columns: number;
  rows: number;
  width: number;
  height: number;
  /** Where the first badge's top left corner sits on the sheet. */
  left: number;
  top: number;
  /** Sizes inside a badge, in points. */
  pad: number;
  group: number;
  name: { max: number; min: number; height: number };
  from: number;
  seats: number;
  qr: number;
  small: number;
}

const a4 = { width: 210 * mm, height: 297 * mm };

const geometry: Record<BadgeLayout, SheetGeometry> = {
  'a4-2x4': {
    columns: 2, rows: 4, width: 90 * mm, height: 55 * mm, left: 15 * mm, top: 38.5 * mm,
    pad: 4 * mm, group: 8, name: { max: 24, min: 15, height: 17 * mm }, from: 9, seats: 8.5, qr: 19 * mm, small: 6,
  },
  a6: {
    columns: 2, rows: 2, width: 105 * mm, height: 148 * mm, left: 0, top: 0.5 * mm,
    pad: 8 * mm, group: 12, name: { max: 40, min: 24, height: 42 * mm }, from: 14, seats: 13, qr: 36 * mm, small: 8,
  },
};

/** Where each badge of a sheet lies on the page (points from the top left), in printing order. */
export function badgeSlots(layout: BadgeLayout): TextBox[] {
  const g = geometry[layout];
  const slots: TextBox[] = [];
  for (let row = 0; row < g.rows; row++) {
    for (let column = 0; column < g.columns; column++) {
      slots.push({ x: g.left + column * g.width, y: g.top + row * g.height, width: g.width, height: g.height });
    }
  }
  return slots;
}

export async function renderBadgesPdf(fontSource: FontSource, layout: BadgeLayout, badges: Badge[]): Promise<Uint8Array> {
  const { doc, fonts, finish } = openPdf(fontSource, 'Navneskilte');
  const slots = badgeSlots(layout);
  badges.forEach((badge, i) => {
    if (i % slots.length === 0) doc.addPage({ size: [a4.width, a4.height], margin: 0 });
    drawBadge(doc, fonts, geometry[layout], slots[i % slots.length]!, badge);
  });
  if (badges.length === 0) doc.addPage({ size: [a4.width, a4.height], margin: 0 });
  return finish();
}

function drawBadge(doc: Pdf, fonts: PdfFonts, g: SheetGeometry, slot: TextBox, badge: Badge): void {
  // Cutting guide: a hairline in light grey that scissors follow and blank badge stock hides.
  doc.save().lineWidth(0.3).strokeColor('#bbbbbb').rect(slot.x, slot.y, slot.width, slot.height).stroke().restore();
  const inner = { x: slot.x + g.pad, y: slot.y + g.pad, width: slot.width - 2 * g.pad, height: slot.height - 2 * g.pad };
  let y = inner.y;

  // Top line: the group, and for facilitators a dark label at the right.
  let groupWidth = inner.width;
  if (badge.facilitator) {
    doc.font(fonts.bold).fontSize(g.group);
    const label = printTexts.facilitator.toUpperCase();
    const labelWidth = doc.widthOfString(label) + g.group;
    const labelHeight = g.group * 1.5;
    doc.save().roundedRect(inner.x + inner.width - labelWidth, y - g.group * 0.25, labelWidth, labelHeight, 2).fill('#000000').restore();
    doc.fillColor('#ffffff').text(label, inner.x + inner.width - labelWidth + g.group / 2, y, { lineBreak: false });
    groupWidth -= labelWidth + g.group / 2;
  }
  const group = fitText(doc, badge.group, { width: groupWidth, height: g.group * 2.4 }, { font: fonts.bold, max: g.group, min: g.group * 0.75 });
  y += drawFitted(doc, group, { ...inner, width: groupWidth }, { font: fonts.bold, color: '#333333' }) + g.group * 0.4;

  // The name, as large as fits.
  const nameBox = { x: inner.x, y, width: inner.width, height: g.name.height };
  const name = fitText(doc, badge.name, nameBox, { font: fonts.bold, max: g.name.max, min: g.name.min, lineGap: 1.1 });
  drawFitted(doc, name, nameBox, { font: fonts.bold, middle: true });
  y += g.name.height + g.from * 0.2;

  // The organisation or area.
  if (badge.from) {
    const from = fitText(doc, badge.from, { width: inner.width, height: g.from * 2.4 }, { font: fonts.regular, max: g.from, min: g.from * 0.8 });
    drawFitted(doc, from, { ...inner, y }, { font: fonts.regular, color: '#333333' });
  }

  // Bottom: the QR code at the right; the tables, the typed code and the no-photo mark at its left.
  const qrTop = inner.y + inner.height - g.qr;
  if (badge.code) drawQr(doc, badge.code, inner.x + inner.width - g.qr, qrTop, g.qr);
  const left = { x: inner.x, width: inner.width - g.qr - g.pad / 2 };
  const footer = g.small * 1.3;
  if (badge.seats.length) {
    const seatsBox = { ...left, y: qrTop + g.qr * 0.12, height: g.qr * 0.88 - footer - g.small * 0.3 };
    const seats = fitText(doc, seatsLine(badge.seats), seatsBox, { font: fonts.bold, max: g.seats, min: g.seats * 0.85, joiner: ' · ' });
    drawFitted(doc, seats, seatsBox, { font: fonts.bold });
  }
  const footY = inner.y + inner.height - footer;
  if (badge.code) doc.font(fonts.regular).fontSize(g.small).fillColor('#555555').text(formatCheckInCode(badge.code), left.x, footY, { lineBreak: false });
  if (badge.noPhoto) drawNoPhoto(doc, fonts, left.x + left.width, footY, g.small);
}

/** A small crossed-out camera with "Ingen foto", right-aligned at `right`. */
function drawNoPhoto(doc: Pdf, fonts: PdfFonts, right: number, y: number, size: number): void {
  doc.font(fonts.regular).fontSize(size);
  const text = printTexts.noPhoto;
  const textWidth = doc.widthOfString(text);
  const icon = size * 1.1;
  const textX = right - textWidth;
  const iconX = textX - icon - size * 0.4;
  const iconY = y - size * 0.05;
  doc.save().lineWidth(0.6).strokeColor('#555555');
  doc.rect(iconX, iconY + icon * 0.25, icon, icon * 0.65).stroke();
  doc.circle(iconX + icon / 2, iconY + icon * 0.57, icon * 0.2).stroke();
  doc.moveTo(iconX - icon * 0.1, iconY + icon).lineTo(iconX + icon * 1.1, iconY + icon * 0.1).stroke();
  doc.restore();
  doc.fillColor('#555555').text(text, textX, y, { lineBreak: false });
}
