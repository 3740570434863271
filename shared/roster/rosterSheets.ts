import type { Contact, Membership, Network, Organization } from '../domain';
import { translate, type Locale, type MessageKey } from '../i18n';
import { dayCell, textCell, type SafeCell } from '../spreadsheet/formulaSafe';
import { contactFullName } from './contactName';

/** One sheet of an exported workbook: its name, column widths and formula-safe rows. */
export type SafeSheet = { name: string; widths: number[]; rows: SafeCell[][] };

/** What the roster export covers: the organizations and contacts shown, the network's memberships. */
export type RosterExportInput = {
  network: Network;
  organizations: readonly Organization[];
  contacts: readonly Contact[];
  memberships: readonly Membership[];
};

type Column<T> = { header: MessageKey; width: number; cell: (row: T) => SafeCell };

function sheetOf<T>(name: string, columns: Column<T>[], rows: readonly T[], locale: Locale) {
  return {
    name,
    widths: columns.map((column) => column.width),
    rows: [
      columns.map((column) => textCell(translate(locale, column.header))),
      ...rows.map((row) => columns.map((column) => column.cell(row))),
    ],
  };
}

/**
 * The roster as three sheets (Enti, Referenti, Adesioni) whose headers the roster import
 * recognises again; every text a string cell, never a formula.
 */
export function rosterSheets(input: RosterExportInput, locale: Locale): SafeSheet[] {
  const say = (key: MessageKey): string => translate(locale, key);
  const names = new Map(input.organizations.map((row) => [row.id, row.name]));
  const nameOf = (id: string): SafeCell => textCell(names.get(id) ?? '');
  const contactNames = new Map(input.contacts.map((row) => [row.id, contactFullName(row)]));
  const people = (ids: readonly string[]): SafeCell =>
    textCell(
      ids
        .map((id) => contactNames.get(id) ?? '')
        .filter(Boolean)
        .join('; '),
    );
  const archived = (row: { archivedAt: string | null }): SafeCell =>
    textCell(row.archivedAt ? say('roster.sheet.yes') : '');

  const organizationColumns: Column<Organization>[] = [
    { header: 'roster.sheet.name', width: 40, cell: (row) => textCell(row.name) },
    {
      header: 'roster.sheet.type',
      width: 24,
      cell: (row) => textCell(say(`enum.organizationType.${row.type}`)),
    },
    { header: 'roster.sheet.taxCode', width: 18, cell: (row) => textCell(row.taxCode) },
    { header: 'roster.sheet.vatNumber', width: 14, cell: (row) => textCell(row.vatNumber) },
    { header: 'roster.sheet.comune', width: 22, cell: (row) => textCell(row.comune) },
    { header: 'roster.sheet.provincia', width: 10, cell: (row) => textCell(row.provincia) },
    { header: 'roster.sheet.address', width: 30, cell: (row) => textCell(row.address) },
    { header: 'roster.sheet.email', width: 30, cell: (row) => textCell(row.email) },
    { header: 'roster.sheet.pec', width: 30, cell: (row) => textCell(row.pec) },
    { header: 'roster.sheet.phone', width: 16, cell: (row) => textCell(row.phone) },
    { header: 'roster.sheet.website', width: 28, cell: (row) => textCell(row.website) },
    {
      header: 'roster.sheet.areas',
      width: 30,
      cell: (row) => textCell(row.areasOfWork.join('; ')),
    },
    { header: 'roster.sheet.notes', width: 40, cell: (row) => textCell(row.notes) },
    { header: 'roster.sheet.archived', width: 10, cell: archived },
  ];
  const contactColumns: Column<Contact>[] = [
    { header: 'roster.sheet.organization', width: 40, cell: (row) => nameOf(row.organizationId) },
    { header: 'roster.sheet.firstName', width: 18, cell: (row) => textCell(row.firstName) },
    { header: 'roster.sheet.lastName', width: 20, cell: (row) => textCell(row.lastName) },
    { header: 'roster.sheet.role', width: 28, cell: (row) => textCell(row.role) },
    { header: 'roster.sheet.contactEmail', width: 30, cell: (row) => textCell(row.email) },
    { header: 'roster.sheet.contactPhone', width: 16, cell: (row) => textCell(row.phone) },
    { header: 'roster.sheet.archived', width: 10, cell: archived },
  ];
  const membershipColumns: Column<Membership>[] = [
    { header: 'roster.sheet.organization', width: 40, cell: (row) => nameOf(row.organizationId) },
    { header: 'roster.sheet.network', width: 36, cell: () => textCell(input.network.name) },
    {
      header: 'roster.sheet.membershipRole',
      width: 16,
      cell: (row) => textCell(say(`enum.membershipRole.${row.role}`)),
    },
    {
      header: 'roster.sheet.votingRight',
      width: 12,
      cell: (row) => textCell(say(row.votingRight ? 'roster.sheet.yes' : 'roster.sheet.no')),
    },
    { header: 'roster.sheet.from', width: 12, cell: (row) => dayCell(row.from) },
    { header: 'roster.sheet.to', width: 12, cell: (row) => dayCell(row.to) },
    {
      header: 'roster.sheet.representatives',
      width: 30,
      cell: (row) => people(row.representativeContactIds),
    },
    { header: 'roster.sheet.delegates', width: 30, cell: (row) => people(row.delegateContactIds) },
  ];
  return [
    sheetOf(say('roster.sheet.organizations'), organizationColumns, input.organizations, locale),
    sheetOf(say('roster.sheet.contacts'), contactColumns, input.contacts, locale),
    sheetOf(say('roster.sheet.memberships'), membershipColumns, input.memberships, locale),
  ];
}
