// A document that flows from top to bottom (headings, paragraphs, lists, tables and bar charts),
// already in the reader's language: what the table-notes export and the summit report hand to the
// PDF and DOCX renderers, so both files say the same from the same data.

export interface FlowBar {
  label: string;
  value: number;
  /** The whole the value is a part of (a quota); absent: bars compare counts with each other. */
  of?: number;
  /** The number printed beside the bar, e.g. "12/15" or "8 (40 %)". */
  note: string;
}

export type FlowBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][]; /** Columns holding numbers (right-aligned). */ numeric: number[] }
  | { kind: 'bars'; /** '' when a heading right above already names the chart. */ title: string; bars: FlowBar[] };

export interface FlowDocument {
  title: string;
  blocks: FlowBlock[];
}
