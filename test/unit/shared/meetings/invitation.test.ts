import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  agendaItemSchema,
  meetingSchema,
  type AgendaItem,
  type Meeting,
} from '../../../../shared/domain';
import { agendaOverrun, invitationOf, meetingIcs } from '../../../../shared/meetings';

const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archivedAt: null,
};
const meeting = meetingSchema.parse({
  ...meta,
  id: '0b9c2f1e-1111-4222-8333-444455556666',
  networkId: '0b9c2f1e-1111-4222-8333-444455556667',
  year: 2026,
  number: 6,
  kind: 'ordinaria',
  status: 'convocata',
  rev: 2,
  date: '2026-03-04',
  startTime: '09:30',
  endTime: '12:00',
  place: 'Milano, Sala Pirelli',
  onlineLink: '',
});
const item = (title: string, plannedMinutes: number): AgendaItem =>
  agendaItemSchema.parse({
    ...meta,
    id: crypto.randomUUID(),
    rev: 1,
    meetingId: meeting.id,
    order: 1,
    title,
    kind: 'discussione',
    plannedMinutes,
  });
const items = [item('Verbale', 10), item('Monitoraggio', 90)];

function eventOf(text: string): ICAL.Event {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed)) throw new Error('not one calendar');
  const calendar = new ICAL.Component(parsed);
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return new ICAL.Event(event);
}

const icsOf = (overrides: Partial<Meeting>, agenda = items): string =>
  meetingIcs(
    invitationOf({
      meeting: { ...meeting, ...overrides },
      items: agenda,
      summary: 'Seduta n. 6/2026',
      attendees: [],
      organizer: null,
      stampedAt: '2026-02-20T08:00:00.000Z',
    }),
  );

describe('meeting invitation', () => {
  it('ends at the declared end in Rome time, not at the agenda total', () => {
    const event = eventOf(icsOf({}));
    expect(event.startDate.toString()).toBe('2026-03-04T09:30:00');
    expect(event.endDate.toString()).toBe('2026-03-04T12:00:00');
    expect(event.endDate.zone?.tzid).toBe('Europe/Rome');
    expect(icsOf({})).not.toContain('DURATION');
  });

  it('falls back to the agenda total only when no end is declared', () => {
    expect(eventOf(icsOf({ endTime: null })).endDate.toString()).toBe('2026-03-04T11:10:00');
    expect(eventOf(icsOf({ endTime: null }, [])).endDate.toString()).toBe('2026-03-04T11:30:00');
  });

  it('warns of the minutes the agenda plans beyond the declared end, and of none within it', () => {
    const long = [...items, item('Varie', 80)];
    expect(agendaOverrun(meeting, long)).toBe(30);
    expect(agendaOverrun(meeting, items)).toBe(0);
    expect(agendaOverrun({ ...meeting, endTime: null }, long)).toBe(0);
  });
});
