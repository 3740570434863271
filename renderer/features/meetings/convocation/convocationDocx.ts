import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ConvocationDocument } from '../../../../shared/meetings';

const paragraph = (text: string, options: { bold?: boolean; after?: number } = {}): Paragraph =>
  new Paragraph({
    children: [new TextRun({ text, bold: options.bold })],
    spacing: { after: options.after ?? 120 },
  });

/** The convocation letter as a Word document (DOCX bytes). */
export async function convocationDocx(letter: ConvocationDocument): Promise<Uint8Array> {
  const agenda = letter.agenda.flatMap((line) => [
    new Paragraph({
      children: [new TextRun({ text: `${line.number}. ${line.title}`, bold: true })],
      spacing: { before: 120, after: 40 },
    }),
    new Paragraph({
      children: [new TextRun({ text: line.details, italics: true })],
      indent: { left: 360 },
    }),
    ...(line.description
      ? [new Paragraph({ children: [new TextRun(line.description)], indent: { left: 360 } })]
      : []),
  ]);
  const document = new Document({
    creator: 'Regia',
    title: letter.subject,
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [
      {
        children: [
          paragraph(letter.sender, { bold: true, after: 240 }),
          new Paragraph({
            text: letter.heading,
            heading: HeadingLevel.HEADING_1,
            spacing: { after: 240 },
          }),
          paragraph(letter.recipients),
          paragraph(letter.subject, { bold: true, after: 240 }),
          paragraph(letter.opening, { after: 240 }),
          ...letter.facts.map(
            (fact) =>
              new Paragraph({
                children: [
                  new TextRun({ text: `${fact.label}: `, bold: true }),
                  new TextRun(fact.value),
                ],
              }),
          ),
          new Paragraph({
            text: letter.agendaHeading,
            heading: HeadingLevel.HEADING_2,
            spacing: { before: 240 },
          }),
          ...agenda,
          paragraph(letter.closing, { after: 480 }),
          new Paragraph({ text: letter.signatureRole, alignment: AlignmentType.RIGHT }),
          new Paragraph({ text: letter.signatureName, alignment: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
