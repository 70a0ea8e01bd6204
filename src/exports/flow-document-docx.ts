// A flowing document (see domain/after-summit/flow-document.ts) as a Word file (docx), for a
// coordinator who edits the text before it goes on the agenda. A bar chart becomes its table of
// numbers: Word would need an embedded chart part to draw it, and the numbers are what gets edited.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FlowBlock, FlowDocument } from '../domain/after-summit/flow-document.ts';

const headings = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function table(header: string[], rows: string[][], numeric: Set<number>): Table {
  const row = (cells: string[], bold: boolean) => new TableRow({
    tableHeader: bold,
    children: cells.map((text, i) => new TableCell({
      children: [new Paragraph({ alignment: numeric.has(i) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold })] })],
    })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

function blockContent(block: FlowBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': return [new Paragraph({ text: block.text, heading: headings[block.level] })];
    case 'paragraph': return [new Paragraph({ children: [new TextRun({ text: block.text, italics: block.muted ?? false })] })];
    case 'list': return block.items.map((item, i) => (block.ordered
      ? new Paragraph({ text: `${i + 1}. ${item}`, indent: { left: 360, hanging: 360 } })
      : new Paragraph({ text: item, bullet: { level: 0 } })));
    case 'table': return [table(block.header, block.rows, new Set(block.numeric)), new Paragraph({ text: '' })];
    case 'bars': return [
      ...(block.title ? [new Paragraph({ children: [new TextRun({ text: block.title, bold: true })] })] : []),
      table(['', ''], block.bars.map((b) => [b.label, b.note]), new Set([1])),
      new Paragraph({ text: '' }),
    ];
  }
}

export async function renderFlowDocumentDocx(document: FlowDocument): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Samskab', title: document.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: document.blocks.flatMap(blockContent) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
