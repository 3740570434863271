import { describe, expect, it } from 'vitest';
import {
  pastedColumn,
  pasteInto,
  readGridCell,
} from '../../../../../renderer/features/projects/page/quarterGrid';

const people = { unit: 'persone', target: 200 };

describe('the quarter grid', () => {
  it('reads a column pasted from Excel, or the last cell of rows with the partners’ names', () => {
    expect(pastedColumn('12\r\n8\r\n1.234,5\r\n')).toEqual(['12', '8', '1.234,5']);
    expect(pastedColumn('AFOL Metropolitana\t12\nComune di Segrate\t\n')).toEqual(['12', '']);
  });

  it('fills the grid from the cell pasted into, never past its last row', () => {
    expect(pasteInto(['1', '2', '3'], 1, ['20', '30', '40'])).toEqual(['1', '20', '30']);
  });

  it('checks each cell as the single form does: no text, no negative people, no future quarter', () => {
    expect(readGridCell(people, '2026-Q1', '', '2026-07-02')).toEqual({ kind: 'empty' });
    expect(readGridCell(people, '2026-Q1', '12,5', '2026-07-02')).toEqual({
      kind: 'value',
      value: 12.5,
      outlier: false,
    });
    expect(readGridCell(people, '2026-Q1', 'dodici', '2026-07-02')).toEqual({
      kind: 'problem',
      problem: 'notNumber',
    });
    expect(readGridCell(people, '2026-Q1', '-3', '2026-07-02')).toEqual({
      kind: 'problem',
      problem: 'negative',
    });
    expect(readGridCell(people, '2026-Q4', '3', '2026-07-02')).toEqual({
      kind: 'problem',
      problem: 'futurePeriod',
    });
    expect(readGridCell(people, '2026-Q1', '99.999', '2026-07-02')).toMatchObject({
      kind: 'value',
      value: 99_999,
      outlier: true,
    });
  });
});
