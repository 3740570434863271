import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type {
  MinutesDocument,
  MinutesTable,
} from '../../../../shared/meetings/minutes/minutesDocument';

const text = (value: string, options: { bold?: boolean } = {}): Paragraph =>
  new Paragraph({ children: [new TextRun({ text: value, bold: options.bold })] });

const heading = (value: string, level: 1 | 2 = 2): Paragraph =>
  new Paragraph({
    text: value,
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
  });

function tableOf(table: MinutesTable): Table {
  const row = (cells: string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      children: cells.map((cell) => new TableCell({ children: [text(cell, { bold: header })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(table.columns, true), ...table.rows.map((cells) => row(cells, false))],
  });
}

function bodyOf(minutes: MinutesDocument): FileChild[] {
  const attendance = minutes.attendance.flatMap((group) =>
    group.entries.length === 0
      ? []
      : [
          text(`${group.label} (${group.entries.length}):`, { bold: true }),
          ...group.entries.map((entry) => new Paragraph({ text: entry, bullet: { level: 0 } })),
        ],
  );
  const items = minutes.items.flatMap((item) => [
    heading(item.heading),
    ...item.discussion.map((paragraph) => text(paragraph)),
    ...(item.decision ? [text(item.decision, { bold: true })] : []),
    ...(item.vote ? [text(item.vote)] : []),
    ...(item.review
      ? [
          text(item.review.intro),
          ...item.review.sections.flatMap((section) => [
            text(section.heading, { bold: true }),
            tableOf(section.table),
          ]),
        ]
      : []),
  ]);
  const signature = (role: string, name: string): Paragraph[] => [
    new Paragraph({
      spacing: { before: 480 },
      children: [new TextRun({ text: role, bold: true })],
    }),
    text(name),
    text('______________________________'),
  ];
  return [
    heading(minutes.title, 1),
    ...minutes.heading.map((line) => text(line)),
    ...minutes.officers.map((line) => text(line)),
    heading(minutes.attendanceHeading),
    ...attendance,
    text(minutes.quorum),
    ...minutes.premise.map((paragraph) => text(paragraph)),
    heading(minutes.agendaHeading),
    ...minutes.agenda.map((entry) => text(entry)),
    ...items,
    heading(minutes.actionsHeading),
    minutes.actions.rows.length === 0 ? text(minutes.noActions) : tableOf(minutes.actions),
    text(minutes.closing),
    ...minutes.signatures.flatMap((line) => signature(line.role, line.name)),
    ...(minutes.approval ? [text(minutes.approval, { bold: true })] : []),
    ...(minutes.amendments.length > 0
      ? [heading(minutes.amendmentsHeading), ...minutes.amendments.map((entry) => text(entry))]
      : []),
  ];
}

const markParagraph = (mark: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: mark, bold: true, color: 'B00020', size: 28 })],
  });

/** The minutes as a Word file: a draft carries "BOZZA" in its header, footer and first line. */
export async function minutesDocxBytes(minutes: MinutesDocument): Promise<Uint8Array> {
  const mark = minutes.draftMark;
  const document = new Document({
    title: minutes.title,
    creator: 'Regia',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        headers: mark ? { default: new Header({ children: [markParagraph(mark)] }) } : undefined,
        footers: mark ? { default: new Footer({ children: [markParagraph(mark)] }) } : undefined,
        children: [...(mark ? [markParagraph(mark)] : []), ...bodyOf(minutes)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
