import { describe, expect, it } from 'vitest';
import { readSpreadsheet, spreadsheetLimits } from '../../../../shared/exchange';
import { convertWithLibreOffice } from '../../../support/libreOffice';
import {
  organizationsToImport,
  organizationsToImportCsv,
  organizationsToMap,
  organizationsToMapFromLibreOffice,
  organizationsWorkbook,
} from '../../../fixtures/organizationSheets';

// Taken over from the exchange and roster e2e, which import these sheets without starting
// LibreOffice: one start each, a few seconds on a quiet machine, over 20 s under a load of 25.
describe('sheets of organizations saved by LibreOffice', () => {
  it('an ODS LibreOffice saves is read as the same cells, its header’s trailing space dropped, as the ODS the exchange e2e maps and imports', async () => {
    const fromLibreOffice = await convertWithLibreOffice(
      organizationsWorkbook(organizationsToMap, 'xlsx'),
      'xlsx',
      'ods',
    );
    const read = readSpreadsheet(fromLibreOffice, spreadsheetLimits);
    expect(read.format).toBe('ods');
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(['Enti']);
    // The header keeps its capitals and leading spaces, for the mapping to tolerate.
    expect(read.sheets[0]?.rows[0]?.[0]).toBe('  RAGIONE SOCIALE');
    expect(read.sheets).toEqual(
      readSpreadsheet(
        organizationsWorkbook(organizationsToMapFromLibreOffice, 'ods'),
        spreadsheetLimits,
      ).sheets,
    );
  }, 120_000);

  it('the CSV LibreOffice saves from the roster sheet is, byte for byte, the one the roster e2e imports', async () => {
    const csv = await convertWithLibreOffice(
      organizationsWorkbook(organizationsToImport, 'xlsx'),
      'xlsx',
      'csv',
      1,
    );
    expect(new TextDecoder().decode(csv)).toBe(organizationsToImportCsv);
    expect(readSpreadsheet(csv, spreadsheetLimits).format).toBe('csv');
  }, 120_000);
});
