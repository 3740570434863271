import type { Membership, Organization, Relationship } from '../domain';

/** Why a row of an imported map was set aside. */
export const mapProblemReasons = [
  'missingLabel',
  'unknownType',
  'duplicateId',
  'unknownElement',
  'unknownKind',
  'invalidStrength',
  'invalidDate',
  'sameElement',
  'endBeforeStart',
] as const;
export type MapProblemReason = (typeof mapProblemReasons)[number];

/** A rejected cell: where it is, what it holds and why. */
export type MapImportProblem = {
  sheet: string;
  row: number;
  column: string;
  value: string;
  reason: MapProblemReason;
};

/** A change to an existing record: the fields the file changes and their new values. */
export type RecordChange<T> = {
  id: string;
  /** What the user knows the record by. */
  label: string;
  patch: Partial<T>;
  fields: (keyof T & string)[];
  /** Whether the record was archived and comes back. */
  restore: boolean;
};

/** What an import would do; nothing is written until the user confirms it. */
export type MapImportPlan = {
  organizations: {
    create: Organization[];
    update: RecordChange<Organization>[];
    unchanged: number;
  };
  memberships: Membership[];
  relationships: {
    create: Relationship[];
    update: RecordChange<Relationship>[];
    unchanged: number;
  };
  skippedDerived: number;
  problems: MapImportProblem[];
};

/** What the planner needs to know about the database, read beforehand. */
export type MapImportContext = {
  networkId: string;
  /** Organizations the file's IDs name, and the network's members, by id. */
  organizations: ReadonlyMap<string, Organization>;
  /** Organizations that are members of the network now. */
  memberIds: ReadonlySet<string>;
  /** Relationships the file's IDs name, in any network, and the network's own, by id. */
  relationships: ReadonlyMap<string, Relationship>;
  /** ISO timestamp of the import. */
  now: string;
  newId: () => string;
};

/** How many records an import would create or change. */
export function changeCount(plan: MapImportPlan): number {
  return (
    plan.organizations.create.length +
    plan.organizations.update.length +
    plan.memberships.length +
    plan.relationships.create.length +
    plan.relationships.update.length
  );
}
