import { upgradeAddingFields, withAddedFields } from './addedFields';

type Row = Record<string, unknown>;

/**
 * The fields version 4 added to existing rows, with the value an older row got, written out as
 * they were when version 4 shipped (commit 88e3df1). Frozen: never read from the current table
 * schemas, so this upgrade does the same thing whatever the schemas become.
 */
export const version4Fields = {
  networks: { quorumRule: 'maggioranza' },
  meetings: {
    openingTime: null,
    closingTime: null,
    minutesPremise: '',
    minutesDraftSentAt: null,
    minutesApprovedAt: null,
    minutesAmendments: [],
  },
  projects: { budgetLines: [], goodPractice: null },
} as const satisfies Record<string, Record<string, unknown>>;

/** The version 4 data change for one row: the fields version 4 added that it lacks. */
export function withVersion4Defaults(tableName: keyof typeof version4Fields, row: Row): Row {
  return withAddedFields(row, version4Fields[tableName]);
}

/** Upgrades a version 3 database to version 4. */
export const upgradeToV4 = upgradeAddingFields(version4Fields);
