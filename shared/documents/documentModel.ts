/**
 * One model for every document Regia writes for a public body (convocation, minutes, delega,
 * reports): a list of blocks that says what the document holds, never how it looks. One DOCX
 * renderer and one print view render it, so a new document is only a new builder.
 */

/** The issuing body as it heads every page one: name, address and contacts, logo. */
export type Letterhead = {
  name: string;
  /** Address, PEC, e-mail…, one line each, already labelled. */
  lines: string[];
  /** A PNG or JPEG image as a data URL (validated by logoImage), or null. */
  logo: LetterheadLogo | null;
};

/** The logo of a letterhead, with its size in pixels so it is drawn in proportion. */
export type LetterheadLogo = {
  dataUrl: string;
  type: 'png' | 'jpg';
  width: number;
  height: number;
  /** The text read out instead of the image. */
  description: string;
};

/** A table that fits the page width; numeric columns are aligned right. */
export type DocumentTable = {
  columns: string[];
  rows: string[][];
  /** Indexes of the columns that hold numbers. */
  numericColumns?: number[];
  /** A last row of totals, or null. */
  totals?: string[] | null;
};

/**
 * A horizontal bar chart: for each row one bar per series, with the value written beside it,
 * and an optional reference line (a target). Drawn as SVG in the print view, as an image in DOCX.
 */
export type DocumentChart = {
  /** The caption above the chart. */
  title: string;
  /** The text read instead of the image (alt text): every figure the chart draws. */
  description: string;
  series: { name: string; color: string }[];
  /** One row per category: its label, a value per series and how each value is written. */
  rows: { label: string; values: number[]; texts: string[] }[];
  reference: { value: number; label: string } | null;
};

/** A person who signs, and in which capacity. */
export type DocumentSignature = { role: string; name: string };

/** One piece of a document. */
export type DocumentBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | {
      kind: 'paragraph';
      text: string;
      /** Bold for decisions and notes that must stand out; italic for details. */
      emphasis?: 'bold' | 'italic';
      align?: 'left' | 'right' | 'center';
    }
  /** Label and value pairs: "Data: …", "Luogo: …". */
  | { kind: 'facts'; facts: { label: string; value: string }[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; table: DocumentTable }
  /** A chart with its caption; `png` is its picture for DOCX, drawn by the host before writing. */
  | { kind: 'chart'; chart: DocumentChart; png?: Uint8Array | null }
  /** Protocol and letter date, on the right under the letterhead. */
  | { kind: 'reference'; lines: string[] }
  /** "A:" and "e p.c." groups, each with one recipient a line. */
  | { kind: 'recipients'; groups: { label: string; lines: string[] }[] }
  /**
   * Signatures with the text they sign (the closing sentence, place and date): the renderers
   * keep them on one page.
   */
  | { kind: 'signatures'; lead: string[]; signatures: DocumentSignature[] }
  /** "Allegato 1 — …", "Allegato 2 — …" under a heading. */
  | { kind: 'attachments'; heading: string; items: string[] };

/** The words of the page footer: "pag." x "di" y. */
export type PageLabels = { page: string; of: string };

/** A whole document, ready for the DOCX renderer and the print view. */
export type OfficialDocument = {
  /** BCP 47 language of the text, e.g. "it-IT". */
  language: string;
  /** The document's title, for its metadata and the PDF. */
  title: string;
  letterhead: Letterhead | null;
  /** "BOZZA" on a draft, shown once per page; null on a final document. */
  draftMark: string | null;
  pageLabels: PageLabels;
  blocks: DocumentBlock[];
};
