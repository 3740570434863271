import { z } from 'zod';
import {
  membershipSchema,
  organizationSchema,
  type Membership,
  type Organization,
} from '../domain';
import type {
  MapImportContext,
  MapImportPlan,
  MapImportProblem,
  RecordChange,
} from './importTypes';
import { kumuSheetNames } from './kumuWorkbook';
import { cellText, hasColumn, type SheetRow, type SheetTable } from './kumuRead';
import { membershipRoleOf, nameKey, organizationTypeOf } from './labelLookup';
import { splitValues } from './sheetCells';

/** How the rows of the elements sheet resolved: sheet keys and names to organization ids. */
export type ElementIndex = {
  /** The ID cell as written (or the generated id of a row without one) to the organization id. */
  byKey: Map<string, string>;
  /** Folded names of the sheet's and the known organizations to their id. */
  byName: Map<string, string>;
  /** Organizations that exist or will exist after the import. */
  known: Set<string>;
};

const uuidSchema = z.uuid();
const isUuid = (text: string): boolean => uuidSchema.safeParse(text).success;

type OrganizationFields = Pick<
  Organization,
  'name' | 'type' | 'notes' | 'areasOfWork' | 'provincia' | 'comune'
>;

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Plans the organizations and memberships of an imported elements sheet. */
export function planElements(
  table: SheetTable,
  context: MapImportContext,
  plan: MapImportPlan,
): ElementIndex {
  const index: ElementIndex = { byKey: new Map(), byName: new Map(), known: new Set() };
  for (const organization of context.organizations.values()) {
    index.known.add(organization.id);
    index.byName.set(nameKey(organization.name), organization.id);
  }
  const problem = (row: SheetRow, column: string, reason: MapImportProblem['reason']): void => {
    plan.problems.push({
      sheet: table.name ?? kumuSheetNames.elements,
      row: row.row,
      column: table.headings?.[column] ?? column,
      value: cellText(row, column),
      reason,
    });
  };
  const seen = new Set<string>();
  const members = new Set(context.memberIds);

  const present = (header: string): boolean => hasColumn(table, header);
  for (const row of table.rows) {
    const key = cellText(row, 'ID');
    const label = cellText(row, 'Label');
    if (label === '') {
      problem(row, 'Label', 'missingLabel');
      continue;
    }
    if (key !== '' && seen.has(key)) {
      problem(row, 'ID', 'duplicateId');
      continue;
    }
    const typeText = cellText(row, 'Type');
    const type = typeText === '' ? 'altro' : organizationTypeOf(typeText);
    if (!type) {
      problem(row, 'Type', 'unknownType');
      continue;
    }
    if (key !== '') seen.add(key);

    const fields: Partial<OrganizationFields> = { name: label };
    if (present('Type')) fields.type = type;
    if (present('Description')) fields.notes = cellText(row, 'Description');
    if (present('Tags')) fields.areasOfWork = splitValues(cellText(row, 'Tags'));
    if (present('Provincia')) fields.provincia = cellText(row, 'Provincia');
    if (present('Comune')) fields.comune = cellText(row, 'Comune');

    const existing = isUuid(key) ? context.organizations.get(key) : undefined;
    let id: string;
    if (existing) {
      id = existing.id;
      const changed = (Object.keys(fields) as (keyof OrganizationFields)[]).filter(
        (field) => !sameValue(fields[field], existing[field]),
      );
      const restore = existing.archivedAt !== null;
      if (changed.length > 0 || restore) {
        const patch: Partial<Organization> = {};
        for (const field of changed) Object.assign(patch, { [field]: fields[field] });
        const change: RecordChange<Organization> = { id, label, patch, fields: changed, restore };
        plan.organizations.update.push(change);
      } else plan.organizations.unchanged += 1;
    } else {
      id = isUuid(key) && !index.known.has(key) ? key : context.newId();
      plan.organizations.create.push(
        organizationSchema.parse({
          id,
          createdAt: context.now,
          updatedAt: context.now,
          rev: 1,
          archivedAt: null,
          type: 'altro',
          ...fields,
        }),
      );
    }
    index.known.add(id);
    index.byKey.set(key === '' ? id : key, id);
    index.byName.set(nameKey(label), id);

    if (!members.has(id)) {
      members.add(id);
      const role = membershipRoleOf(cellText(row, 'Ruolo nella rete')) ?? 'partner';
      const membership: Membership = membershipSchema.parse({
        id: context.newId(),
        createdAt: context.now,
        updatedAt: context.now,
        rev: 1,
        archivedAt: null,
        networkId: context.networkId,
        organizationId: id,
        role,
        votingRight: false,
      });
      plan.memberships.push(membership);
    }
  }
  return index;
}
