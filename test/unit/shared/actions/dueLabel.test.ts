import { describe, expect, it } from 'vitest';
import { relativeDue, relativeDueLabel } from '../../../../shared/actions';
import { inTimeZone, timeZones } from './timeZones';

describe('relative due labels', () => {
  it('says how far a due day is in Italian, in the unit a person would use', () => {
    const label = (due: string): string => relativeDueLabel(due, '2026-03-25', 'it');
    expect(label('2026-03-25')).toBe('scade oggi');
    expect(label('2026-03-26')).toBe('scade domani');
    expect(label('2026-03-24')).toBe('scaduta ieri');
    expect(label('2026-03-28')).toBe('scade tra 3 giorni');
    expect(label('2026-04-06')).toBe('scade tra 12 giorni');
    expect(label('2026-03-11')).toBe('scaduta da 2 settimane');
    expect(label('2026-02-20')).toBe('scaduta da 4 settimane');
    expect(label('2026-05-25')).toBe('scade tra 2 mesi');
    expect(label('2025-12-01')).toBe('scaduta da 3 mesi');
    expect(label('2027-04-01')).toBe('scade tra un anno');
    expect(label('2024-01-10')).toBe('scaduta da 2 anni');
  });

  it('speaks English when asked', () => {
    expect(relativeDueLabel('2026-03-28', '2026-03-25', 'en')).toBe('due in 3 days');
    expect(relativeDueLabel('2026-03-11', '2026-03-25', 'en')).toBe('overdue by 2 weeks');
  });

  for (const zone of timeZones) {
    it(`counts whole days across the clock changes in ${zone}`, () => {
      inTimeZone(zone, () => {
        expect(relativeDueLabel('2026-04-01', '2026-03-25', 'it')).toBe('scade tra 7 giorni');
        expect(relativeDueLabel('2026-09-03', '2026-09-10', 'it')).toBe('scaduta da 7 giorni');
        expect(relativeDue('2026-04-05', '2026-04-04')).toEqual({ tense: 'tomorrow' });
        expect(relativeDue('2026-09-06', '2026-09-07')).toEqual({ tense: 'yesterday' });
      });
    });
  }
});
