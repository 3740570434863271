import { describe, expect, it } from 'vitest';
import type { DocumentBlock, OfficialDocument } from '../../../../../shared/documents';
import { buildMinutesBlocks } from '../../../../../shared/meetings/minutes/minutesBlocks';
import type { MinutesDocument } from '../../../../../shared/meetings/minutes/minutesDocument';

const minutes: MinutesDocument = {
  draftMark: 'BOZZA',
  title: 'Verbale della seduta n. 6/2026',
  heading: ['Cabina di regia', 'Seduta ordinaria n. 6/2026 del 4 marzo 2026'],
  officers: ['Presiede: Anna Verdi', 'Segretario verbalizzante: Bruno Neri'],
  attendanceHeading: 'Presenze',
  attendance: [
    { label: 'Presenti', entries: ['Comune di Segrate (Giulia Rossi)'] },
    { label: 'Assenti', entries: [] },
  ],
  quorum: 'Presenti 1 enti su 1 con diritto di voto: quorum raggiunto.',
  premise: [],
  agendaHeading: 'Ordine del giorno',
  agenda: ['1. Monitoraggio'],
  items: [
    {
      heading: '1. Monitoraggio',
      discussion: ['Si discute.'],
      decision: 'Decisione: si approva.',
      vote: 'Votazione: favorevoli 10, contrari 1 (Comune di Pioltello), astenuti 0.',
      review: null,
    },
  ],
  actionsHeading: 'Azioni assegnate',
  actions: { columns: ['Azione'], rows: [] },
  noActions: 'Nessuna azione assegnata.',
  closing: 'Esauriti i punti, la seduta è tolta alle ore 12:00.',
  signatures: [
    { role: 'Il Presidente', name: 'Anna Verdi' },
    { role: 'Il Segretario verbalizzante', name: 'Bruno Neri' },
  ],
  approval: null,
  amendmentsHeading: 'Rettifiche',
  amendments: [],
  fileName: 'verbale-2026-03-04-seduta-6',
};

const meeting = {
  status: 'verbaleInBozza' as const,
  protocolNumber: '88',
  protocolDate: '2026-02-20',
};

const verbale = (
  overrides: Partial<Parameters<typeof buildMinutesBlocks>[0]> = {},
): OfficialDocument =>
  buildMinutesBlocks({
    locale: 'it',
    minutes,
    meeting,
    letterhead: { name: 'AFOL Metropolitana', lines: [], logo: null },
    presenters: ['Giulia Rossi (Comune di Segrate)'],
    attachments: [{ fileName: 'relazione.pdf', itemNumber: 1 }],
    ...overrides,
  });

const texts = (document: OfficialDocument): string[] =>
  document.blocks.flatMap((block: DocumentBlock) =>
    block.kind === 'paragraph' || block.kind === 'heading' ? [block.text] : [],
  );

describe('verbale as an official document', () => {
  it('refers to the convocation by protocol and date, and names each item’s presenter', () => {
    const lines = texts(verbale());
    expect(lines).toContain('Convocata con nota prot. n. 88 del 20/02/2026.');
    expect(lines.indexOf('Relatore: Giulia Rossi (Comune di Segrate)')).toBe(
      lines.indexOf('1. Monitoraggio', lines.indexOf('Ordine del giorno') + 1) + 1,
    );
  });

  it('marks a draft BOZZA once, as the document’s mark, and lists the attachments', () => {
    const document = verbale();
    expect(document.draftMark).toBe('BOZZA');
    expect(JSON.stringify(document.blocks)).not.toContain('BOZZA');
    expect(document.blocks).toContainEqual({
      kind: 'attachments',
      heading: 'Allegati',
      items: ['Allegato 1 — relazione.pdf (punto 1)'],
    });
  });

  it('keeps the closing with the two signatures', () => {
    expect(verbale().blocks).toContainEqual({
      kind: 'signatures',
      lead: ['Esauriti i punti, la seduta è tolta alle ore 12:00.'],
      signatures: minutes.signatures,
    });
  });

  it('says first that a cancelled meeting was cancelled, with the reason', () => {
    const lines = texts(
      verbale({
        meeting: { ...meeting, status: 'annullata' },
        lifecycleReason: 'Sciopero dei trasporti.',
      }),
    );
    expect(lines[1]).toBe('La seduta è stata annullata. Sciopero dei trasporti.');
  });
});
