import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../../shared/exchange';
import { rosterSheets } from '../../../../shared/roster';
import type { SafeCell } from '../../../../shared/spreadsheet/formulaSafe';
import { organizationOf, recordOf } from './rosterRecords';

const network = recordOf('networks', { name: 'Cabina di regia Sud-Est Milano' });
const segrate = organizationOf({
  name: 'Comune di Segrate',
  comune: 'Segrate',
  provincia: 'MI',
  vatNumber: '00000000000',
  email: 'protocollo@comune.segrate.example',
});
const aurora = organizationOf({
  name: '=Cooperativa Aurora',
  type: 'cooperativaSociale',
  archivedAt: '2026-03-01T10:00:00.000Z',
});
const anna = recordOf('contacts', {
  organizationId: segrate.id,
  firstName: 'Anna',
  lastName: 'Verdi',
  email: 'a.verdi@comune.segrate.example',
});
const membership = recordOf('memberships', {
  networkId: network.id,
  organizationId: segrate.id,
  role: 'capofila',
  votingRight: true,
  from: '2025-01-15',
  representativeContactIds: [anna.id],
});

const values = (rows: SafeCell[][]): unknown[][] => rows.map((row) => row.map((cell) => cell.v));

describe('roster sheets', () => {
  const sheets = rosterSheets(
    { network, organizations: [segrate, aurora], contacts: [anna], memberships: [membership] },
    'it',
  );

  it('writes organizations, contacts and memberships as three named sheets', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Enti', 'Referenti', 'Adesioni']);
    const [organizations, contacts, memberships] = sheets.map((sheet) => values(sheet.rows));
    expect(organizations?.[1]).toEqual(
      expect.arrayContaining(['Comune di Segrate', 'Comune', 'Segrate', 'MI', '00000000000']),
    );
    expect(organizations?.[2]?.at(-1)).toBe('sì');
    expect(contacts?.[1]?.slice(0, 3)).toEqual(['Comune di Segrate', 'Anna', 'Verdi']);
    expect(memberships?.[1]?.slice(0, 4)).toEqual([
      'Comune di Segrate',
      'Cabina di regia Sud-Est Milano',
      'Capofila',
      'sì',
    ]);
    expect(memberships?.[1]?.at(-2)).toBe('Anna Verdi');
  });

  it('writes every text as a string cell, a name starting with = included, and dates as dates', () => {
    const cells = sheets.flatMap((sheet) => sheet.rows.flat());
    expect(cells.find((cell) => cell.v === '=Cooperativa Aurora')).toEqual({
      t: 's',
      v: '=Cooperativa Aurora',
    });
    expect(cells.every((cell) => !('f' in cell))).toBe(true);
    const from = sheets[2]?.rows[1]?.[4];
    expect(from).toMatchObject({ t: 'n', z: 'dd/mm/yyyy' });
  });

  it('uses headers the roster import recognises again', () => {
    const headers = (index: number): string[] =>
      (sheets[index]?.rows[0] ?? []).map((cell) => String(cell.v));
    expect(suggestMapping(headers(0)).slice(0, 11)).toEqual([
      'organizationName',
      'organizationType',
      'taxCode',
      'vatNumber',
      'comune',
      'provincia',
      'address',
      'organizationEmail',
      'pec',
      'organizationPhone',
      'website',
    ]);
    expect(suggestMapping(headers(1)).slice(0, 6)).toEqual([
      'organizationName',
      'contactFirstName',
      'contactLastName',
      'contactRole',
      'contactEmail',
      'contactPhone',
    ]);
  });
});
