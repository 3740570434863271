import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { emailDraftEml, partnerWorkbookEmail } from '../../../../shared/documents';

const workbook = {
  fileName: 'scheda-AFOL-Metropolitana-2026-03-02.xlsx',
  bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 8, 7, 255]),
};
const sender = {
  name: 'Città metropolitana di Milano',
  address: 'protocollo@pec.cittametropolitana.mi.it',
};
const contacts = [
  { name: 'Laura Bianchi', address: 'l.bianchi@afolmet.it' },
  { name: 'Paolo Neri', address: '' },
  { name: 'Ufficio protocollo', address: 'AFOL@pec.afolmet.it' },
];

describe('the e-mail draft of a partner workbook', () => {
  it('goes to the body’s PEC with its contacts in copy, says when to return it and carries the workbook', async () => {
    const draft = partnerWorkbookEmail({
      locale: 'it',
      networkName: 'Cabina di regia Sud-Est',
      sender,
      partner: { name: 'AFOL Metropolitana', address: 'afol@pec.afolmet.it' },
      contacts,
      returnBy: '2026-03-16',
      workbook,
    });
    const parsed = await PostalMime.parse(emailDraftEml(draft));

    expect(parsed.from?.address).toBe('protocollo@pec.cittametropolitana.mi.it');
    expect(parsed.to?.map((mailbox) => mailbox.address)).toEqual(['afol@pec.afolmet.it']);
    expect(parsed.cc?.map((mailbox) => mailbox.address)).toEqual(['l.bianchi@afolmet.it']);
    expect(parsed.subject).toBe(
      'Scheda di aggiornamento — Cabina di regia Sud-Est — AFOL Metropolitana',
    );
    expect(parsed.text).toContain('Gentili referenti di AFOL Metropolitana,');
    expect(parsed.text).toContain(
      'restituirla rispondendo a questo messaggio entro il 16 marzo 2026.',
    );
    expect(parsed.text).toContain('Città metropolitana di Milano');
    expect(parsed.headers.find((header) => header.key === 'x-unsent')?.value).toBe('1');
    expect(
      parsed.attachments.map((attachment) => [attachment.filename, attachment.mimeType]),
    ).toEqual([
      [workbook.fileName, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    expect(new Uint8Array(parsed.attachments[0]?.content as ArrayBuffer)).toEqual(workbook.bytes);
  });

  it('goes to the contacts when the body has no address, and to nobody yet when no one has one', async () => {
    const toContacts = await PostalMime.parse(
      emailDraftEml(
        partnerWorkbookEmail({
          locale: 'it',
          networkName: 'Cabina di regia Sud-Est',
          sender,
          partner: { name: 'Cooperativa Il Sole', address: '' },
          contacts,
          returnBy: null,
          workbook,
        }),
      ),
    );
    expect(toContacts.to?.map((mailbox) => mailbox.address)).toEqual([
      'l.bianchi@afolmet.it',
      'AFOL@pec.afolmet.it',
    ]);
    expect(toContacts.cc ?? []).toEqual([]);
    expect(toContacts.text).toContain('rispondendo a questo messaggio.');

    const toNobody = await PostalMime.parse(
      emailDraftEml(
        partnerWorkbookEmail({
          locale: 'it',
          networkName: 'Cabina di regia Sud-Est',
          sender,
          partner: { name: 'Cooperativa Il Sole', address: '' },
          contacts: [],
          returnBy: null,
          workbook,
        }),
      ),
    );
    expect(toNobody.to ?? []).toEqual([]);
    expect(toNobody.attachments).toHaveLength(1);
  });
});
