import { describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  meetingSchema,
  type AgendaItem,
  type Contact,
  type Meeting,
  type Membership,
} from '../../../../shared/domain';
import type { DocumentBlock, OfficialDocument } from '../../../../shared/documents';
import {
  buildConvocation,
  buildDelegaForm,
  delegaFileName,
  invitationAttendees,
  invitedMemberships,
} from '../../../../shared/meetings';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
};

const meeting: Meeting = meetingSchema.parse({
  ...meta,
  id: '6f1d3c2a-0000-4000-8000-000000000001',
  networkId: '6f1d3c2a-0000-4000-8000-000000000002',
  year: 2026,
  number: 3,
  kind: 'ordinaria',
  status: 'bozza',
  title: '',
  date: '2026-04-15',
  startTime: '10:00',
  endTime: null,
  place: 'Segrate, Sala consiliare',
  onlineLink: 'https://meet.example/regia',
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
  protocolNumber: '1234',
  protocolDate: '2026-04-01',
  secondCallDate: null,
  secondCallTime: '10:30',
});

const item = (id: string, order: number, title: string, plannedMinutes: number): AgendaItem => ({
  ...agendaItemSchema.parse({
    ...meta,
    id: crypto.randomUUID(),
    meetingId: '6f1d3c2a-0000-4000-8000-000000000001',
    order,
    title,
    description: '',
    kind: 'discussione',
    presenterOrganizationId: null,
    presenterContactId: null,
    plannedMinutes,
    minutesText: '',
    decision: null,
  }),
  id,
});

const letterhead = { name: 'AFOL Metropolitana', lines: ['Via Soderini 24, Milano'], logo: null };

function letterOf(overrides: Partial<Parameters<typeof buildConvocation>[0]> = {}) {
  return buildConvocation({
    locale: 'it',
    networkName: 'Cabina di regia Patto Sud-Est Milano',
    letterhead,
    letterPlace: 'Milano',
    today: '2026-04-02',
    meeting,
    items: [item('a', 1, 'Approvazione del verbale', 5), item('b', 2, 'Monitoraggio 📊', 40)],
    presenters: new Map([['b', 'Giulia Rossi (Comune di Segrate)']]),
    recipients: [
      { name: 'Comune di Segrate', address: 'protocollo@pec.comune.segrate.it', votingRight: true },
      { name: 'AFOL Metropolitana', address: 'afol@pec.example', votingRight: true },
      { name: 'Caritas Ambrosiana', address: '', votingRight: false },
    ],
    presidentName: 'Anna Verdi',
    replyAddress: 'segreteria@afol.example',
    attachments: [{ fileName: 'relazione.pdf', itemNumber: 2 }],
    ...overrides,
  });
}

const blocksOf = <K extends DocumentBlock['kind']>(
  letter: OfficialDocument,
  kind: K,
): Extract<DocumentBlock, { kind: K }>[] =>
  letter.blocks.filter(
    (block): block is Extract<DocumentBlock, { kind: K }> => block.kind === kind,
  );

describe('convocation letter', () => {
  it('carries the protocol, the place and date of the letter under the letterhead', () => {
    const letter = letterOf();
    expect(letter.letterhead).toEqual(letterhead);
    expect(blocksOf(letter, 'reference')[0]?.lines).toEqual([
      'Prot. n. 1234 del 01/04/2026',
      'Milano, 1 aprile 2026',
    ]);
    expect(letter.draftMark).toBeNull();
  });

  it('addresses the voting bodies under "A:" in name order with their PEC, the others "e p.c."', () => {
    expect(blocksOf(letterOf(), 'recipients')[0]?.groups).toEqual([
      {
        label: 'A:',
        lines: [
          'AFOL Metropolitana — afol@pec.example',
          'Comune di Segrate — protocollo@pec.comune.segrate.it',
        ],
      },
      { label: 'e p.c.:', lines: ['Caritas Ambrosiana'] },
    ]);
  });

  it('states the subject once, the day, the declared times, first and second call, place and link', () => {
    const letter = letterOf();
    expect(letter.title).toBe(
      'Oggetto: convocazione della seduta ordinaria n. 3/2026 — Cabina di regia Patto Sud-Est Milano',
    );
    expect(letter.title.match(/n\. 3\/2026/g)).toHaveLength(1);
    expect(blocksOf(letter, 'facts')[0]?.facts).toEqual([
      { label: 'Data', value: 'mercoledì 15 aprile 2026' },
      { label: 'Orario', value: 'dalle 10:00 alle 10:45' },
      { label: 'Prima convocazione', value: '15 aprile 2026, ore 10:00' },
      { label: 'Seconda convocazione', value: '15 aprile 2026, ore 10:30' },
      { label: 'Luogo', value: 'Segrate, Sala consiliare' },
      { label: 'Collegamento', value: 'https://meet.example/regia' },
    ]);
    expect(
      blocksOf(letterOf({ meeting: { ...meeting, endTime: '12:00' } }), 'facts')[0]?.facts[1],
    ).toEqual({ label: 'Orario', value: 'dalle 10:00 alle 12:00' });
  });

  it('lists the agenda with kind, presenter and time, then how to confirm and send a delegate', () => {
    const letter = letterOf();
    expect(blocksOf(letter, 'list')[0]?.items).toEqual([
      'Approvazione del verbale\nDiscussione · 5 minuti',
      'Monitoraggio 📊\nDiscussione · relatore: Giulia Rossi (Comune di Segrate) · 40 minuti',
    ]);
    const text = blocksOf(letter, 'paragraph')
      .map((block) => block.text)
      .join('\n');
    expect(text).toContain('confermare la partecipazione');
    expect(text).toContain('segreteria@afol.example');
    expect(text).toContain('delega scritta');
  });

  it('lists the attachments as Allegato 1, 2…, the delega form first, and signs with the greeting', () => {
    const letter = letterOf();
    expect(blocksOf(letter, 'attachments')[0]?.items).toEqual([
      'Allegato 1 — Modulo di delega',
      'Allegato 2 — relazione.pdf (punto 2)',
    ]);
    expect(blocksOf(letter, 'signatures')[0]).toEqual({
      kind: 'signatures',
      lead: ['Cordiali saluti.'],
      signatures: [{ role: 'Il Presidente', name: 'Anna Verdi' }],
    });
  });

  it('writes no protocol line until the secretary types one', () => {
    const letter = letterOf({ meeting: { ...meeting, protocolNumber: '', protocolDate: null } });
    expect(blocksOf(letter, 'reference')[0]?.lines).toEqual(['Milano, 2 aprile 2026']);
  });
});

describe('delega form', () => {
  it('is prefilled for one body with the meeting, its time, place and protocol', () => {
    const form = buildDelegaForm({
      locale: 'it',
      networkName: 'Cabina di regia Patto Sud-Est Milano',
      letterhead,
      meeting,
      bodyName: 'Comune di Segrate',
    });
    const text = blocksOf(form, 'paragraph')
      .map((block) => block.text)
      .join('\n');
    expect(text).toContain('rappresentante di Comune di Segrate');
    expect(text).toContain('DELEGA');
    expect(text).toContain(
      'mercoledì 15 aprile 2026 alle ore 10:00 presso Segrate, Sala consiliare',
    );
    expect(text).toContain('prot. n. 1234 del 1 aprile 2026');
    expect(blocksOf(form, 'signatures')[0]?.signatures[0]?.role).toBe('Firma del delegante');
    expect(delegaFileName('it', meeting, 'Comune di Segrate')).toBe(
      'delega-seduta-3-2026-comune-di-segrate.docx',
    );
  });
});

describe('invitation attendees', () => {
  const membership = (organizationId: string, contactIds: string[], to: string | null = null) =>
    ({
      ...meta,
      id: `m-${organizationId}`,
      networkId: 'network',
      organizationId,
      role: 'partner',
      votingRight: true,
      from: null,
      to,
      representativeContactIds: contactIds,
      delegateContactIds: [],
    }) satisfies Membership;
  const contact = (id: string, email: string): Contact => ({
    ...meta,
    id,
    organizationId: 'org',
    firstName: 'Nome',
    lastName: id,
    role: '',
    email,
    phone: '',
    notes: '',
    searchWords: [],
  });

  it('invites every current member when the meeting names none, or only those it names', () => {
    const members = [membership('a', []), membership('b', []), membership('c', [], '2026-01-31')];
    expect(invitedMemberships(meeting, members).map((entry) => entry.organizationId)).toEqual([
      'a',
      'b',
    ]);
    expect(
      invitedMemberships({ ...meeting, invitedOrganizationIds: ['b'] }, members).map(
        (entry) => entry.organizationId,
      ),
    ).toEqual(['b']);
  });

  it('keeps the representatives with an email, each address once', () => {
    const contacts = new Map([
      ['x', contact('x', 'x@example.org')],
      ['y', contact('y', '')],
      ['z', contact('z', 'X@example.org')],
    ]);
    expect(
      invitationAttendees([membership('a', ['x', 'y']), membership('b', ['z'])], contacts),
    ).toEqual([{ name: 'Nome x', email: 'x@example.org' }]);
  });
});
