import { describe, expect, it } from 'vitest';
import { agendaItemSchema, meetingSchema, networkSchema } from '../../../../shared/domain';
import { documentDocx, networkLetterheadOf } from '../../../../shared/documents';
import { buildConvocation } from '../../../../shared/meetings';
import { convertWithLibreOffice } from '../../../support/libreOffice';
import { textOfPdf } from '../../../support/pdfText';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
};

const network = networkSchema.parse({
  ...meta,
  id: '6f1d3c2a-0000-4000-8000-000000000002',
  name: 'Cabina di regia Patto Sud-Est Milano',
  issuerName: 'Città metropolitana di Milano',
  issuerAddress: 'Via Vivaio 1, 20122 Milano',
  issuerPec: 'protocollo@pec.cittametropolitana.mi.it',
  issuerEmail: 'cabina.regia@cittametropolitana.mi.it',
  issuerPlace: 'Milano',
});

const meeting = meetingSchema.parse({
  ...meta,
  id: '6f1d3c2a-0000-4000-8000-000000000001',
  networkId: network.id,
  year: 2026,
  number: 3,
  kind: 'ordinaria',
  status: 'convocata',
  title: '',
  date: '2026-03-04',
  startTime: '10:00',
  endTime: '12:00',
  place: 'Segrate, Sala consiliare',
  onlineLink: '',
  presidentContactId: null,
  secretaryContactId: null,
  invitedOrganizationIds: [],
  minutesApprovedInMeetingId: null,
  openingTime: null,
  closingTime: null,
  minutesPremise: '',
  minutesDraftSentAt: null,
  minutesApprovedAt: null,
  minutesAmendments: [],
  guests: [],
  secondCall: false,
  protocolNumber: '2026/0145',
  protocolDate: '2026-02-20',
  secondCallDate: null,
  secondCallTime: '10:30',
});

const item = (order: number, title: string) =>
  agendaItemSchema.parse({
    ...meta,
    id: crypto.randomUUID(),
    meetingId: meeting.id,
    order,
    title,
    description: '',
    kind: 'discussione',
    presenterOrganizationId: null,
    presenterContactId: null,
    plannedMinutes: 30,
    minutesText: '',
    decision: null,
  });

const items = [item(1, 'Approvazione del verbale'), item(2, 'Monitoraggio del Piano')];

describe('the convocation letter as Word', () => {
  // Taken over from documents.spec.ts, which now reads the downloaded file's own XML for what the
  // secretary typed: the layout on pages is LibreOffice's to show, and needs no browser.
  it('lays out letterhead, protocol, recipients, both calls, agenda, delega and page numbers when LibreOffice opens it', async () => {
    const letter = buildConvocation({
      locale: 'it',
      networkName: network.name,
      letterhead: networkLetterheadOf('it', network, null),
      letterPlace: network.issuerPlace,
      today: '2026-02-25',
      meeting,
      items,
      presenters: new Map([[items[1]?.id ?? '', 'Giulia Rossi (Comune di Segrate)']]),
      recipients: [
        { name: 'Comune di Segrate', address: 'protocollo@pec.segrate.it', votingRight: true },
        { name: 'Caritas Ambrosiana', address: '', votingRight: false },
      ],
      presidentName: 'Anna Verdi',
      replyAddress: network.issuerEmail,
      attachments: [{ fileName: 'relazione.pdf', itemNumber: 2 }],
    });

    const text = textOfPdf(await convertWithLibreOffice(await documentDocx(letter), 'docx', 'pdf'));

    for (const expected of [
      'Città metropolitana di Milano',
      'PEC: protocollo@pec.cittametropolitana.mi.it',
      'Prot. n. 2026/0145 del 20/02/2026',
      'Milano, 20 febbraio 2026',
      'A:',
      'Oggetto: convocazione della seduta',
      'Prima convocazione',
      'Seconda convocazione',
      'Ordine del giorno',
      'relatore:',
      'confermare la partecipazione',
      'delega scritta',
      'Il Presidente',
      'Allegato 1 — Modulo di delega',
      'pag. 1 di',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/n\. \d+\/\d{4}/g)?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/Seduta n\. \d+\/\d{4}.*Seduta n\./);
  }, 120_000);
});
