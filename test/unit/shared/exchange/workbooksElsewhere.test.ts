import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { actionsSheetRows } from '../../../../shared/actions';
import {
  partnerWorkbookSpec,
  writeExportWorkbook,
  writePartnerWorkbook,
  writeXlsx,
} from '../../../../shared/exchange';
import { emailFormula } from '../../../../shared/exchange/xlsx/worksheetXml';
import { euro, text } from '../../../../shared/projects';
import { rosterSheets } from '../../../../shared/roster';
import { reportWorkbook } from '../../../../renderer/features/projects/report/reportWorkbook';
import { convertWithLibreOffice } from '../../../support/libreOffice';
import {
  convertEachWithLibreOffice,
  createLibreOfficeProfile,
  xlsxToOdsWithLibreOffice,
  type LibreOfficeProfile,
} from '../../../support/libreOfficeBatch';
import {
  describeEachWithOpenpyxl,
  describeWithOpenpyxl,
  type OpenpyxlSheet,
} from '../../../support/openpyxl';
import { partnerFixture } from './exchangeFixtures';

function sheetNamed(sheets: readonly OpenpyxlSheet[], name: string): OpenpyxlSheet {
  const found = sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function columnNamed(sheet: OpenpyxlSheet, header: string) {
  const found = sheet.columns.find((column) => column.header === header);
  if (!found) throw new Error(`no column ${header} in ${sheet.name}`);
  return found;
}

/** The columns of a sheet's custom rules (the e-mail ones), by their letter. */
function emailRules(sheets: readonly OpenpyxlSheet[], name: string): (string | undefined)[] {
  return sheetNamed(sheets, name)
    .validations.filter((validation) => validation.type === 'custom')
    .map((validation) => /^[A-Z]+/.exec(validation.ranges)?.[0]);
}

/** Landscape, one page wide and as many tall as needed, the header row on every page. */
function expectPrintSetup(sheet: OpenpyxlSheet): void {
  expect(sheet).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
  expect(sheet.fitToHeight).toBe(0);
}

/** Every kind of workbook Regia writes, from the demo network. */
function exportedWorkbooks(): Record<string, Uint8Array> {
  const fixture = partnerFixture();
  const { dataset } = fixture;
  const network = dataset.networks[0];
  if (!network) throw new Error('demo dataset changed');
  const names = new Map<string, string>([
    ...dataset.organizations.map((row) => [row.id, row.name] as const),
    ...dataset.projects.map((row) => [row.id, row.title] as const),
  ]);
  const lookups = {
    organizations: names,
    contacts: names,
    projects: names,
    meetings: names,
    agendaItems: names,
  };
  const memberships = dataset.memberships.filter((row) => row.networkId === network.id);
  const emptyPartner = { ...fixture.base, sheets: { ...fixture.base.sheets, actions: [] } };
  return {
    partner: writePartnerWorkbook(fixture.base),
    partnerWithLateRows: writePartnerWorkbook(partnerFixture({ projectStart: '2025-07-01' }).base),
    partnerWithoutActions: writeXlsx(partnerWorkbookSpec(emptyPartner)),
    roster: writeExportWorkbook(
      network.name,
      rosterSheets(
        {
          network,
          organizations: dataset.organizations,
          contacts: dataset.contacts,
          memberships,
        },
        'it',
      ),
    ),
    actions: writeExportWorkbook('Azioni', [
      { name: 'Azioni', rows: actionsSheetRows(dataset.actions, lookups, 'it', '2026-03-10') },
    ]),
    report: reportWorkbook({
      title: 'Rapporto',
      subtitle: [],
      sections: [
        {
          heading: 'Budget per partner',
          paragraphs: [],
          table: {
            columns: ['Partner', 'Previsto'],
            rows: [[text('Comune'), euro(591_000)]],
            totals: null,
          },
        },
      ],
    }),
  };
}

// Written once and described by one Python process for the whole file (a process for each
// workbook started Python and imported openpyxl fourteen times); each test reads its own.
let workbooksWritten: Record<string, Uint8Array> | undefined;
let described: Promise<Map<string, OpenpyxlSheet[]>> | undefined;

function writtenWorkbooks(): Record<string, Uint8Array> {
  workbooksWritten ??= exportedWorkbooks();
  return workbooksWritten;
}

/** A workbook of exportedWorkbooks() as openpyxl reads it. */
async function sheetsOf(kind: string): Promise<OpenpyxlSheet[]> {
  described ??= describeEachWithOpenpyxl(writtenWorkbooks());
  const sheets = (await described).get(kind);
  if (!sheets) throw new Error(`openpyxl did not describe ${kind}`);
  return sheets;
}

// One LibreOffice profile for the file's conversions, which run one after another.
let profile: LibreOfficeProfile | undefined;
beforeAll(async () => {
  profile = await createLibreOfficeProfile();
});
afterAll(async () => {
  await profile?.remove();
});

describe('the partner workbook as another program sees it', () => {
  it('is protected without a password, IDs and titles locked, input columns unlocked down to the blank rows', async () => {
    const sheets = await sheetsOf('partner');
    for (const sheet of sheets)
      expect([sheet.name, sheet.protected, sheet.hasPassword]).toEqual([sheet.name, true, false]);
    const actions = sheetNamed(sheets, 'Azioni');
    for (const header of ['Titolo', 'ID', 'Revisione']) {
      expect(columnNamed(actions, header)).toMatchObject({
        headerLocked: true,
        firstRowLocked: true,
      });
    }
    expect(columnNamed(actions, 'ID').columnLocked).toBe(true);
    for (const header of ['Stato', 'Avanzamento (%)', 'Nota di aggiornamento']) {
      const column = columnNamed(actions, header);
      // An empty cell of the first row has no style of its own: the column's unlocked one holds.
      expect([header, column.headerLocked, column.columnLocked]).toEqual([header, true, false]);
      expect(column.firstRowLocked).not.toBe(true);
    }
    const contacts = sheetNamed(sheets, 'Referenti');
    expect(columnNamed(contacts, 'Cognome').columnLocked).toBe(false); // On the actions it supports a partner writes a note and nothing else.
    const supported = sheetNamed(sheets, 'Azioni di supporto');
    for (const header of ['Titolo', 'Ente responsabile', 'Stato', 'Avanzamento (%)', 'ID'])
      expect([header, columnNamed(supported, header).firstRowLocked]).toEqual([header, true]);
    expect(columnNamed(supported, 'Nota di aggiornamento').firstRowLocked).not.toBe(true);
    // On its own organization it corrects the ways to reach it, not its name.
    const organization = sheetNamed(sheets, 'La vostra organizzazione');
    expect(columnNamed(organization, 'Ente').firstRowLocked).toBe(true);
    for (const header of ['PEC', 'Email', 'Telefono', 'Indirizzo'])
      expect([header, columnNamed(organization, header).firstRowLocked]).not.toEqual([
        header,
        true,
      ]);
    const spese = sheetNamed(sheets, 'Spese');
    for (const header of ['Progetto', 'Voce di spesa', 'Data', 'Importo (€)'])
      expect([header, columnNamed(spese, header).columnLocked]).toEqual([header, false]);
  });

  it('locks the period, the partner’s target share and its last value, on late rows too, and leaves the value open', async () => {
    const fixture = partnerFixture({ projectStart: '2025-07-01' });
    const sheets = await sheetsOf('partnerWithLateRows');
    const indicators = sheetNamed(sheets, 'Indicatori');
    // One row per indicator for the reporting quarter, then one per quarter still open.
    expect(indicators.maxRow).toBe(fixture.base.sheets.indicators.length + 1);
    for (const header of ['Periodo', 'Target dell’ente', 'Ultimo valore inviato', 'ID']) {
      const column = columnNamed(indicators, header);
      // A cell with no style of its own takes the workbook's default one, which is locked.
      expect([
        header,
        column.headerLocked,
        column.firstRowLocked !== false,
        column.columnLocked,
      ]).toEqual([header, true, true, true]);
    }
    for (const header of ['Valore', 'Nota'])
      expect([header, columnNamed(indicators, header).firstRowLocked]).not.toEqual([header, true]);
    const rows = fixture.base.sheets.indicators.length + 1;
    // The value's decimal rule and the note's hint reach the late rows too.
    expect(indicators.validations.map((validation) => validation.ranges)).toEqual([
      `F2:F${rows}`,
      `G2:G${rows}`,
    ]);
  });

  it('keeps its bookkeeping sheet very hidden and prints each sheet landscape, one page wide, headers repeated', async () => {
    const sheets = await sheetsOf('partner');
    expect(sheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ['Istruzioni', 'visible'],
      ['Azioni', 'visible'],
      ['Referenti', 'visible'],
      ['Indicatori', 'visible'],
      ['Azioni di supporto', 'visible'],
      ['La vostra organizzazione', 'visible'],
      ['Spese', 'visible'],
      ['Legenda', 'visible'],
      ['_regia', 'veryHidden'],
    ]);
    for (const sheet of sheets) expectPrintSetup(sheet);
    const printed = [
      'Azioni',
      'Referenti',
      'Indicatori',
      'Azioni di supporto',
      'La vostra organizzazione',
      'Spese',
      'Legenda',
    ];
    for (const name of printed) expect(sheetNamed(sheets, name).printTitleRows).toBe('$1:$1');
  });

  it('has validations with input messages on the exported rows, and on 200 blank rows for new actions and contacts', async () => {
    const fixture = partnerFixture();
    const sheets = await sheetsOf('partner');
    const actionRows = fixture.base.sheets.actions.length + 1 + 200;
    const actions = sheetNamed(sheets, 'Azioni');
    expect(actions.validations).toContainEqual(
      expect.objectContaining({ type: 'list', ranges: `D2:D${actionRows}` }),
    );
    for (const validation of actions.validations) expect(validation.prompt).toMatch(/\w{3}/);
    const contacts = sheetNamed(sheets, 'Referenti');
    const contactRows = fixture.base.sheets.contacts.length + 1 + 200;
    expect(contacts.validations.map((validation) => validation.ranges)).toContain(
      `A2:A${contactRows}`,
    );
  });

  it('opens in openpyxl with an empty sheet: no validation runs backwards over the header', async () => {
    const sheets = await sheetsOf('partnerWithoutActions');
    const actions = sheetNamed(sheets, 'Azioni');
    expect(actions.maxRow).toBe(1);
    // The blank rows for new actions still get their lists, from row 2 down: never F2:F1.
    expect(actions.validations.map((validation) => validation.ranges)).toEqual([
      'D2:D201',
      'E2:E201',
      'F2:F201',
      'G2:G201',
    ]);
  });

  it('keeps its protection and validations after LibreOffice opens and saves it', async () => {
    const saved = await convertEachWithLibreOffice(
      { partner: writtenWorkbooks().partner },
      'xlsx',
      'xlsx',
      profile,
    );
    const resaved = saved.get('partner');
    if (!resaved) throw new Error('LibreOffice saved no partner workbook');
    const sheets = await describeWithOpenpyxl(resaved);
    const actions = sheetNamed(sheets, 'Azioni');
    expect(actions.protected).toBe(true);
    expect(columnNamed(actions, 'ID').firstRowLocked).toBe(true);
    expect(columnNamed(actions, 'Stato').firstRowLocked).toBe(false);
    expect(actions.validations.map((validation) => validation.type)).toContain('list');
    // The e-mail rule is a custom formula: LibreOffice reads it as one and writes it back.
    expect(emailRules(sheets, 'Referenti')).toEqual(['D']);
    expect(sheetNamed(sheets, '_regia').state).not.toBe('visible');
  }, 120_000);
});

describe('every workbook Regia writes', () => {
  it('opens in openpyxl and in LibreOffice, printed landscape one page wide with the header on each page', async () => {
    const workbooks = writtenWorkbooks();
    for (const kind of Object.keys(workbooks)) {
      const sheets = await sheetsOf(kind);
      expect(sheets.length, kind).toBeGreaterThan(0);
      for (const sheet of sheets) expectPrintSetup(sheet);
    }
    const opened = await xlsxToOdsWithLibreOffice(workbooks, profile);
    expect([...opened.keys()].sort()).toEqual(Object.keys(workbooks).sort());
  }, 180_000);

  it('leaves the data exports unprotected, with a filter on the header, for the coordinator to sort', async () => {
    for (const kind of ['roster', 'actions'] as const) {
      for (const sheet of await sheetsOf(kind)) {
        expect(sheet.protected).toBe(false);
        expect(sheet.printTitleRows).toBe('$1:$1');
      }
    }
  });
});

describe('the e-mail columns of the partner workbook', () => {
  it('carry a custom rule on the Referenti and organization sheets', async () => {
    const sheets = await sheetsOf('partner');
    expect(emailRules(sheets, 'Referenti')).toEqual(['D']);
    expect(emailRules(sheets, 'La vostra organizzazione')).toEqual(['B', 'C']);
  });

  it('has a rule LibreOffice computes true for an address and false for one without @, with a space or no domain', async () => {
    const addresses = {
      'mario.rossi@comune.segrate.mi.it': true,
      'm@c.it': true,
      'mario.rossi[at]comune.it': false,
      'mario rossi@comune.it': false,
      '@comune.it': false,
      'mario@comune': false,
      'mario@.it': false,
      'a@b@comune.it': false,
      'mario@comune.it.': false,
    };
    const sheet: XLSX.WorkSheet = {};
    Object.keys(addresses).forEach((address, index) => {
      sheet[`A${index + 1}`] = { t: 's', v: address };
      sheet[`B${index + 1}`] = { t: 'b', f: emailFormula(`A${index + 1}`) };
    });
    sheet['!ref'] = `A1:B${Object.keys(addresses).length}`;
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, 'Prova');
    const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
    if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
    const csv = new TextDecoder().decode(
      await convertWithLibreOffice(new Uint8Array(written), 'xlsx', 'csv', 1),
    );
    const computed = Object.fromEntries(
      csv
        .trim()
        .split('\n')
        .map((line) => line.split(';'))
        .map(([address = '', result = '']) => [address, result.trim() === 'TRUE']),
    );
    expect(computed).toEqual(addresses);
  }, 120_000);
});
