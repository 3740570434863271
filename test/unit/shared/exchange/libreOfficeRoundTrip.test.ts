import { afterAll, describe, expect, it } from 'vitest';
import {
  readPartnerWorkbook,
  readSpreadsheet,
  spreadsheetLimits,
  writePartnerWorkbook,
  type ImportReview,
} from '../../../../shared/exchange';
import {
  fillWorkbook,
  partnerFixture,
  proposedItems,
  reviewReturned,
  type CellEdit,
  type PartnerFixture,
} from './exchangeFixtures';
import {
  convertEachWithLibreOffice,
  createLibreOfficeProfile,
} from '../../../support/libreOfficeBatch';

function proposedFields(result: ImportReview): string[] {
  return proposedItems(result)
    .map(
      (item) =>
        `${item.outcome} ${item.sheet}:${item.recordId ?? 'nuovo'}:${item.field ?? '-'}=${String(item.incoming)}`,
    )
    .sort();
}

/** The workbook as written and the same workbook edited by a partner. */
function partnerWorkbooks(): {
  fixture: PartnerFixture;
  written: Uint8Array;
  filled: Uint8Array;
} {
  const fixture = partnerFixture();
  const [first, second] = fixture.base.sheets.actions;
  const contact = fixture.base.sheets.contacts[0];
  const indicator = fixture.base.sheets.indicators[1];
  if (!first || !second || !contact || !indicator) throw new Error('fixture changed');
  const edits: CellEdit[] = [
    { sheet: 'actions', id: first.id, field: 'status', value: 'Completata' },
    { sheet: 'actions', id: first.id, field: 'progress', value: 100 },
    {
      sheet: 'actions',
      id: second.id,
      field: 'proposedDueDate',
      value: '2026-10-15',
      asDate: true,
    },
    { sheet: 'actions', id: second.id, field: 'note', value: '=serve più tempo, vedi verbale' },
    { sheet: 'contacts', id: contact.id, field: 'phone', value: '+39 02 2137 1234' },
    { sheet: 'indicators', id: indicator.id, field: 'value', value: 17 },
  ];
  const written = writePartnerWorkbook(fixture.base);
  return { fixture, written, filled: fillWorkbook(written, edits) };
}

type SavedByLibreOffice = {
  written: Uint8Array;
  filled: Uint8Array;
  filledAsOds: Uint8Array;
  filledAsXls: Uint8Array;
};

// LibreOffice opens and saves the workbooks three times (xlsx, ods, xls), both xlsx files in one
// start, all on one profile: once for the file, whichever test asks first.
let savedOnce: Promise<SavedByLibreOffice> | undefined;
const profile = createLibreOfficeProfile();
afterAll(async () => {
  await (await profile).remove();
});

function savedByLibreOffice(): Promise<SavedByLibreOffice> {
  savedOnce ??= (async () => {
    const { written, filled } = partnerWorkbooks();
    const onProfile = await profile;
    const asXlsx = await convertEachWithLibreOffice({ written, filled }, 'xlsx', 'xlsx', onProfile);
    const asOds = await convertEachWithLibreOffice({ filled }, 'xlsx', 'ods', onProfile);
    const asXls = await convertEachWithLibreOffice({ filled }, 'xlsx', 'xls', onProfile);
    const found = (bytes: Uint8Array | undefined, what: string): Uint8Array => {
      if (!bytes) throw new Error(`LibreOffice did not save ${what}`);
      return bytes;
    };
    return {
      written: found(asXlsx.get('written'), 'the workbook as xlsx'),
      filled: found(asXlsx.get('filled'), 'the edited workbook as xlsx'),
      filledAsOds: found(asOds.get('filled'), 'the edited workbook as ods'),
      filledAsXls: found(asXls.get('filled'), 'the edited workbook as xls'),
    };
  })();
  return savedOnce;
}

describe('a partner workbook saved by LibreOffice', () => {
  // About 100 s here when each save was a LibreOffice start on a new profile, over 180 s under a load of 24.
  it('proposes exactly the changed fields, whether saved as xlsx, as ods or as xls', async () => {
    const { fixture } = partnerWorkbooks();
    const [first, second] = fixture.base.sheets.actions;
    const contact = fixture.base.sheets.contacts[0];
    const indicator = fixture.base.sheets.indicators[1];
    if (!first || !second || !contact || !indicator) throw new Error('fixture changed');
    const expected = [
      `applied actions:${first.id}:progress=100`,
      `applied actions:${first.id}:status=completata`,
      `applied actions:${second.id}:note==serve più tempo, vedi verbale`,
      `proposed actions:${second.id}:proposedDueDate=2026-10-15`,
      `applied contacts:${contact.id}:phone=+39 02 2137 1234`,
      `applied indicators:${indicator.id}:value=17`,
    ].sort();
    // LibreOffice opens the edited file and saves it anew: its own writer, not SheetJS's.
    const { filled: asXlsx, filledAsOds: asOds, filledAsXls: asXls } = await savedByLibreOffice();
    expect(proposedFields(reviewReturned(fixture, asXlsx))).toEqual(expected);
    expect(proposedFields(reviewReturned(fixture, asOds))).toEqual(expected);
    expect(readSpreadsheet(asXls, spreadsheetLimits).format).toBe('xls');
    expect(proposedFields(reviewReturned(fixture, asXls))).toEqual(expected);
    for (const saved of [asOds, asXls]) {
      const readBack = readPartnerWorkbook(readSpreadsheet(saved, spreadsheetLimits));
      expect(readBack.meta?.batchId).toBe(fixture.base.batchId);
      expect(readBack.meta?.partnerId).toBe(fixture.partnerId);
    }
  }, 360_000);

  // Headless LibreOffice has no view, so it writes default views: the frozen header is checked in Regia's own XML.
  it('keeps the hidden sheet, the column widths, the date format and the drop-down list of statuses', async () => {
    const { written: roundTripped } = await savedByLibreOffice();
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(roundTripped);
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    const actions = strFromU8(files['xl/worksheets/sheet2.xml'] ?? new Uint8Array());
    expect(workbook).toMatch(/<sheet name="_regia"[^>]*state="hidden"/);
    expect(actions).toMatch(/<col [^>]*max="1" min="1"[^>]*width="48"/);
    expect(strFromU8(files['xl/styles.xml'] ?? new Uint8Array())).toContain(
      'formatCode="dd/mm/yyyy"',
    );
    expect(actions).toMatch(/<dataValidation [^>]*type="list"/);
    expect(actions).toContain('Da avviare,In corso,Completata,Bloccata,Annullata');
    // Run alone, this test waits for the three saves.
  }, 360_000);
});
