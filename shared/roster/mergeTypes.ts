import type { z } from 'zod';
import type {
  Action,
  AgendaItem,
  Attendance,
  Contact,
  IndicatorValue,
  Meeting,
  Membership,
  Network,
  Organization,
  Project,
  RecordMeta,
  Relationship,
  tableSchemas,
} from '../domain';

/** The tables a merge of two organizations writes to. */
export const mergeTableNames = [
  'organizations',
  'contacts',
  'memberships',
  'actions',
  'relationships',
  'attendances',
  'projects',
  'meetings',
  'agendaItems',
  'indicatorValues',
  'networks',
] as const;
export type MergeTableName = (typeof mergeTableNames)[number];

/** The fields of a record a merge changes (the same shape a repository update accepts). */
export type MergePatch<T extends MergeTableName> = Partial<
  Omit<z.input<(typeof tableSchemas)[T]>, keyof RecordMeta>
>;

/** One record the merge changes. */
export type MergeUpdate = {
  [T in MergeTableName]: { table: T; id: string; patch: MergePatch<T> };
}[MergeTableName];

/** One record the merge archives: a duplicate membership or attendance, a self-loop, the merged ente. */
export type MergeArchive = { table: MergeTableName; id: string };

/**
 * Everything that refers to the merged organization, and the survivor's memberships and
 * attendances that may collide with the merged one's.
 */
export type MergeSources = {
  /** The organization that stays. */
  survivor: Organization;
  /** The organization that is merged into the survivor and then archived. */
  merged: Organization;
  /** The merged organization's contacts. */
  contacts: Contact[];
  /** The memberships of both organizations. */
  memberships: Membership[];
  /** Actions owned or supported by the merged organization. */
  actions: Action[];
  /** Relationships with the merged organization at either end. */
  relationships: Relationship[];
  /** Attendances of both organizations. */
  attendances: Attendance[];
  /** Projects the merged organization leads or is a partner of. */
  projects: Project[];
  /** Meetings the merged organization was invited to. */
  meetings: Meeting[];
  /** Agenda items the merged organization presented. */
  agendaItems: AgendaItem[];
  /** Indicator values reported by the merged organization. */
  indicatorValues: IndicatorValue[];
  /** Networks coordinated by the merged organization. */
  networks: Network[];
};

/** What a merge will write: every update, then every archive, in one transaction. */
export type MergePlan = {
  survivorId: string;
  mergedId: string;
  updates: MergeUpdate[];
  archives: MergeArchive[];
};

/** How many records of a table a merge changes and archives. */
export type MergeTableSummary = { updated: number; archived: number };
