import { describe, expect, it } from 'vitest';
import type { AgendaItem, Contact, Meeting, Membership } from '../../../../shared/domain';
import {
  buildConvocation,
  invitationAttendees,
  invitedMemberships,
} from '../../../../shared/meetings';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rev: 1,
  archivedAt: null,
};

const meeting: Meeting = {
  ...meta,
  id: 'meeting',
  networkId: 'network',
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
};

const item = (id: string, order: number, title: string, plannedMinutes: number): AgendaItem => ({
  ...meta,
  id,
  meetingId: 'meeting',
  order,
  title,
  description: '',
  kind: 'discussione',
  presenterOrganizationId: null,
  presenterContactId: null,
  plannedMinutes,
  minutesText: '',
  decision: null,
});

describe('convocation letter', () => {
  it('states number, day, time range, place, link and the agenda in order', () => {
    const letter = buildConvocation({
      locale: 'it',
      networkName: 'Patto Sud-Est Milano',
      coordinatorName: 'AFOL Metropolitana',
      meeting,
      items: [item('a', 1, 'Approvazione del verbale', 5), item('b', 2, 'Monitoraggio', 40)],
      presenters: new Map([['b', 'Giulia Rossi (Comune di Segrate)']]),
      invitedNames: ['Comune di Segrate', 'AFOL Metropolitana'],
      presidentName: 'Anna Verdi',
    });
    expect(letter.subject).toContain('Seduta n. 3/2026');
    expect(letter.facts).toEqual([
      { label: 'Data', value: 'mercoledì 15 aprile 2026' },
      { label: 'Orario', value: 'dalle 10:00 alle 10:45' },
      { label: 'Luogo', value: 'Segrate, Sala consiliare' },
      { label: 'Collegamento', value: 'https://meet.example/regia' },
    ]);
    expect(letter.agenda.map((line) => `${line.number}. ${line.title}`)).toEqual([
      '1. Approvazione del verbale',
      '2. Monitoraggio',
    ]);
    expect(letter.agenda[1]?.details).toBe(
      'Discussione · relatore: Giulia Rossi (Comune di Segrate) · 40 minuti',
    );
    expect(letter.recipients).toBe('Ai componenti: Comune di Segrate, AFOL Metropolitana');
    expect(letter.signatureName).toBe('Anna Verdi');
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
