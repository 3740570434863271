import {
  partnerFields,
  partnerSheetNames,
  partnerWorkbookSpec,
  writeXlsx,
  type PartnerBase,
  type SheetSpec,
  type WorkbookCell,
} from '../../../shared/exchange';

/** The note a partner writes on every tenth action of the returned workbook. */
export const partnerNote = 'Aggiornato dal partner: attività in linea con il piano.';

/** What a partner types into the actions sheet: new progress on every row, a note on every tenth. */
function editedActionRows(rows: readonly (readonly WorkbookCell[])[]): WorkbookCell[][] {
  const fields = partnerFields.actions.map((field) => field.key);
  const progressColumn = fields.indexOf('progress');
  const noteColumn = fields.indexOf('note');
  return rows.map((row, index) => {
    const cells = [...row];
    const before = cells[progressColumn];
    const value = typeof before === 'number' ? before : 0;
    cells[progressColumn] = value >= 100 ? 90 : Math.min(value + 5, 100);
    if (index % 10 === 0) cells[noteColumn] = partnerNote;
    return cells;
  });
}

/**
 * The workbook a partner returns: the export's own workbook for `base`, written by the exchange
 * feature's writer, with every action's progress changed and a note on every tenth action.
 */
export function returnedWorkbookBytes(base: PartnerBase): Uint8Array {
  const spec = partnerWorkbookSpec(base);
  const sheets: SheetSpec[] = spec.sheets.map((sheet) =>
    sheet.kind === 'table' && sheet.name === partnerSheetNames.actions
      ? { ...sheet, rows: editedActionRows(sheet.rows) }
      : sheet,
  );
  return writeXlsx({ ...spec, sheets });
}
