import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  escapeIcsText,
  foldIcsLine,
  meetingIcs,
  type MeetingInvitation,
} from '../../../../shared/meetings';

const invitation: MeetingInvitation = {
  uid: '0b9c2f1e-1111-4222-8333-444455556666@regia',
  stampedAt: '2026-03-20T08:15:00.000Z',
  sequence: 3,
  summary: 'Seduta n. 3/2026 — Patto Territoriale per il Lavoro Sud-Est Milano; ordinaria',
  description:
    '1. Approvazione del verbale della seduta precedente\n2. Stato di avanzamento delle azioni, con gli enti capofila\n3. Varie ed eventuali',
  location: 'Segrate, Sala consiliare, via I Maggio',
  start: { date: '2026-03-29', time: '01:30' },
  end: { date: '2026-03-29', time: '04:00' },
  organizer: { name: 'Segreteria tecnica, AFOL', email: 'segreteria@afolmet.example' },
  attendees: [
    { name: 'Giulia Rossi', email: 'giulia.rossi@comune.segrate.example' },
    { name: 'Marco "Bianchi"', email: 'marco.bianchi@cittametropolitana.example' },
  ],
};

function parsedEvent(text: string): ICAL.Event {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed)) throw new Error('not one calendar');
  const calendar = new ICAL.Component(parsed);
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (!zone) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(zone);
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return new ICAL.Event(event);
}

describe('calendar invitation (.ics)', () => {
  it('is read back by an independent parser with summary, start in Rome, duration, place and attendees', () => {
    const event = parsedEvent(meetingIcs(invitation));
    expect(event.summary).toBe(invitation.summary);
    expect(event.location).toBe(invitation.location);
    expect(event.description).toBe(invitation.description);
    expect(event.uid).toBe(invitation.uid);
    expect(event.startDate.zone?.tzid).toBe('Europe/Rome');
    expect(event.startDate.toString()).toBe('2026-03-29T01:30:00');
    // 01:30 on the morning summer time starts is still winter time: 00:30 UTC.
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-29T00:30:00.000Z');
    // The night summer time starts, 01:30–04:00 on the wall clock is 90 real minutes.
    expect(event.endDate.toString()).toBe('2026-03-29T04:00:00');
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(event.attendees.map((attendee) => attendee.getFirstValue())).toEqual([
      'mailto:giulia.rossi@comune.segrate.example',
      'mailto:marco.bianchi@cittametropolitana.example',
    ]);
    expect(event.attendees.map((attendee) => attendee.getParameter('cn'))).toEqual([
      'Giulia Rossi',
      'Marco Bianchi',
    ]);
    expect(event.organizer).toBe('mailto:segreteria@afolmet.example');
  });

  it('places a summer meeting at the right instant through the Rome time zone it carries', () => {
    const event = parsedEvent(
      meetingIcs({
        ...invitation,
        start: { date: '2026-07-08', time: '10:00' },
        end: { date: '2026-07-08', time: '12:00' },
      }),
    );
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-08T08:00:00.000Z');
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const text = meetingIcs({ ...invitation, description: 'àèìòù '.repeat(60) });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((line) => line.length === 0 || !line.includes('\n'))).toBe(
      true,
    );
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(parsedEvent(text).description).toBe('àèìòù '.repeat(60));
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeIcsText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('never splits a multi-byte character when folding', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'€'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(
      `DESCRIPTION:${'€'.repeat(40)}`,
    );
  });
});
