import type { AuditEntry } from '../domain';
import { tableNames, type TableName } from '../domain/tables';
import { translate, type Locale } from '../i18n';
import { periodLabel } from '../projects/periods';

/** A stored record read as plain fields, as the audit keeps it. */
export type StoredFields = Readonly<Record<string, unknown>>;

/** Where a record of a table takes its name from another: an attendance from its meeting. */
export const parentOfTable: Partial<Record<TableName, { table: TableName; field: string }>> = {
  attendances: { table: 'meetings', field: 'meetingId' },
  indicatorValues: { table: 'indicators', field: 'indicatorId' },
  expenditures: { table: 'projects', field: 'projectId' },
  actionUpdates: { table: 'actions', field: 'actionId' },
  memberships: { table: 'organizations', field: 'organizationId' },
};

function isTableName(table: string): table is TableName {
  return tableNames.some((name) => name === table);
}

/** A table's name in plain words (`attendances` → "Presenze"); an unknown table as it is. */
export function tableLabel(table: string, locale: Locale = 'it'): string {
  return isTableName(table) ? translate(locale, `overview.table.${table}`) : table;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function ownName(locale: Locale, table: string, record: StoredFields): string {
  if (table === 'meetings' && typeof record['number'] === 'number') {
    return translate(locale, 'meetings.number', {
      number: record['number'],
      year: typeof record['year'] === 'number' ? record['year'] : '',
    }).toLowerCase();
  }
  if (table === 'contacts')
    return `${text(record['firstName'])} ${text(record['lastName'])}`.trim();
  return (
    text(record['title']) ||
    text(record['name']) ||
    text(record['fileName']) ||
    text(record['text'])
  );
}

/**
 * The name of the record an audit entry is about, in words a person recognizes: a meeting as
 * "seduta n. 6/2026", an attendance by its meeting, an indicator value by its indicator and
 * period, an expenditure by its project. `record` is the record (current, or as the entry kept
 * it), `parent` the record it takes its name from (see `parentOfTable`); '' when unknown.
 */
export function recordName(
  locale: Locale,
  table: string,
  record: StoredFields | null,
  parent: StoredFields | null,
): string {
  if (!record) return '';
  const parentTable = isTableName(table) ? parentOfTable[table]?.table : undefined;
  if (parentTable && parent) {
    const name = ownName(locale, parentTable, parent);
    const period = text(record['period']);
    return period ? `${name} · ${periodLabel(locale, period)}` : name;
  }
  return ownName(locale, table, record);
}

/**
 * One line of "Ultime modifiche": what kind of record, which one, and what happened to it
 * ("Presenze · seduta n. 6/2026 · inserimento"), instead of the table's code name.
 */
export function describeAuditEntry(
  locale: Locale,
  entry: Pick<AuditEntry, 'table' | 'operation'>,
  record: StoredFields | null,
  parent: StoredFields | null,
): string {
  const name = recordName(locale, entry.table, record, parent);
  return [
    tableLabel(entry.table, locale),
    name,
    translate(locale, `overview.operation.${entry.operation}`),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** The record an entry describes as it stands in the entry itself (creation or deletion). */
export function recordInEntry(entry: Pick<AuditEntry, 'before' | 'after'>): StoredFields | null {
  const stored = entry.after ?? entry.before;
  return typeof stored === 'object' && stored !== null ? (stored as StoredFields) : null;
}
