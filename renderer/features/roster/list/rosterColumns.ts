import type { MessageKey } from '../../../../shared/i18n';
import type { RosterSortColumn } from '../../../../shared/roster';

/** A column of the roster table. */
export type RosterColumn = { id: RosterSortColumn; labelKey: MessageKey; align?: 'right' };

/** The roster's columns, in order. */
export const rosterColumns: RosterColumn[] = [
  { id: 'name', labelKey: 'common.name' },
  { id: 'type', labelKey: 'common.type' },
  { id: 'role', labelKey: 'common.role' },
  { id: 'comune', labelKey: 'roster.comune' },
  { id: 'email', labelKey: 'roster.email' },
  { id: 'contacts', labelKey: 'roster.contacts', align: 'right' },
];

/** The widths of the columns, shared by the header and every row of the grid. */
export const rosterGridColumns =
  'minmax(240px, 2.4fr) minmax(150px, 1.3fr) minmax(160px, 1fr) minmax(150px, 1.2fr) minmax(190px, 1.6fr) 100px';

/** The height of one row in pixels: fixed, so the virtualizer needs no measuring. */
export const rosterRowHeight = 52;
