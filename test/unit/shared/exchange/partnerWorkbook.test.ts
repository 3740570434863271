import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import {
  baseIsIntact,
  identifyExport,
  mergeReturnedWorkbook,
  parsePartnerBase,
  partnerFormatVersion,
  partnerWorkbookFileName,
  problemOf,
  readPartnerWorkbook,
  readSpreadsheet,
  spreadsheetLimits,
  writePartnerWorkbook,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';
import { fixtureBatchId, partnerFixture, proposedItems } from './exchangeFixtures';

/** The workbook as a newer Regia would write it: the same, with a higher format version. */
function withFormatVersion(bytes: Uint8Array, version: number): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
  const meta = workbook.Sheets._regia;
  if (!meta) throw new Error('no hidden sheet');
  const rows: unknown[][] = XLSX.utils.sheet_to_json(meta, { header: 1, blankrows: true });
  const row = rows.findIndex((cells) => cells[0] === 'formatVersion');
  if (row < 0) throw new Error('hidden sheet without formatVersion');
  meta[XLSX.utils.encode_cell({ r: row, c: 1 })] = { t: 's', v: String(version) };
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}

function sheetXml(bytes: Uint8Array, index: number): string {
  return strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${index}.xml`] ?? new Uint8Array());
}

describe('the partner workbook', () => {
  it('holds instructions, the partner’s rows, a legend and a hidden sheet with a hash per row', () => {
    const fixture = partnerFixture();
    const grid = readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits);
    expect(grid.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
      ['Istruzioni', false],
      ['Azioni', false],
      ['Referenti', false],
      ['Indicatori', false],
      ['Azioni di supporto', false],
      ['La vostra organizzazione', false],
      ['Spese', false],
      ['Legenda', false],
      ['_regia', true],
    ]);
    expect(grid.sheets[0]?.rows[0]).toEqual(['Scheda di aggiornamento: Comune di Segrate']);
    expect(grid.sheets[0]?.rows.flat()).toContain('Da restituire entro il 31/03/2026.');
    expect(grid.sheets[1]?.rows[0]).toEqual([
      'Titolo',
      'Progetto',
      'Scadenza',
      'Stato',
      'Avanzamento (%)',
      'Nuova scadenza proposta',
      'Nota di aggiornamento',
      'ID',
      'Revisione',
    ]);
    expect(grid.sheets[1]?.rows.length).toBe(fixture.base.sheets.actions.length + 1);
    const returned = readPartnerWorkbook(grid);
    expect(returned.meta).toMatchObject({
      batchId: fixtureBatchId,
      partnerId: fixture.partnerId,
      networkId: fixture.networkId,
    });
    const rows =
      fixture.base.sheets.actions.length +
      fixture.base.sheets.contacts.length +
      fixture.base.sheets.indicators.length +
      fixture.base.sheets.supportedActions.length +
      fixture.base.sheets.organization.length;
    expect(returned.meta?.hashes.size).toBe(rows);
  });

  it('holds nothing about other partners', () => {
    const fixture = partnerFixture();
    const text = JSON.stringify(
      readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits),
    );
    const others = fixture.dataset.contacts.filter(
      (contact) => contact.organizationId !== fixture.partnerId,
    );
    for (const contact of others) {
      if (contact.email) expect(text).not.toContain(contact.email);
    }
    // Actions it supports are there on purpose (read-only, for a note); no other action is.
    const otherActions = fixture.dataset.actions.filter(
      (action) =>
        action.ownerOrganizationId !== fixture.partnerId &&
        !action.supportingOrganizationIds.includes(fixture.partnerId),
    );
    for (const action of otherActions) expect(text).not.toContain(action.id);
  });

  it('freezes the header, sizes the columns, formats dates and offers the statuses as a list', () => {
    const xml = sheetXml(writePartnerWorkbook(partnerFixture().base), 2);
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(xml).toMatch(/<col min="1" max="1" width="48" customWidth="1"/);
    expect(xml).toContain('&quot;Da avviare,In corso,Completata,Bloccata,Annullata&quot;');
    // Progress takes 40, 40% (0.4 once typed) and 0,4: a decimal from 0 to 100.
    expect(xml).toMatch(
      /<dataValidation type="decimal" operator="between"[^>]*><formula1>0<\/formula1><formula2>100<\/formula2>/,
    );
  });

  it('is named after the partner and the day', () => {
    expect(partnerWorkbookFileName(partnerFixture().base)).toBe(
      'scheda-Comune-di-Segrate-2026-03-10.xlsx',
    );
  });
});

describe('the stored base and the hidden sheet', () => {
  it('survive storage as plain data and still hash to what was written', () => {
    const fixture = partnerFixture();
    const stored = parsePartnerBase(JSON.parse(JSON.stringify(fixture.base)));
    expect(stored).toEqual(fixture.base);
    expect(stored && baseIsIntact(stored)).toBe(true);
  });

  it('detect a base changed after the export', () => {
    const fixture = partnerFixture();
    const returned = readPartnerWorkbook(
      readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits),
    );
    const tampered = structuredClone(fixture.base);
    const row = tampered.sheets.actions[0];
    if (!row) throw new Error('fixture changed');
    row.values.progress = 5;
    expect(baseIsIntact(tampered)).toBe(false);
    expect(() => mergeReturnedWorkbook(returned, tampered, fixture.current())).toThrow(
      expect.objectContaining({ code: 'baseChanged' }),
    );
  });

  it('detect a hidden sheet whose hashes do not match the recorded export', () => {
    const fixture = partnerFixture();
    const returned = readPartnerWorkbook(
      readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits),
    );
    const first = fixture.base.sheets.actions[0];
    if (!first || !returned.meta) throw new Error('fixture changed');
    returned.meta.hashes.set(`actions:${first.id}`, '0'.repeat(64));
    expect(() => mergeReturnedWorkbook(returned, fixture.base, fixture.current())).toThrow(
      expect.objectContaining({ code: 'baseChanged' }),
    );
  });
});

describe('recognising the export a workbook answers', () => {
  it('uses the batch id of the hidden sheet and flags a workbook from an older export', () => {
    const fixture = partnerFixture();
    const returned = readPartnerWorkbook(
      readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits),
    );
    expect(identifyExport(returned, fixture.networkId, [fixture.base])).toEqual({
      base: fixture.base,
      stale: false,
    });
    const newer = {
      ...fixture.base,
      batchId: '7a1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b',
      exportedAt: '2026-04-01T10:00:00.000Z',
    };
    expect(identifyExport(returned, fixture.networkId, [fixture.base, newer])).toEqual({
      base: fixture.base,
      stale: true,
    });
  });

  it('refuses a workbook from a newer format version, saying in Italian to update Regia', () => {
    const fixture = partnerFixture();
    const newer = partnerFormatVersion + 1;
    const returned = readPartnerWorkbook(
      readSpreadsheet(
        withFormatVersion(writePartnerWorkbook(fixture.base), newer),
        spreadsheetLimits,
      ),
    );
    expect(returned.meta?.formatVersion).toBe(newer);
    let refusal: unknown = null;
    try {
      identifyExport(returned, fixture.networkId, [fixture.base]);
    } catch (error) {
      refusal = error;
    }
    const problem = problemOf(refusal);
    expect(problem).toEqual({ code: 'newerFormat', params: { version: newer } });
    expect(translate('it', `exchange.problem.${problem.code}`, problem.params)).toBe(
      `Questa scheda è stata preparata da una versione più recente di Regia (formato ${newer}): aggiorna Regia per importarla.`,
    );
    const current = readPartnerWorkbook(
      readSpreadsheet(
        withFormatVersion(writePartnerWorkbook(fixture.base), partnerFormatVersion),
        spreadsheetLimits,
      ),
    );
    expect(identifyExport(current, fixture.networkId, [fixture.base]).base).toBe(fixture.base);
  });

  it('refuses a workbook of another network or of an unknown batch', () => {
    const fixture = partnerFixture();
    const returned = readPartnerWorkbook(
      readSpreadsheet(writePartnerWorkbook(fixture.base), spreadsheetLimits),
    );
    expect(() =>
      identifyExport(returned, '11111111-1111-4111-8111-111111111111', [fixture.base]),
    ).toThrow(expect.objectContaining({ code: 'otherNetwork' }));
    expect(() => identifyExport(returned, fixture.networkId, [])).toThrow(
      expect.objectContaining({ code: 'unknownBatch' }),
    );
  });

  it('finds the export of a workbook saved as CSV, which loses the hidden sheet, by its IDs', () => {
    const fixture = partnerFixture();
    const first = fixture.base.sheets.actions[0];
    if (!first) throw new Error('fixture changed');
    const progress = first.values.progress === 55 ? 56 : 55;
    const headers = 'Titolo;Stato;Avanzamento (%);ID\n';
    const csv = `${headers}${String(first.values.title)};${String(first.values.status)};${progress};${first.id}\n`;
    const returned = readPartnerWorkbook(
      readSpreadsheet(new TextEncoder().encode(csv), spreadsheetLimits),
    );
    expect(returned.meta).toBeNull();
    const { base } = identifyExport(returned, fixture.networkId, [fixture.base]);
    const review = mergeReturnedWorkbook(returned, base, fixture.current());
    expect(proposedItems(review).map((item) => [item.outcome, item.field, item.incoming])).toEqual([
      ['applied', 'progress', progress],
    ]);
  });
});
