import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildDemoDataset } from '../../../../../../shared/demo';
import { addDataset } from '../../../../../../renderer/db';
import { rosterWorkbook } from '../../../../../../renderer/features/roster/spreadsheet/exportRoster';
import { createTestContext } from '../../../db/testDatabase';
import { convertWithLibreOffice } from '../../../../../support/libreOffice';

describe('the roster workbook read back by LibreOffice', () => {
  // Taken over from the roster e2e, which keeps the download and its three sheets: one LibreOffice
  // start, a few seconds on a quiet machine, over 20 s under a load of 25.
  it('opens as three sheets whose headers, organizations and memberships LibreOffice reads as Regia wrote them', async () => {
    const context = createTestContext();
    const dataset = buildDemoDataset({ now: new Date('2026-03-10T10:00:00Z') });
    await addDataset(context, dataset, { source: 'demo' });
    const network = dataset.networks[0];
    if (!network) throw new Error('the demo dataset has no network');
    const { bytes } = await rosterWorkbook(context.db, network.id, 'it');

    // LibreOffice opens the workbook and saves it as ODS, once for all three sheets; its cells are
    // then read back as LibreOffice wrote them.
    const opened = XLSX.read(await convertWithLibreOffice(bytes, 'xlsx', 'ods'), { type: 'array' });
    expect(opened.SheetNames).toEqual(['Enti', 'Referenti', 'Adesioni']);
    const sheetText = (name: string): string => {
      const sheet = opened.Sheets[name];
      if (!sheet) throw new Error(`LibreOffice dropped the sheet ${name}`);
      return XLSX.utils.sheet_to_csv(sheet, { FS: ';' });
    };
    const organizations = sheetText('Enti');
    expect(organizations.split('\n')[0]).toContain('Ragione sociale;Tipo;Codice fiscale');
    expect(organizations).toContain('AFOL Metropolitana');
    expect(sheetText('Referenti').split('\n')[0]).toContain('Ente;Nome referente;Cognome');
    expect(sheetText('Adesioni')).toMatch(
      /AFOL Metropolitana;[^;\n]+;(Capofila|Coordinamento|Partner)/,
    );
  }, 120_000);
});
