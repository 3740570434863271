import type { Action } from '../domain';
import { translate, type Locale, type MessageKey } from '../i18n';
import { dayCell, numberCell, textCell, type SafeCell } from '../spreadsheet/formulaSafe';
import { isOverdueAction } from './actionRules';

/** Names of everything an exported action points to, by id. */
export type ActionSheetLookups = {
  organizations: ReadonlyMap<string, string>;
  contacts: ReadonlyMap<string, string>;
  projects: ReadonlyMap<string, string>;
  /** Meetings as the user knows them, e.g. "Seduta n. 2/2026". */
  meetings: ReadonlyMap<string, string>;
  agendaItems: ReadonlyMap<string, string>;
};

const columns: { header: MessageKey; cell: (action: Action, context: RowContext) => SafeCell }[] = [
  { header: 'actions.field.title', cell: (action) => textCell(action.title) },
  {
    header: 'actions.field.owner',
    cell: (action, { lookups }) =>
      textCell(nameOf(lookups.organizations, action.ownerOrganizationId)),
  },
  {
    header: 'actions.field.ownerContact',
    cell: (action, { lookups }) => textCell(nameOf(lookups.contacts, action.ownerContactId)),
  },
  {
    header: 'actions.field.supporting',
    cell: (action, { lookups }) =>
      textCell(
        action.supportingOrganizationIds.map((id) => nameOf(lookups.organizations, id)).join('; '),
      ),
  },
  {
    header: 'actions.field.project',
    cell: (action, { lookups }) => textCell(nameOf(lookups.projects, action.projectId)),
  },
  { header: 'actions.field.dueDate', cell: (action) => dayCell(action.dueDate) },
  {
    header: 'actions.field.status',
    cell: (action, { locale }) => textCell(translate(locale, `enum.actionStatus.${action.status}`)),
  },
  {
    header: 'actions.field.overdue',
    cell: (action, { locale, today }) =>
      textCell(translate(locale, isOverdueAction(action, today) ? 'actions.yes' : 'actions.no')),
  },
  {
    header: 'actions.field.priority',
    cell: (action, { locale }) =>
      textCell(translate(locale, `enum.actionPriority.${action.priority}`)),
  },
  { header: 'actions.field.progress', cell: (action) => numberCell(action.progress) },
  { header: 'actions.field.tags', cell: (action) => textCell(action.tags.join('; ')) },
  { header: 'actions.field.description', cell: (action) => textCell(action.description) },
  {
    header: 'actions.field.originMeeting',
    cell: (action, { lookups }) => textCell(nameOf(lookups.meetings, action.originMeetingId)),
  },
  {
    header: 'actions.field.originAgendaItem',
    cell: (action, { lookups }) => textCell(nameOf(lookups.agendaItems, action.originAgendaItemId)),
  },
  { header: 'actions.field.id', cell: (action) => textCell(action.id) },
];

type RowContext = { lookups: ActionSheetLookups; locale: Locale; today: string };

function nameOf(names: ReadonlyMap<string, string>, id: string | null): string {
  return id === null ? '' : (names.get(id) ?? '');
}

/**
 * The rows of the exported action list: a header row, then one row per action with names
 * instead of ids, labels in the user's language and every text in a formula-safe string cell.
 */
export function actionsSheetRows(
  actions: readonly Action[],
  lookups: ActionSheetLookups,
  locale: Locale,
  today: string,
): SafeCell[][] {
  const context: RowContext = { lookups, locale, today };
  const header = columns.map((column) => textCell(translate(locale, column.header)));
  return [
    header,
    ...actions.map((action) => columns.map((column) => column.cell(action, context))),
  ];
}
