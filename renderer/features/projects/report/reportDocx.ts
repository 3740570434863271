import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '../../../../shared/i18n';
import {
  cellText,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from '../../../../shared/projects';

function cell(locale: Locale, value: ReportCell, bold: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: value.kind === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: cellText(locale, value), bold, size: 18 })],
      }),
    ],
  });
}

function table(locale: Locale, content: ReportTable): Table {
  const header = new TableRow({
    tableHeader: true,
    children: content.columns.map((column) => cell(locale, { kind: 'text', text: column }, true)),
  });
  const rows = content.rows.map(
    (row) => new TableRow({ children: row.map((value) => cell(locale, value, false)) }),
  );
  const totals = content.totals
    ? [new TableRow({ children: content.totals.map((value) => cell(locale, value, true)) })]
    : [];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows, ...totals],
  });
}

/** A report as a Word document (.docx bytes): title, subtitle, then each section in turn. */
export async function reportDocx(locale: Locale, report: ReportDocument): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.title, heading: HeadingLevel.TITLE }),
    ...report.subtitle.map((line) => new Paragraph({ text: line })),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    children.push(...section.paragraphs.map((text) => new Paragraph({ text })));
    if (section.table && section.table.rows.length > 0) children.push(table(locale, section.table));
  }
  const document = new Document({
    creator: 'Regia',
    title: report.title,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
