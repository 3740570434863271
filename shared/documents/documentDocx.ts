import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { DocumentBlock, DocumentTable, Letterhead, OfficialDocument } from './documentModel';
import { chartHeight, chartWidth } from './chartSvg';
import { logoBytes } from './logoImage';
import { officialDocument, officialText } from './officialText';

/** One font family for headings and body, metric-compatible with Liberation Sans. */
export const documentFont = 'Arial';

// A4 with 2 cm margins: the text is 17 cm wide (twips: 1 cm = 567).
const pageWidth = 11_906;
const pageHeight = 16_838;
const margin = 1_134;
const textWidth = pageWidth - 2 * margin;
const spacing = { after: 120, line: 276 };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = {
  top: noBorder,
  bottom: noBorder,
  left: noBorder,
  right: noBorder,
  insideHorizontal: noBorder,
  insideVertical: noBorder,
} as const;

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

type ParagraphOptions = {
  bold?: boolean;
  italics?: boolean;
  align?: 'left' | 'right' | 'center';
  keepNext?: boolean;
  size?: number;
  after?: number;
  indent?: number;
};

const alignments = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
} as const;

function textRuns(text: string, options: ParagraphOptions): TextRun[] {
  // A line break inside a text is a break in the same paragraph.
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        text: line,
        bold: options.bold,
        italics: options.italics,
        size: options.size,
        break: index > 0 ? 1 : undefined,
      }),
  );
}

function paragraph(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: textRuns(text, options),
    alignment: alignments[options.align ?? 'left'],
    keepNext: options.keepNext,
    keepLines: true,
    spacing: { ...spacing, after: options.after ?? spacing.after },
    indent: options.indent ? { left: options.indent } : undefined,
  });
}

function letterheadOf(letterhead: Letterhead): FileChild[] {
  const bytes = letterhead.logo ? logoBytes(letterhead.logo.dataUrl) : null;
  const logo =
    letterhead.logo && bytes
      ? [
          new Paragraph({
            children: [
              new ImageRun({
                type: letterhead.logo.type,
                data: bytes,
                // At most 2.5 cm high (96 px to the inch), in proportion.
                transformation: {
                  width: Math.round((94 * letterhead.logo.width) / letterhead.logo.height),
                  height: 94,
                },
                altText: {
                  name: 'logo',
                  title: letterhead.logo.description,
                  description: letterhead.logo.description,
                },
              }),
            ],
            spacing: { after: 60 },
          }),
        ]
      : [];
  const lines = letterhead.lines.map(
    (line, index) =>
      new Paragraph({
        children: textRuns(line, { size: 18 }),
        spacing: { after: 0 },
        border:
          index === letterhead.lines.length - 1
            ? { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 6 } }
            : undefined,
      }),
  );
  return [
    ...logo,
    paragraph(letterhead.name, { bold: true, size: 26, after: 40 }),
    ...lines,
    new Paragraph({ children: [], spacing: { after: 240 } }),
  ];
}

function cell(text: string, options: { header: boolean; numeric: boolean; width: number }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        children: textRuns(text, { bold: options.header, size: 20 }),
        alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0 },
      }),
    ],
  });
}

function tableOf(table: DocumentTable): Table {
  const columnCount = Math.max(1, table.columns.length);
  const width = Math.floor(textWidth / columnCount);
  const numeric = new Set(table.numericColumns ?? []);
  const row = (cells: string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, index) =>
        cell(text, { header, numeric: numeric.has(index), width }),
      ),
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: Array.from({ length: columnCount }, () => width),
    layout: TableLayoutType.FIXED,
    rows: [
      row(table.columns, true),
      ...table.rows.map((cells) => row(cells, false)),
      ...(table.totals ? [row(table.totals, true)] : []),
    ],
  });
}

function signaturesOf(block: Extract<DocumentBlock, { kind: 'signatures' }>): FileChild[] {
  // The text above is kept with the signatures, and the signatures' row never splits.
  const lead = block.lead.map((text) => paragraph(text, { keepNext: true }));
  const width = Math.floor(textWidth / Math.max(1, block.signatures.length));
  const signatureCell = (role: string, name: string): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: noBorders,
      children: [
        paragraph(role, { bold: true, align: 'center', keepNext: true, after: 60 }),
        paragraph(name || ' ', { align: 'center', keepNext: true, after: 360 }),
        paragraph('______________________________', { align: 'center', after: 0 }),
      ],
    });
  return [
    ...lead,
    new Paragraph({ children: [], keepNext: true, spacing: { after: 240 } }),
    new Table({
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths: block.signatures.map(() => width),
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      rows: [
        new TableRow({
          cantSplit: true,
          children: block.signatures.map((signature) =>
            signatureCell(signature.role, signature.name),
          ),
        }),
      ],
    }),
  ];
}

function blockOf(block: DocumentBlock): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          children: textRuns(block.text, {}),
          heading: headingLevels[block.level],
          keepNext: true,
          keepLines: true,
        }),
      ];
    case 'paragraph':
      return [
        paragraph(block.text, {
          bold: block.emphasis === 'bold',
          italics: block.emphasis === 'italic',
          align: block.align,
        }),
      ];
    case 'facts':
      return block.facts.map(
        (fact, index) =>
          new Paragraph({
            children: [
              new TextRun({ text: `${fact.label}: `, bold: true }),
              ...textRuns(fact.value, {}),
            ],
            keepNext: index < block.facts.length - 1,
            spacing: { ...spacing, after: index === block.facts.length - 1 ? 120 : 40 },
          }),
      );
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            children: textRuns(`${block.ordered ? `${index + 1}.` : '–'}\t${item}`, {}),
            indent: { left: 426, hanging: 426 },
            tabStops: [{ type: 'left', position: 426 }],
            keepLines: true,
            spacing: { ...spacing, after: 60 },
          }),
      );
    case 'table':
      return [tableOf(block.table), new Paragraph({ children: [], spacing: { after: 120 } })];
    case 'reference':
      return block.lines.map((line, index) =>
        paragraph(line, { align: 'right', after: index === block.lines.length - 1 ? 240 : 0 }),
      );
    case 'recipients':
      return block.groups.flatMap((group) =>
        group.lines.map(
          (line, index) =>
            new Paragraph({
              children: [
                new TextRun({ text: index === 0 ? group.label : '', bold: true }),
                new TextRun({ text: '\t' }),
                ...textRuns(line, {}),
              ],
              indent: { left: 5_103, hanging: 567 },
              tabStops: [{ type: 'left', position: 5_103 }],
              keepNext: true,
              spacing: { after: index === group.lines.length - 1 ? 160 : 0 },
            }),
        ),
      );
    case 'signatures':
      return signaturesOf(block);
    case 'chart':
      return chartOf(block);
    case 'attachments':
      return [
        paragraph(block.heading, { bold: true, keepNext: true, after: 60 }),
        ...block.items.map((item, index) =>
          paragraph(item, { after: index === block.items.length - 1 ? 120 : 40 }),
        ),
      ];
  }
}

/** The width a chart is drawn at in the page (px at 96 dpi): a little less than the text's. */
const chartDrawnWidth = 600;

function chartOf(block: Extract<DocumentBlock, { kind: 'chart' }>): FileChild[] {
  const { chart, png } = block;
  const caption = paragraph(chart.title, { bold: true, keepNext: true, after: 60 });
  // Without its picture (a host that cannot draw it), the chart is its description in words.
  if (!png) return [caption, paragraph(chart.description, { italics: true })];
  const scale = chartDrawnWidth / chartWidth;
  return [
    caption,
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: {
            width: chartDrawnWidth,
            height: Math.round(chartHeight(chart) * scale),
          },
          altText: { name: chart.title, title: chart.title, description: chart.description },
        }),
      ],
      spacing: { after: 200 },
    }),
  ];
}

function draftHeader(mark: string): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: officialText(mark), bold: true, color: '8B0000', size: 28 }),
        ],
      }),
    ],
  });
}

function pageFooter(document: OfficialDocument): Footer {
  const { page, of } = document.pageLabels;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 18,
            children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * A document as a Word file (DOCX bytes): the letterhead first, BOZZA in the header of every
 * page of a draft, "pag. x di y" in the footer, one font, signatures kept with their text.
 */
export async function documentDocx(source: OfficialDocument): Promise<Uint8Array> {
  const document = officialDocument(source);
  const run = { font: documentFont, language: { value: document.language } };
  const heading = (size: number, before: number) => ({
    run: { ...run, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const file = new Document({
    creator: 'Regia',
    title: document.title,
    styles: {
      default: {
        document: { run: { ...run, size: 22 }, paragraph: { spacing } },
        heading1: heading(30, 240),
        heading2: heading(26, 240),
        heading3: heading(23, 180),
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: pageHeight },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        headers: document.draftMark ? { default: draftHeader(document.draftMark) } : undefined,
        footers: { default: pageFooter(document) },
        children: [
          ...(document.letterhead ? letterheadOf(document.letterhead) : []),
          ...document.blocks.flatMap(blockOf),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
