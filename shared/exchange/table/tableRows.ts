import type { MembershipRole, OrganizationType } from '../../domain';
import {
  contactFieldProblems,
  normalizeTaxCode,
  organizationFieldProblems,
  type FieldProblem,
  type OrganizationFields,
} from '../../roster';
import { cellText, isEmptyCell, parseDayCell } from '../cellValues';
import type { GridCell, GridSheet } from '../grid';
import { SpreadsheetError } from '../problems';
import type { TableField } from './tableFields';
import {
  chosenMembershipRole,
  chosenOrganizationType,
  fallbackValues,
  noValueChoices,
  organizationTypeFromName,
  type ValueChoices,
} from './valueMapping';

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

/**
 * What a problem costs the row: only the cell (the rest of the row is imported without it), its
 * contact (the organization is imported without it), or the whole row.
 */
export type ProblemOutcome = 'fieldLeftOut' | 'contactLeftOut' | 'rowLeftOut';

/** Why a cell of a row cannot be imported, and what is left out because of it. */
export type TableProblem = {
  field: TableField;
  header: string;
  value: string;
  problem: FieldProblem | 'invalidDate' | 'missingOrganization';
  outcome: ProblemOutcome;
};

/** One data row of the file, read through the mapping. */
export type TableRow = {
  rowNumber: number;
  organization: OrganizationValues | null;
  contact: ContactValues | null;
  memberSince: string | null;
  membershipRole: MembershipRole;
  problems: TableProblem[];
};

function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const words = fullName.trim().split(/\s+/);
  if (words.length < 2) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}

// The organization fields the roster checks, and the column each comes from.
const checkedColumns: readonly [Exclude<keyof OrganizationFields, 'name'>, TableField][] = [
  ['taxCode', 'taxCode'],
  ['vatNumber', 'vatNumber'],
  ['provincia', 'provincia'],
  ['email', 'organizationEmail'],
  ['pec', 'pec'],
  ['phone', 'organizationPhone'],
  ['website', 'website'],
];

/** One row's cells by the field they are mapped to, and its problems as they are found. */
type RowReader = {
  has: (field: TableField) => boolean;
  cell: (field: TableField) => GridCell;
  text: (field: TableField) => string;
  problem: (field: TableField, kind: TableProblem['problem'], outcome: ProblemOutcome) => void;
  problems: TableProblem[];
};

function rowReader(
  row: readonly GridCell[],
  headers: readonly string[],
  mapping: readonly (TableField | null)[],
): RowReader {
  const values = new Map<TableField, { cell: GridCell; header: string }>();
  mapping.forEach((field, column) => {
    if (field && !values.has(field))
      values.set(field, { cell: row[column] ?? null, header: headers[column] ?? '' });
  });
  const text = (field: TableField): string => cellText(values.get(field)?.cell ?? null).trim();
  const problems: TableProblem[] = [];
  return {
    has: (field) => values.has(field),
    cell: (field) => values.get(field)?.cell ?? null,
    text,
    problems,
    problem: (field, kind, outcome) => {
      problems.push({
        field,
        header: values.get(field)?.header ?? '',
        value: text(field),
        problem: kind,
        outcome,
      });
    },
  };
}

/** The row's organization; a field the roster would refuse is left empty and named as a problem. */
function organizationOf(reader: RowReader, choices: ValueChoices): OrganizationValues | null {
  const name = reader.text('organizationName');
  if (name === '') return null;
  const typeText = reader.text('organizationType');
  const organization: OrganizationValues = {
    name,
    type:
      typeText === '' ? organizationTypeFromName(name) : chosenOrganizationType(typeText, choices),
    taxCode: normalizeTaxCode(reader.text('taxCode')),
    vatNumber: normalizeTaxCode(reader.text('vatNumber')).replace(/^IT/, ''),
    comune: reader.text('comune'),
    provincia: reader.text('provincia').toUpperCase(),
    address: reader.text('address'),
    email: reader.text('organizationEmail').toLowerCase(),
    pec: reader.text('pec').toLowerCase(),
    phone: reader.text('organizationPhone'),
    website: reader.text('website'),
    notes: reader.text('notes'),
  };
  const found = organizationFieldProblems(organization);
  for (const [key, field] of checkedColumns) {
    const kind = found[key];
    if (!kind) continue;
    reader.problem(field, kind, 'fieldLeftOut');
    organization[key] = '';
  }
  return organization;
}

/** The row's contact, without an e-mail or phone the roster would refuse; null without a surname. */
function contactOf(reader: RowReader, hasOrganization: boolean): ContactValues | null {
  const split = splitFullName(reader.text('contactFullName'));
  const contact: ContactValues = {
    firstName: reader.text('contactFirstName') || split.firstName,
    lastName: reader.text('contactLastName') || split.lastName,
    role: reader.text('contactRole'),
    email: reader.text('contactEmail').toLowerCase(),
    phone: reader.text('contactPhone'),
  };
  if (Object.values(contact).every((value) => value === '')) return null;
  if (!hasOrganization) {
    reader.problem('organizationName', 'missingOrganization', 'rowLeftOut');
    return contact;
  }
  const found = contactFieldProblems(contact);
  if (found.lastName) {
    const field = reader.has('contactLastName') ? 'contactLastName' : 'contactFullName';
    reader.problem(field, found.lastName, 'contactLeftOut');
    return null;
  }
  if (found.email) {
    reader.problem('contactEmail', found.email, 'fieldLeftOut');
    contact.email = '';
  }
  if (found.phone) {
    reader.problem('contactPhone', found.phone, 'fieldLeftOut');
    contact.phone = '';
  }
  return contact;
}

/**
 * Reads the data rows of a sheet through a column mapping (header in the first non-empty
 * row), checking codes, addresses and dates as the roster forms do. A cell the roster would
 * refuse (a bad partita IVA, e-mail or date) is left out of its row, which is still imported;
 * a contact without a surname is left out of its row; a row whose contact names no
 * organization is left out whole. Each of these is a problem of the row, naming its cell.
 * Types and roles in the network follow the person's choices for each text of the file (else
 * Regia's proposal); a row without a type takes the one its name tells. Rows are arrays read
 * by column index: no header, however named, ever becomes an object key. A sheet with no data
 * row is an error.
 */
export function readTableRows(
  sheet: GridSheet,
  mapping: readonly (TableField | null)[],
  choices: ValueChoices = noValueChoices,
): TableRow[] {
  const headerIndex = sheet.rows.findIndex((row) => row.some((cell) => !isEmptyCell(cell)));
  const headers = (sheet.rows[headerIndex] ?? []).map((cell) => cellText(cell).trim());
  const rows: TableRow[] = [];
  sheet.rows.forEach((row, index) => {
    if (index <= headerIndex || row.every(isEmptyCell)) return;
    const reader = rowReader(row, headers, mapping);
    const organization = organizationOf(reader, choices);
    const contact = contactOf(reader, organization !== null);
    const day = reader.has('memberSince')
      ? parseDayCell(reader.cell('memberSince'))
      : { ok: true as const, value: null };
    if (!day.ok) reader.problem('memberSince', 'invalidDate', 'fieldLeftOut');
    if (!organization && !contact) return;
    const roleText = reader.text('membershipRole');
    rows.push({
      rowNumber: index + 1,
      organization,
      contact,
      memberSince: day.ok ? day.value : null,
      membershipRole:
        roleText === '' ? fallbackValues.membershipRole : chosenMembershipRole(roleText, choices),
      problems: reader.problems,
    });
  });
  // An empty result is an error, never "nothing to import".
  if (rows.length === 0) throw new SpreadsheetError('headersOnly');
  return rows;
}
