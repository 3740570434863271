import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../../shared/domain';
import { hasTakenPlace, monthWeeks, shiftMonth, splitByToday } from '../../../../shared/meetings';

// Parsed, so the fields a later version adds take their defaults.
const meeting = (id: string, date: string, startTime: string | null = null): Meeting => ({
  ...meetingSchema.parse({
    id: '00000000-0000-4000-8000-000000000002',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rev: 1,
    archivedAt: null,
    networkId: '00000000-0000-4000-8000-000000000001',
    year: Number(date.slice(0, 4)),
    number: 1,
    kind: 'ordinaria',
    status: 'bozza',
    title: '',
    date,
    startTime,
    endTime: null,
    place: '',
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
  }),
  id,
});

describe('month calendar', () => {
  it('lays a month out in whole weeks from Monday, with its meetings on their days', () => {
    const weeks = monthWeeks('2026-03', [
      meeting('late', '2026-03-18', '15:00'),
      meeting('early', '2026-03-18', '09:30'),
    ]);
    expect(weeks[0]?.[0]?.date).toBe('2026-02-23');
    expect(weeks.at(-1)?.at(-1)?.date).toBe('2026-04-05');
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    const day = weeks.flat().find((cell) => cell.date === '2026-03-18');
    expect(day?.meetings.map((entry) => entry.id)).toEqual(['early', 'late']);
    expect(weeks.flat().filter((cell) => cell.inMonth)).toHaveLength(31);
  });

  it('moves between months across the year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
  });

  it('lists upcoming meetings soonest first and past ones latest first', () => {
    const { upcoming, past } = splitByToday(
      [
        meeting('a', '2026-01-10'),
        meeting('b', '2026-05-10'),
        meeting('c', '2026-03-01'),
        meeting('d', '2026-04-20'),
      ],
      '2026-03-01',
    );
    expect(upcoming.map((entry) => entry.id)).toEqual(['c', 'd', 'b']);
    expect(past.map((entry) => entry.id)).toEqual(['a']);
  });
  it('lists a held meeting, or one whose minutes are approved, among the past ones even when dated ahead', () => {
    const held = { ...meeting('held', '2026-03-05'), status: 'svolta' as const };
    const approved = {
      ...meeting('approved', '2026-03-20'),
      status: 'convocata' as const,
      minutesApprovedAt: '2026-03-21T10:00:00.000Z',
    };
    const closed = {
      ...meeting('closed', '2026-03-02'),
      status: 'convocata' as const,
      closingTime: '12:00',
    };
    const convoked = { ...meeting('convoked', '2026-03-10'), status: 'convocata' as const };
    const forgotten = { ...meeting('forgotten', '2026-02-10'), status: 'convocata' as const };
    const { upcoming, past } = splitByToday(
      [held, approved, closed, convoked, forgotten],
      '2026-03-01',
    );
    expect(upcoming.map((entry) => entry.id)).toEqual(['convoked']);
    expect(past.map((entry) => entry.id)).toEqual(['approved', 'held', 'closed', 'forgotten']);
  });

  it('tells a meeting that has taken place from one still to hold', () => {
    expect(hasTakenPlace({ ...meeting('a', '2026-03-01'), status: 'verbaleInBozza' })).toBe(true);
    expect(hasTakenPlace({ ...meeting('b', '2026-03-01'), minutesApprovedInMeetingId: 'c' })).toBe(
      true,
    );
    expect(hasTakenPlace({ ...meeting('d', '2026-03-01'), status: 'rinviata' })).toBe(false);
    expect(hasTakenPlace(meeting('e', '2026-03-01'))).toBe(false);
  });
});
