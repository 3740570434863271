import { describe, expect, it } from 'vitest';
import { changedFields } from '../../../../shared/roster';

describe('changedFields', () => {
  it('lists the fields an update altered, without bookkeeping or search words', () => {
    const before = {
      id: 'a',
      rev: 1,
      updatedAt: 't1',
      name: 'Comune di Segrat',
      comune: '',
      searchWords: ['segrat'],
      areasOfWork: ['lavoro'],
    };
    const after = {
      id: 'a',
      rev: 2,
      updatedAt: 't2',
      name: 'Comune di Segrate',
      comune: 'Segrate',
      searchWords: ['segrate'],
      areasOfWork: ['lavoro'],
    };
    expect(changedFields(before, after)).toEqual([
      { field: 'name', before: 'Comune di Segrat', after: 'Comune di Segrate' },
      { field: 'comune', before: '', after: 'Segrate' },
    ]);
  });

  it('lists the filled fields of a created record and skips the empty ones', () => {
    expect(changedFields(null, { id: 'a', name: 'AFOL', email: '', archivedAt: null })).toEqual([
      { field: 'name', before: null, after: 'AFOL' },
    ]);
  });

  it('sees a change inside a list', () => {
    expect(changedFields({ areasOfWork: ['a'] }, { areasOfWork: ['a', 'b'] })).toEqual([
      { field: 'areasOfWork', before: ['a'], after: ['a', 'b'] },
    ]);
  });
});
