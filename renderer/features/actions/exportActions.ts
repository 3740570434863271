import * as XLSX from 'xlsx';
import { actionsSheetRows } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n';
import type { SafeCell } from '../../../shared/spreadsheet/formulaSafe';
import type { RegiaDatabase } from '../../db';

const columnWidths = [48, 32, 24, 32, 28, 12, 14, 9, 10, 12, 24, 48, 18, 36, 38];

function worksheetOf(rows: readonly SafeCell[][]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      // A copy of a formula-safe cell: `t` and `v` (and a number format), never `f`.
      sheet[XLSX.utils.encode_cell({ r, c })] = { ...cell };
    }),
  );
  const lastColumn = Math.max(0, ...rows.map((row) => row.length - 1));
  const range = { s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: lastColumn } };
  sheet['!ref'] = XLSX.utils.encode_range(range);
  sheet['!autofilter'] = { ref: sheet['!ref'] };
  sheet['!cols'] = columnWidths.map((wch) => ({ wch }));
  return sheet;
}

/**
 * The xlsx workbook of a list of actions, in the order given: names instead of ids, labels in
 * the user's language, due dates as real dates, and every text a string cell (never a formula).
 */
export async function actionsWorkbook(
  db: RegiaDatabase,
  actions: readonly Action[],
  names: ReadonlyMap<string, string>,
  locale: Locale,
  today: string,
  sheetName: string,
): Promise<Uint8Array> {
  const itemIds = [...new Set(actions.flatMap((action) => action.originAgendaItemId ?? []))];
  const items = await db.agendaItems.bulkGet(itemIds);
  const agendaItems = new Map(items.flatMap((item) => (item ? [[item.id, item.title]] : [])));
  const rows = actionsSheetRows(
    actions,
    { organizations: names, contacts: names, projects: names, meetings: names, agendaItems },
    locale,
    today,
  );
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, worksheetOf(rows), sheetName.slice(0, 31));
  const written: unknown = XLSX.write(workbook, {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not return an ArrayBuffer');
  return new Uint8Array(written);
}
