import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  agendaItemSchema,
  attendanceSchema,
  contactSchema,
  meetingSchema,
  membershipSchema,
  networkSchema,
  organizationSchema,
  type AttendanceStatus,
} from '../../../../shared/domain';
import { buildMinutesDocument } from '../../../../shared/meetings/minutes/minutesModel';
import type { MinutesInput } from '../../../../shared/meetings/minutes/minutesDocument';

const meta = (id: string) => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
});
const uuid = (group: number, index: number): string =>
  `${String(group).padStart(8, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

const network = networkSchema.parse({ ...meta(uuid(1, 1)), name: 'Patto Sud-Est Milano' });
const names = ['AFOL Metropolitana', 'Comune di Segrate', 'Comune di Peschiera', 'ASST Melegnano'];
const organizations = names.map((name, index) =>
  organizationSchema.parse({ ...meta(uuid(2, index)), name, type: 'altro' }),
);
const orgId = (index: number): string => uuid(2, index);
const president = contactSchema.parse({
  ...meta(uuid(3, 1)),
  organizationId: orgId(0),
  firstName: 'Anna',
  lastName: 'Bianchi',
});
const secretary = contactSchema.parse({
  ...meta(uuid(3, 2)),
  organizationId: orgId(0),
  firstName: 'Luca',
  lastName: 'Verdi',
});
const meeting = meetingSchema.parse({
  ...meta(uuid(4, 1)),
  networkId: network.id,
  year: 2026,
  number: 3,
  kind: 'ordinaria',
  status: 'svolta',
  date: '2026-03-12',
  startTime: '10:00',
  place: 'Sala consiliare, Segrate',
  presidentContactId: president.id,
  secretaryContactId: secretary.id,
  openingTime: '10:05',
  closingTime: '12:20',
});
const memberships = organizations.map((organization, index) =>
  membershipSchema.parse({
    ...meta(uuid(5, index)),
    networkId: network.id,
    organizationId: organization.id,
    role: 'partner',
    votingRight: index < 3,
  }),
);
const attend = (index: number, status: AttendanceStatus, extra: object = {}) =>
  attendanceSchema.parse({
    ...meta(uuid(6, index)),
    meetingId: meeting.id,
    organizationId: orgId(index),
    status,
    ...extra,
  });
const attendances = [
  attend(0, 'presente', { contactId: president.id, arrivalTime: '10:00' }),
  attend(1, 'delegato', { delegateName: 'Mario Rossi', arrivalTime: '10:00' }),
  attend(2, 'assenteGiustificato'),
  attend(3, 'assente'),
];
const items = [
  agendaItemSchema.parse({
    ...meta(uuid(7, 2)),
    meetingId: meeting.id,
    order: 2,
    title: 'Piano delle azioni 2026',
    kind: 'deliberazione',
    plannedMinutes: 20,
    minutesText: 'AFOL illustra il piano.\nSegue discussione.',
    decision: {
      text: 'Si approva il piano.',
      votesInFavour: 2,
      votesAgainst: 0,
      abstained: 1,
      outcome: 'approvato',
    },
  }),
  agendaItemSchema.parse({
    ...meta(uuid(7, 1)),
    meetingId: meeting.id,
    order: 1,
    title: 'Comunicazioni',
    kind: 'informativa',
    plannedMinutes: 10,
  }),
];
const action = actionSchema.parse({
  ...meta(uuid(8, 1)),
  networkId: network.id,
  title: 'Mappare gli sportelli lavoro',
  ownerOrganizationId: orgId(1),
  dueDate: '2026-05-31',
  status: 'daAvviare',
  priority: 'media',
  progress: 0,
  originMeetingId: meeting.id,
  originAgendaItemId: uuid(7, 2),
});

const input: MinutesInput = {
  meeting,
  network,
  items,
  attendances,
  memberships,
  organizations: new Map(organizations.map((row) => [row.id, row])),
  contacts: new Map([president, secretary].map((row) => [row.id, row])),
  actions: [action],
  approvedIn: null,
};

describe('the minutes document built from a meeting', () => {
  const document = buildMinutesDocument(input);

  it('opens with the network, the seduta and its date, the place and the opening time', () => {
    expect(document.title).toBe('Verbale della seduta n. 3/2026');
    expect(document.heading).toEqual([
      'Patto Sud-Est Milano',
      'Seduta ordinaria n. 3/2026 del 12 marzo 2026',
      'Luogo: Sala consiliare, Segrate',
      'La seduta è aperta alle ore 10:05.',
    ]);
    expect(document.officers).toEqual([
      'Presiede: Anna Bianchi',
      'Segretario verbalizzante: Luca Verdi',
    ]);
  });

  it('says a meeting held in second call is, and judges its quorum by the second-call rule', () => {
    const second = buildMinutesDocument({
      ...input,
      meeting: { ...meeting, secondCall: true, secondCallTime: '10:30' },
      network: { ...network, quorumRule: 'dueTerzi', secondCallQuorumRule: 'unTerzo' },
    });
    expect(second.heading).toContain('La seduta si tiene in seconda convocazione.');
    expect(second.quorum).toBe(
      'Sono presenti 2 enti con diritto di voto su 3: constatato il quorum (un terzo degli enti con diritto di voto), la seduta è valida.',
    );
    expect(document.heading).not.toContain('La seduta si tiene in seconda convocazione.');
  });

  it('groups the attendance into present, delegated, excused and absent members', () => {
    expect(document.attendance).toEqual([
      { label: 'Presenti', entries: ['AFOL Metropolitana (Anna Bianchi), arrivo ore 10:00'] },
      { label: 'Presenti per delega', entries: ['Comune di Segrate, delegato: Mario Rossi'] },
      { label: 'Assenti giustificati', entries: ['Comune di Peschiera'] },
      { label: 'Assenti', entries: ['ASST Melegnano'] },
      { label: 'Rappresentati per delega di voto', entries: [] },
      { label: 'Ospiti e osservatori (non computati nel quorum)', entries: [] },
    ]);
    expect(document.quorum).toBe(
      'Sono presenti 2 enti con diritto di voto su 3: constatato il quorum (maggioranza degli enti con diritto di voto), la seduta è valida.',
    );
  });

  it('lists the agenda in order and tells each item with its discussion, decision and vote', () => {
    expect(document.agenda).toEqual(['1. Comunicazioni', '2. Piano delle azioni 2026']);
    expect(document.items).toEqual([
      { heading: '1. Comunicazioni', discussion: [], decision: null, vote: null, review: null },
      {
        heading: '2. Piano delle azioni 2026',
        discussion: ['AFOL illustra il piano.', 'Segue discussione.'],
        decision: 'Decisione: Si approva il piano.',
        vote: 'Votazione: favorevoli 2, contrari 0, astenuti 1. Esito: approvato.',
        review: null,
      },
    ]);
  });

  it('tables the actions assigned with their item, owner and due date', () => {
    expect(document.actions.columns).toEqual([
      'Azione',
      'Punto',
      'Ente responsabile',
      'Referente',
      'Scadenza',
    ]);
    expect(document.actions.rows).toEqual([
      ['Mappare gli sportelli lavoro', '2', 'Comune di Segrate', '', '31 maggio 2026'],
    ]);
  });

  it('closes with the closing time and the signature lines, marked as a draft until approved', () => {
    expect(document.closing).toBe(
      "Esauriti gli argomenti all'ordine del giorno, la seduta è tolta alle ore 12:20.",
    );
    expect(document.signatures).toEqual([
      { role: 'Il Presidente', name: 'Anna Bianchi' },
      { role: 'Il Segretario verbalizzante', name: 'Luca Verdi' },
    ]);
    expect(document.draftMark).toBe('BOZZA');
    expect(document.approval).toBeNull();
    expect(document.fileName).toBe('verbale-2026-03-12-seduta-3');
  });

  it('once approved drops the draft mark, says where it was approved and lists amendments', () => {
    const later = meetingSchema.parse({
      ...meeting,
      id: uuid(4, 2),
      number: 4,
      date: '2026-04-15',
    });
    const approved = buildMinutesDocument({
      ...input,
      meeting: {
        ...meeting,
        status: 'verbaleApprovato',
        minutesApprovedInMeetingId: later.id,
        minutesApprovedAt: '2026-04-15T10:10:00.000Z',
        minutesAmendments: [
          {
            at: '2026-05-02T09:00:00.000Z',
            text: 'Al punto 2 gli astenuti sono 1.',
            approvedInMeetingId: null,
          },
        ],
      },
      approvedIn: later,
    });
    expect(approved.draftMark).toBeNull();
    expect(approved.approval).toBe('Verbale approvato nella seduta n. 4/2026 del 15 aprile 2026.');
    expect(approved.amendments).toEqual([
      'Rettifica del 2 maggio 2026: Al punto 2 gli astenuti sono 1.',
    ]);
  });

  it('names the bodies against and abstaining in a roll call, and says a vote was unanimous or secret', () => {
    const voted = (decision: object) =>
      buildMinutesDocument({
        ...input,
        items: items.map((item) => ({
          ...item,
          decision: item.decision ? { ...item.decision, ...decision } : null,
        })),
      }).items[1]?.vote;
    expect(
      voted({
        method: 'appelloNominale',
        votesInFavour: 1,
        votesAgainst: 1,
        abstained: 1,
        rollCall: [
          { organizationId: orgId(0), vote: 'favorevole' },
          { organizationId: orgId(1), vote: 'contrario' },
          { organizationId: orgId(2), vote: 'astenuto' },
        ],
      }),
    ).toBe(
      'Votazione per appello nominale: favorevoli 1, contrari 1, astenuti 1. Esito: approvato. Contrari: Comune di Segrate. Astenuti: Comune di Peschiera.',
    );
    expect(voted({ method: 'unanimita', votesInFavour: 2, abstained: 0 })).toBe(
      "Votazione: approvato all'unanimità dei 2 enti votanti presenti.",
    );
    expect(
      voted({ method: 'scrutinioSegreto', outcomeReason: 'Parità risolta dal presidente.' }),
    ).toBe(
      "Votazione a scrutinio segreto: favorevoli 2, contrari 0, astenuti 1. Esito: approvato. Motivazione dell'esito: Parità risolta dal presidente.",
    );
  });

  it('names the people for each body, remote presence, proxies and guests, who are not counted', () => {
    const document = buildMinutesDocument({
      ...input,
      meeting: {
        ...meeting,
        guests: [{ name: 'Paola Neri', body: 'Regione Lombardia', role: 'funzionaria' }],
      },
      attendances: [
        {
          ...attendances[0],
          mode: 'remoto',
          people: [
            { name: 'Anna Bianchi', contactId: null, capacity: 'rappresentante' },
            { name: 'Marco Gialli', contactId: null, capacity: 'rappresentante' },
          ],
        },
        attendances[1],
        { ...attendances[2], proxyOrganizationId: orgId(0) },
        attendances[3],
      ],
    });
    const group = (label: string) =>
      document.attendance.find((entry) => entry.label.startsWith(label))?.entries;
    expect(group('Presenti')).toEqual([
      'AFOL Metropolitana (Anna Bianchi, Marco Gialli), da remoto, arrivo ore 10:00',
    ]);
    expect(group('Rappresentati per delega di voto')).toEqual([
      'Comune di Peschiera, per delega a AFOL Metropolitana',
    ]);
    expect(group('Ospiti e osservatori')).toEqual(['Paola Neri, funzionaria, Regione Lombardia']);
    expect(document.quorum).toMatch(/^Sono presenti 3 enti con diritto di voto su 3/);
  });

  it('is written in English when asked', () => {
    expect(buildMinutesDocument(input, 'en').title).toBe('Minutes of meeting no. 3/2026');
  });
});

describe('the review of the actions in the minutes', () => {
  const reviewItem = agendaItemSchema.parse({
    ...meta(uuid(7, 3)),
    meetingId: meeting.id,
    order: 3,
    title: 'Stato di avanzamento delle azioni',
    kind: 'informativa',
    plannedMinutes: 15,
  });
  const actionOf = (index: number, fields: object) =>
    actionSchema.parse({
      ...meta(uuid(9, index)),
      networkId: network.id,
      priority: 'media',
      ...fields,
    });
  const reviewed = [
    actionOf(1, {
      title: 'Convenzione con le imprese',
      ownerOrganizationId: orgId(0),
      dueDate: '2026-04-30',
      status: 'inCorso',
      progress: 40,
    }),
    actionOf(2, {
      title: 'Regolamento della cabina di regia',
      ownerOrganizationId: orgId(2),
      dueDate: '2026-02-28',
      status: 'bloccata',
      progress: 10,
    }),
    actionOf(3, { title: 'Senza scadenza', status: 'daAvviare', progress: 0 }),
    actionOf(4, { title: 'Già completata', status: 'completata', progress: 100 }),
  ];
  const withReview = (actions: typeof reviewed, locale: 'it' | 'en' = 'it') =>
    buildMinutesDocument(
      { ...input, items: [...items, reviewItem], actionReview: { actions, day: '2026-03-12' } },
      locale,
    ).items;

  it('lists under the item the actions open at the meeting: overdue, then on time, with owner, due date, status and progress', () => {
    const [first, second, third] = withReview(reviewed);
    expect(first?.review).toBeNull();
    expect(second?.review).toBeNull();
    expect(third?.review).toEqual({
      intro: 'Azioni aperte della rete al 12 marzo 2026.',
      sections: [
        {
          heading: 'Azioni scadute (1)',
          table: {
            columns: ['Azione', 'Ente responsabile', 'Scadenza', 'Stato', 'Avanzamento'],
            rows: [
              [
                'Regolamento della cabina di regia',
                'Comune di Peschiera',
                '28 febbraio 2026',
                'Bloccata',
                '10%',
              ],
            ],
          },
        },
        {
          heading: 'Azioni aperte nei tempi (2)',
          table: {
            columns: ['Azione', 'Ente responsabile', 'Scadenza', 'Stato', 'Avanzamento'],
            rows: [
              [
                'Convenzione con le imprese',
                'AFOL Metropolitana',
                '30 aprile 2026',
                'In corso',
                '40%',
              ],
              ['Senza scadenza', '', '', 'Da avviare', '0%'],
            ],
          },
        },
      ],
    });
  });

  it('says so when no action was open, and leaves the item bare when the actions were not read', () => {
    const [, , closed] = withReview(reviewed.slice(3));
    expect(closed?.review).toEqual({
      intro: 'Al 12 marzo 2026 nessuna azione della rete era aperta.',
      sections: [],
    });
    const unread = buildMinutesDocument({ ...input, items: [...items, reviewItem] });
    expect(unread.items.map((item) => item.review)).toEqual([null, null, null]);
  });

  it('writes the review in English when asked', () => {
    const review = withReview(reviewed, 'en')[2]?.review;
    expect(review?.intro).toBe('Open actions of the network on 12 March 2026.');
    expect(review?.sections.map((section) => section.heading)).toEqual([
      'Overdue actions (1)',
      'Open actions on time (2)',
    ]);
    expect(review?.sections[0]?.table.rows[0]?.slice(3)).toEqual(['Blocked', '10%']);
  });
});
