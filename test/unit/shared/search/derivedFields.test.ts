import { describe, expect, it } from 'vitest';
import { deriveFields } from '../../../../shared/search';

describe('derived fields', () => {
  it('recomputes an organization’s search words from its fields, not from the words it came with', () => {
    const row = { name: 'Società Città Aperta', comune: 'Segrate', searchWords: ['stale'] };
    expect(deriveFields('organizations', row)).toMatchObject({
      searchWords: ['societa', 'citta', 'aperta', 'segrate'],
    });
  });

  it('recomputes a contact’s search words and keeps its other fields', () => {
    const row = { firstName: 'Niccolò', lastName: 'Bellè', role: '', notes: 'x' };
    expect(deriveFields('contacts', row)).toEqual({ ...row, searchWords: ['niccolo', 'belle'] });
  });

  it('leaves rows of tables without derived fields untouched', () => {
    const row = { title: 'Azione' };
    expect(deriveFields('actions', row)).toBe(row);
  });
});
