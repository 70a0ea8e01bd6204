// A flowing document (see domain/after-summit/flow-document.ts) as a Word file (docx), for a
// coordinator who edits the text before it goes on the agenda. A bar chart becomes its table of
// numbers: Word would need an embedded chart part to draw it, and the numbers are what gets edited.
// docx is one large module that only this export needs: it is loaded with the first document.
import type * as Docx from 'docx';
import type { FlowBlock, FlowDocument } from '../domain/after-summit/flow-document.ts';

let loading: Promise<typeof Docx> | undefined;

function table(d: typeof Docx, header: string[], rows: string[][], numeric: Set<number>): Docx.Table {
  const row = (cells: string[], bold: boolean) => new d.TableRow({
    tableHeader: bold,
    children: cells.map((text, i) => new d.TableCell({
      children: [new d.Paragraph({ alignment: numeric.has(i) ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, children: [new d.TextRun({ text, bold })] })],
    })),
  });
  return new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r, false))] });
}

function blockContent(d: typeof Docx, block: FlowBlock): (Docx.Paragraph | Docx.Table)[] {
  const headings = { 1: d.HeadingLevel.HEADING_1, 2: d.HeadingLevel.HEADING_2, 3: d.HeadingLevel.HEADING_3 } as const;
  switch (block.kind) {
    case 'heading': return [new d.Paragraph({ text: block.text, heading: headings[block.level] })];
    case 'paragraph': return [new d.Paragraph({ children: [new d.TextRun({ text: block.text, italics: block.muted ?? false })] })];
    case 'list': return block.items.map((item, i) => (block.ordered
      ? new d.Paragraph({ text: `${i + 1}. ${item}`, indent: { left: 360, hanging: 360 } })
      : new d.Paragraph({ text: item, bullet: { level: 0 } })));
    case 'table': return [table(d, block.header, block.rows, new Set(block.numeric)), new d.Paragraph({ text: '' })];
    case 'bars': return [
      ...(block.title ? [new d.Paragraph({ children: [new d.TextRun({ text: block.title, bold: true })] })] : []),
      table(d, ['', ''], block.bars.map((b) => [b.label, b.note]), new Set([1])),
      new d.Paragraph({ text: '' }),
    ];
  }
}

export async function renderFlowDocumentDocx(document: FlowDocument): Promise<Uint8Array> {
  const d = await (loading ??= import('docx'));
  const doc = new d.Document({
    creator: 'Samskab', title: document.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: document.blocks.flatMap((block) => blockContent(d, block)) }],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
