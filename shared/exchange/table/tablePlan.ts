import type { Contact, MembershipRole, Organization } from '../../domain';
import { createDuplicateFinder, type DuplicateMatch } from '../../roster';
import { foldHeader } from './tableFields';
import type { ContactValues, OrganizationValues, TableProblem, TableRow } from './tableRows';

/** An organization the file names (once or on several rows), and the existing ones it may be. */
export type PlannedOrganization = {
  key: string;
  rowNumbers: number[];
  values: OrganizationValues;
  memberSince: string | null;
  /** The role in the network it gets if it is added to the network (its first row's). */
  membershipRole: MembershipRole;
  duplicates: DuplicateMatch<Organization>[];
  /** What Regia proposes: link to the first likely duplicate, else create it. */
  proposedExistingId: string | null;
};

/** A contact of a row, with the existing contact it seems to be already. */
export type PlannedContact = {
  rowNumber: number;
  organizationKey: string;
  values: ContactValues;
  existing: Contact | null;
};

/** A problem of a row that is imported all the same, without the cell (or contact) named. */
export type RowWarning = { rowNumber: number; problem: TableProblem };

/** What a table import would do, before the user decides. */
export type TablePlan = {
  organizations: PlannedOrganization[];
  contacts: PlannedContact[];
  /** Rows left out whole (a contact with no organization), with their problems. */
  invalidRows: TableRow[];
  /** Problems of the rows imported without a cell or a contact, in the order of the file. */
  warnings: RowWarning[];
};

// Reasons strong enough to propose using the existing organization rather than creating one.
const strongReasons = new Set(['taxCode', 'vatNumber', 'email', 'sameName']);

function organizationKey(values: OrganizationValues): string {
  return (
    values.taxCode || values.vatNumber || `${foldHeader(values.name)}|${foldHeader(values.comune)}`
  );
}

/**
 * Groups the rows into the organizations they name and the contacts they add, and finds
 * for each organization the existing ones that look the same (codice fiscale, partita IVA,
 * e-mail, same or similar name, through the roster's duplicate finder) and for each contact an
 * existing one with the same e-mail or name. A row imported without one of its cells keeps
 * its problems as warnings; a row left out whole is listed apart. Nothing is decided yet: the
 * user chooses.
 */
export function planTableImport(
  rows: readonly TableRow[],
  organizations: readonly Organization[],
  contacts: readonly Contact[],
): TablePlan {
  const finder = createDuplicateFinder(
    organizations.filter((organization) => organization.archivedAt === null),
  );
  const planned = new Map<string, PlannedOrganization>();
  const plannedContacts: PlannedContact[] = [];
  const invalidRows: TableRow[] = [];
  const warnings: RowWarning[] = [];
  const contactsByEmail = new Map(
    contacts
      .filter((contact) => contact.email)
      .map((contact) => [contact.email.toLowerCase(), contact]),
  );
  const contactsByName = new Map(
    contacts.map((contact) => [
      `${contact.organizationId}|${foldHeader(`${contact.firstName} ${contact.lastName}`)}`,
      contact,
    ]),
  );
  for (const row of rows) {
    if (!row.organization || row.problems.some((problem) => problem.outcome === 'rowLeftOut')) {
      invalidRows.push(row);
      continue;
    }
    for (const problem of row.problems) warnings.push({ rowNumber: row.rowNumber, problem });
    const key = organizationKey(row.organization);
    let organization = planned.get(key);
    if (!organization) {
      const duplicates = finder.find(row.organization);
      const strong = duplicates.find((match) =>
        match.reasons.some((reason) => strongReasons.has(reason)),
      );
      organization = {
        key,
        rowNumbers: [],
        values: row.organization,
        memberSince: row.memberSince,
        membershipRole: row.membershipRole,
        duplicates,
        proposedExistingId: strong?.organization.id ?? null,
      };
      planned.set(key, organization);
    }
    organization.rowNumbers.push(row.rowNumber);
    if (row.contact) {
      const byEmail = row.contact.email ? contactsByEmail.get(row.contact.email) : undefined;
      const nameKey = `${organization.proposedExistingId ?? ''}|${foldHeader(`${row.contact.firstName} ${row.contact.lastName}`)}`;
      plannedContacts.push({
        rowNumber: row.rowNumber,
        organizationKey: key,
        values: row.contact,
        existing: byEmail ?? contactsByName.get(nameKey) ?? null,
      });
    }
  }
  return {
    organizations: [...planned.values()],
    contacts: plannedContacts,
    invalidRows,
    warnings,
  };
}
