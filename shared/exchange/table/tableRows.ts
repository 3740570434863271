import { organizationTypes, type OrganizationType } from '../../domain';
import { translate } from '../../i18n';
import {
  contactFieldProblems,
  normalizeTaxCode,
  organizationFieldProblems,
  type FieldProblem,
} from '../../roster';
import { cellText, isEmptyCell, parseDayCell } from '../cellValues';
import type { GridCell, GridSheet } from '../grid';
import { SpreadsheetError } from '../problems';
import { foldHeader, type TableField } from './tableFields';

/** The organization fields a row provides. */
export type OrganizationValues = {
  name: string;
  type: OrganizationType;
  taxCode: string;
  vatNumber: string;
  comune: string;
  provincia: string;
  address: string;
  email: string;
  pec: string;
  phone: string;
  website: string;
  notes: string;
};

/** The contact fields a row provides. */
export type ContactValues = {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
};

/** Why a cell of a row cannot be imported. */
export type TableProblem = {
  field: TableField;
  header: string;
  value: string;
  problem: FieldProblem | 'invalidDate' | 'missingOrganization';
};

/** One data row of the file, read through the mapping. */
export type TableRow = {
  rowNumber: number;
  organization: OrganizationValues | null;
  contact: ContactValues | null;
  memberSince: string | null;
  problems: TableProblem[];
};

// Words in a type or a name that say what kind of body it is.
const typeHints: readonly [RegExp, OrganizationType][] = [
  [/\bunione\b|\bambito\b|\bpiano di zona\b/, 'unioneComuni'],
  [/\bcomune\b/, 'comune'],
  [/\bcitta metropolitana\b/, 'cittaMetropolitana'],
  [/\bregione\b/, 'regione'],
  [/\bministero\b/, 'ministero'],
  [/\basst\b|\bats\b|\basl\b/, 'atsAsst'],
  [/\bafol\b|\bagenzia\b/, 'agenziaLavoro'],
  [/\bcooperativa\b|\bcoop\b/, 'cooperativaSociale'],
  [/\bsindacat|\bcgil\b|\bcisl\b|\buil\b/, 'sindacato'],
  [/\bconfcommercio\b|\bassolombarda\b|\bconfartigianato\b|\bdatorial/, 'associazioneDatoriale'],
  [/\bassociazione\b|\bodv\b|\baps\b|\bonlus\b|\bfondazione\b/, 'associazione'],
  [/\bscuola\b|\buniversita\b|\bistituto\b|\bliceo\b/, 'scuolaUniversita'],
  [/\bsrl\b|\bspa\b|\bs r l\b|\bs p a\b|\bsnc\b|\bimpresa\b|\bazienda\b/, 'impresa'],
];

/** The organization type a text names: a type label or code, or a telling word in it. */
export function organizationTypeOf(typeText: string, name: string): OrganizationType {
  const folded = foldHeader(typeText);
  const exact = organizationTypes.find(
    (type) =>
      foldHeader(type) === folded ||
      foldHeader(translate('it', `enum.organizationType.${type}`)) === folded,
  );
  if (exact) return exact;
  for (const text of [folded, foldHeader(name)]) {
    const hint = typeHints.find(([pattern]) => pattern.test(text));
    if (hint) return hint[1];
  }
  return 'altro';
}

function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

/**
 * Reads the data rows of a sheet through a column mapping (header in the first non-empty
 * row), checking codes, addresses and dates as the roster forms do. Rows are arrays read by
 * column index: no header, however named, ever becomes an object key. A sheet with no data
 * row is an error.
 */
export function readTableRows(
  sheet: GridSheet,
  mapping: readonly (TableField | null)[],
): TableRow[] {
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => !isEmptyCell(cell)));
  const headers = (sheet.rows[headerIndex] ?? []).map((cell) => cellText(cell).trim());
  const rows: TableRow[] = [];
  sheet.rows.forEach((row, index) => {
    if (index <= headerIndex || row.every(isEmptyCell)) return;
    const values = new Map<TableField, { cell: GridCell; header: string }>();
    mapping.forEach((field, column) => {
      if (field && !values.has(field))
        values.set(field, { cell: row[column] ?? null, header: headers[column] ?? '' });
    });
    const text = (field: TableField): string => cellText(values.get(field)?.cell ?? null).trim();
    const problems: TableProblem[] = [];
    const problem = (field: TableField, kind: TableProblem['problem']): void => {
      problems.push({
        field,
        header: values.get(field)?.header ?? '',
        value: text(field),
        problem: kind,
      });
    };
    const name = text('organizationName');
    const organization: OrganizationValues | null =
      name === ''
        ? null
        : {
            name,
            type: organizationTypeOf(text('organizationType'), name),
            taxCode: normalizeTaxCode(text('taxCode')),
            vatNumber: normalizeTaxCode(text('vatNumber')).replace(/^IT/, ''),
            comune: text('comune'),
            provincia: text('provincia').toUpperCase(),
            address: text('address'),
            email: text('organizationEmail').toLowerCase(),
            pec: text('pec').toLowerCase(),
            phone: text('organizationPhone'),
            website: text('website'),
            notes: text('notes'),
          };
    if (organization) {
      const found = organizationFieldProblems(organization);
      const fieldOf: Record<string, TableField> = {
        taxCode: 'taxCode',
        vatNumber: 'vatNumber',
        provincia: 'provincia',
        email: 'organizationEmail',
        pec: 'pec',
        phone: 'organizationPhone',
        website: 'website',
      };
      for (const [key, kind] of Object.entries(found)) {
        const field = Object.hasOwn(fieldOf, key) ? fieldOf[key] : undefined;
        if (field && kind) problem(field, kind);
      }
    }
    const split = splitFullName(text('contactFullName'));
    const lastName = text('contactLastName') || split.lastName;
    const firstName = text('contactFirstName') || split.firstName;
    const contactValues: ContactValues = {
      firstName,
      lastName,
      role: text('contactRole'),
      email: text('contactEmail').toLowerCase(),
      phone: text('contactPhone'),
    };
    const contact = Object.values(contactValues).some((value) => value !== '')
      ? contactValues
      : null;
    if (contact) {
      const found = contactFieldProblems(contact);
      if (found.lastName)
        problem(
          values.has('contactLastName') ? 'contactLastName' : 'contactFullName',
          found.lastName,
        );
      if (found.email) problem('contactEmail', found.email);
      if (found.phone) problem('contactPhone', found.phone);
      if (!organization) problem('organizationName', 'missingOrganization');
    }
    const day = values.has('memberSince')
      ? parseDayCell(values.get('memberSince')?.cell ?? null)
      : { ok: true as const, value: null };
    if (!day.ok) problem('memberSince', 'invalidDate');
    if (!organization && !contact) return;
    rows.push({
      rowNumber: index + 1,
      organization,
      contact,
      memberSince: day.ok ? day.value : null,
      problems,
    });
  });
  // An empty result is an error, never "nothing to import".
  if (rows.length === 0) throw new SpreadsheetError('headersOnly');
  return rows;
}
