import type { Organization } from '../domain';
import { planAttendances, planMemberships } from './mergeCollisions';
import { planReferences } from './mergeReferences';
import type { MergePlan, MergeSources, MergeTableName, MergeTableSummary } from './mergeTypes';
import { sameList, unique, type MergeWrites } from './mergeWrites';

/** Fields of the survivor that the merged organization fills when the survivor has them empty. */
const fillableFields = [
  'taxCode',
  'vatNumber',
  'comune',
  'provincia',
  'address',
  'email',
  'pec',
  'phone',
  'website',
  'notes',
] as const satisfies readonly (keyof Organization)[];

function planSurvivor({ survivor, merged }: MergeSources, plan: MergeWrites): void {
  const patch: Partial<Record<(typeof fillableFields)[number], string>> = {};
  for (const field of fillableFields) {
    if (!survivor[field].trim() && merged[field].trim()) patch[field] = merged[field];
  }
  const areasOfWork = unique([...survivor.areasOfWork, ...merged.areasOfWork]);
  const areasPatch = sameList(areasOfWork, survivor.areasOfWork) ? {} : { areasOfWork };
  if (Object.keys(patch).length > 0 || 'areasOfWork' in areasPatch) {
    plan.updates.push({
      table: 'organizations',
      id: survivor.id,
      patch: { ...patch, ...areasPatch },
    });
  }
}

/**
 * What merging one organization into another writes: the survivor's empty fields filled from
 * the merged one; its contacts, memberships, actions (owned and supported), relationships,
 * attendances, projects, invitations, presentations, indicator values and coordinated networks
 * moved to the survivor; a membership of the same network or an attendance of the same meeting
 * combined into the survivor's (the stronger role, the better attendance); a relationship that
 * would join the survivor to itself archived; and last the merged organization archived.
 */
export function planOrganizationMerge(sources: MergeSources): MergePlan {
  if (sources.survivor.id === sources.merged.id) {
    throw new Error('An organization cannot be merged into itself.');
  }
  const plan: MergeWrites = { updates: [], archives: [] };
  planSurvivor(sources, plan);
  planMemberships(sources, plan);
  planAttendances(sources, plan);
  planReferences(sources, plan);
  if (!sources.merged.archivedAt)
    plan.archives.push({ table: 'organizations', id: sources.merged.id });
  return { survivorId: sources.survivor.id, mergedId: sources.merged.id, ...plan };
}

/** How many records of each table the plan updates and archives (a table it leaves alone is absent). */
export function summarizeMergePlan(
  plan: MergePlan,
): Partial<Record<MergeTableName, MergeTableSummary>> {
  const summary: Partial<Record<MergeTableName, MergeTableSummary>> = {};
  const entry = (table: MergeTableName): MergeTableSummary => {
    const existing = summary[table] ?? { updated: 0, archived: 0 };
    summary[table] = existing;
    return existing;
  };
  for (const update of plan.updates) entry(update.table).updated += 1;
  for (const archive of plan.archives) entry(archive.table).archived += 1;
  return summary;
}
