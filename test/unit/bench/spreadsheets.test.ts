import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../bench/data/generateNetwork';
import {
  partnerColumns,
  partnerWorkbookRows,
  rosterColumns,
  rosterWorkbookRows,
} from '../../bench/data/spreadsheets';

const network = generateNetwork({ scale: 'medium', now: new Date(2026, 2, 2, 10, 0) });

describe('the benchmark workbooks', () => {
  it('lists the network’s actions with the 12 partner columns, ids first', () => {
    const rows = partnerWorkbookRows(network.dataset, network.mainNetworkId, 1_000);
    expect(rows).toHaveLength(1_001);
    expect(rows[0]).toEqual([...partnerColumns]);
    expect(partnerColumns).toHaveLength(12);
    const actionIds = new Set(network.dataset.actions.map((action) => action.id));
    expect(rows.slice(1).every((row) => row.length === 12 && actionIds.has(String(row[0])))).toBe(
      true,
    );
    expect(rows[1]?.[3]).toMatch(/^(Da avviare|In corso|Completata|Bloccata|Annullata)$/);
    expect(rows[1]?.[5]).toBeInstanceOf(Date);
  });

  it('lists members with their representative in the roster workbook', () => {
    const rows = rosterWorkbookRows(network.dataset, network.mainNetworkId, 500);
    expect(rows).toHaveLength(501);
    expect(rows[0]).toEqual([...rosterColumns]);
    expect(rows[1]?.[0]).toBe('Comune di Milano');
    expect(rows.slice(1).every((row) => String(row[11]).length > 0)).toBe(true);
  });

  it('refuses to write more rows than the network has', () => {
    expect(() => partnerWorkbookRows(network.dataset, network.mainNetworkId, 10_000)).toThrow(
      /10000 rows wanted/,
    );
  });
});
