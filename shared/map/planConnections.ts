import { z } from 'zod';
import { relationshipSchema, type Relationship, type RelationshipFields } from '../domain';
import type {
  MapImportContext,
  MapImportPlan,
  MapImportProblem,
  RecordChange,
} from './importTypes';
import { cellText, cellValue, hasColumn, type SheetRow, type SheetTable } from './kumuRead';
import { derivedTag, kumuSheetNames } from './kumuWorkbook';
import { directionOf, nameKey, relationshipKindOf } from './labelLookup';
import type { ElementIndex } from './planElements';
import { dayOf, splitValues } from './sheetCells';

const uuidSchema = z.uuid();
const isUuid = (text: string): boolean => uuidSchema.safeParse(text).success;
const derivedId = /^(project|action|meeting):/;

/** A weight from a Strength cell: a number from 0 to 100, with a decimal comma allowed. */
function strengthOf(value: unknown): number | null | undefined {
  if (typeof value === 'number') return value >= 0 && value <= 100 ? value : undefined;
  const text = typeof value === 'string' ? value.trim().replace(',', '.') : '';
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/** The network's relationships in force, by `source|target`. */
function tiesOf(context: MapImportContext): Map<string, Relationship[]> {
  const ties = new Map<string, Relationship[]>();
  for (const relationship of context.relationships.values()) {
    if (relationship.networkId !== context.networkId || relationship.archivedAt !== null) continue;
    const key = `${relationship.sourceOrganizationId}|${relationship.targetOrganizationId}`;
    ties.set(key, [...(ties.get(key) ?? []), relationship]);
  }
  return ties;
}

/** Plans the relationships of an imported connections sheet; derived links are left to Regia. */
export function planConnections(
  table: SheetTable,
  elements: ElementIndex,
  context: MapImportContext,
  plan: MapImportPlan,
): void {
  const problem = (row: SheetRow, column: string, reason: MapImportProblem['reason']): void => {
    plan.problems.push({
      sheet: table.name ?? kumuSheetNames.connections,
      row: row.row,
      column: table.headings?.[column] ?? column,
      value: cellText(row, column),
      reason,
    });
  };
  const present = (header: string): boolean => hasColumn(table, header);
  const resolve = (text: string): string | undefined =>
    elements.byKey.get(text) ??
    (elements.known.has(text) ? text : undefined) ??
    elements.byName.get(nameKey(text));
  const seen = new Set<string>();
  const ties = tiesOf(context);
  /** Relationships a row of this file already stands for: a second row without ID makes a new one. */
  const matched = new Set<string>();
  const sameTie = (fields: Partial<RelationshipFields>): Relationship | undefined => {
    const { sourceOrganizationId: source, targetOrganizationId: target, kind } = fields;
    const candidates = [
      ...(ties.get(`${source}|${target}`) ?? []),
      ...(ties.get(`${target}|${source}`) ?? []).filter((tie) => !tie.directed),
    ];
    return candidates.find(
      (tie) => (kind === undefined || tie.kind === kind) && !matched.has(tie.id),
    );
  };

  for (const row of table.rows) {
    const key = cellText(row, 'ID');
    const tags = splitValues(cellText(row, 'Tags'));
    if (tags.includes(derivedTag) || derivedId.test(key)) {
      plan.skippedDerived += 1;
      continue;
    }
    if (key !== '' && seen.has(key)) {
      problem(row, 'ID', 'duplicateId');
      continue;
    }
    const source = resolve(cellText(row, 'From'));
    const target = resolve(cellText(row, 'To'));
    if (!source) {
      problem(row, 'From', 'unknownElement');
      continue;
    }
    if (!target) {
      problem(row, 'To', 'unknownElement');
      continue;
    }
    if (source === target) {
      problem(row, 'To', 'sameElement');
      continue;
    }
    const kindText = cellText(row, 'Type');
    const kind = kindText === '' ? 'altro' : relationshipKindOf(kindText);
    if (!kind) {
      problem(row, 'Type', 'unknownKind');
      continue;
    }
    const weight = strengthOf(cellValue(row, 'Strength'));
    if (weight === undefined) {
      problem(row, 'Strength', 'invalidStrength');
      continue;
    }
    const from = dayOf(cellValue(row, 'Dal'));
    const to = dayOf(cellValue(row, 'Al'));
    if (from === undefined || to === undefined) {
      problem(row, from === undefined ? 'Dal' : 'Al', 'invalidDate');
      continue;
    }
    if (from !== null && to !== null && to < from) {
      problem(row, 'Al', 'endBeforeStart');
      continue;
    }
    if (key !== '') seen.add(key);

    const fields: Partial<RelationshipFields> = {
      sourceOrganizationId: source,
      targetOrganizationId: target,
    };
    if (present('Type')) fields.kind = kind;
    if (present('Direction')) {
      const directed = directionOf(cellText(row, 'Direction'));
      if (directed !== undefined) fields.directed = directed;
    }
    if (present('Strength') && weight !== null) fields.weight = weight;
    if (present('Dal')) fields.from = from;
    if (present('Al')) fields.to = to;
    if (present('Description')) fields.notes = cellText(row, 'Description');

    // A row without a Regia ID (added in Kumu or Gephi) is the network's tie between the same
    // two organizations, of the same kind, when there is one: imported again, it adds nothing.
    const existing = isUuid(key) ? context.relationships.get(key) : sameTie(fields);
    if (existing && existing.networkId === context.networkId) {
      matched.add(existing.id);
      const changed = (Object.keys(fields) as (keyof RelationshipFields)[]).filter(
        (field) => fields[field] !== existing[field],
      );
      const restore = existing.archivedAt !== null;
      if (changed.length > 0 || restore) {
        const patch: Partial<Relationship> = {};
        for (const field of changed) Object.assign(patch, { [field]: fields[field] });
        const change: RecordChange<Relationship> = {
          id: existing.id,
          label: key,
          patch,
          fields: changed,
          restore,
        };
        plan.relationships.update.push(change);
      } else plan.relationships.unchanged += 1;
      continue;
    }
    // An ID already used in another network gets a new one: the same tie, copied here.
    const id = isUuid(key) && !existing ? key : context.newId();
    plan.relationships.create.push(
      relationshipSchema.parse({
        id,
        createdAt: context.now,
        updatedAt: context.now,
        rev: 1,
        archivedAt: null,
        networkId: context.networkId,
        kind: 'altro',
        directed: false,
        weight: 1,
        from: null,
        to: null,
        ...fields,
      }),
    );
  }
}
