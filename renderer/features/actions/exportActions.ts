import { actionsSheetRows } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import type { Locale } from '../../../shared/i18n';
import { writeExportWorkbook } from '../../../shared/exchange';
import type { RegiaDatabase } from '../../db';

const columnWidths = [48, 32, 24, 32, 28, 12, 14, 9, 10, 12, 24, 48, 18, 36, 38];

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
  // The page's lookups leave contacts out in a large network: the referenti are read here.
  const contactIds = [...new Set(actions.flatMap((action) => action.ownerContactId ?? []))];
  const contactRows = await db.contacts.bulkGet(contactIds);
  const contacts = new Map(names);
  for (const contact of contactRows) {
    if (contact) contacts.set(contact.id, `${contact.firstName} ${contact.lastName}`.trim());
  }
  const rows = actionsSheetRows(
    actions,
    { organizations: names, contacts, projects: names, meetings: names, agendaItems },
    locale,
    today,
  );
  return writeExportWorkbook(sheetName, [{ name: sheetName, widths: columnWidths, rows }]);
}
