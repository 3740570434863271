import { describe, expect, it } from 'vitest';
import { tableNames } from '../../../../shared/domain/tables';
import { describeAuditEntry, recordName, tableLabel } from '../../../../shared/overview';

describe('audit entries in plain words', () => {
  it('names an attendance by its meeting instead of "attendances · create"', () => {
    const line = describeAuditEntry(
      'it',
      { table: 'attendances', operation: 'create' },
      { meetingId: 'm1', status: 'presente' },
      { number: 6, year: 2026, title: 'Seduta ordinaria' },
    );
    expect(line).toBe('Presenze · seduta n. 6/2026 · inserimento');
  });

  it('names an indicator value by its indicator and quarter', () => {
    expect(
      recordName(
        'it',
        'indicatorValues',
        { period: '2026-Q3', value: 4 },
        { name: 'Aziende coinvolte' },
      ),
    ).toBe('Aziende coinvolte · 3° trim. 2026');
  });

  it('names a contact, an action and a record it cannot find', () => {
    expect(recordName('it', 'contacts', { firstName: 'Giulia', lastName: 'Rossi' }, null)).toBe(
      'Giulia Rossi',
    );
    expect(
      describeAuditEntry(
        'en',
        { table: 'actions', operation: 'archive' },
        { title: 'Tirocini' },
        null,
      ),
    ).toBe('Actions · Tirocini · archived');
    expect(describeAuditEntry('it', { table: 'actions', operation: 'update' }, null, null)).toBe(
      'Azioni · modifica',
    );
  });

  it('has a plain label for every table, in both languages', () => {
    for (const table of tableNames) {
      expect(tableLabel(table)).not.toBe(table);
      expect(tableLabel(table, 'en')).not.toBe(table);
    }
    expect(tableLabel('attendances')).toBe('Presenze');
  });
});
