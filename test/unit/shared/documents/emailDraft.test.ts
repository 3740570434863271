import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emailDraftEml } from '../../../../shared/documents';
import { meetingSchema } from '../../../../shared/domain';
import { convocationEmail } from '../../../../shared/meetings';

const meeting = meetingSchema.parse({
  id: '0b9c2f1e-1111-4222-8333-444455556666',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
  networkId: '0b9c2f1e-1111-4222-8333-444455556667',
  year: 2026,
  number: 6,
  kind: 'ordinaria',
  status: 'convocata',
  date: '2026-03-04',
  startTime: '09:30',
  place: 'Milano, Sala Pirelli',
});

const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 250]);
const ics = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');

describe('e-mail draft (.eml)', () => {
  it('is read back by a MIME parser with its recipients, subject, Italian body and attachments', async () => {
    const draft = convocationEmail(
      {
        locale: 'it',
        networkName: 'Cabina di regia Sud-Est',
        sender: {
          name: 'Città metropolitana di Milano',
          address: 'protocollo@pec.cittametropolitana.mi.it',
        },
        recipients: [
          {
            name: 'Comune di Segrate',
            address: 'protocollo@pec.comune.segrate.it',
            votingRight: true,
          },
          { name: 'AFOL Metropolitana', address: 'afol@pec.example.it', votingRight: true },
          { name: 'Caritas Ambrosiana', address: 'info@caritas.example.it', votingRight: false },
          { name: 'Ente senza indirizzo', address: '', votingRight: true },
        ],
      },
      meeting,
      [
        { fileName: 'convocazione-seduta-6-2026.docx', bytes: docx },
        { fileName: 'convocazione-seduta-6-2026.ics', bytes: ics },
      ],
    );
    const parsed = await PostalMime.parse(emailDraftEml(draft));
    expect(parsed.from?.address).toBe('protocollo@pec.cittametropolitana.mi.it');
    expect(parsed.to?.map((mailbox) => mailbox.address)).toEqual([
      'afol@pec.example.it',
      'protocollo@pec.comune.segrate.it',
    ]);
    expect(parsed.cc?.map((mailbox) => mailbox.address)).toEqual(['info@caritas.example.it']);
    expect(parsed.subject).toBe(
      'convocazione della seduta ordinaria n. 6/2026 — Cabina di regia Sud-Est',
    );
    expect(parsed.text).toContain(
      'mercoledì 4 marzo 2026 alle ore 09:30, presso Milano, Sala Pirelli',
    );
    expect(parsed.text).toContain('confermare la partecipazione');
    expect(parsed.headers.find((header) => header.key === 'x-unsent')?.value).toBe('1');
    expect(
      parsed.attachments.map((attachment) => [attachment.filename, attachment.mimeType]),
    ).toEqual([
      [
        'convocazione-seduta-6-2026.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['convocazione-seduta-6-2026.ics', 'text/calendar'],
    ]);
    const [first] = parsed.attachments;
    expect(new Uint8Array(first?.content as ArrayBuffer)).toEqual(docx);
  });
});
