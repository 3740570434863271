import type { IndicatorValue } from '../../../../shared/domain';
import {
  indicatorValuePatch,
  type ImportPlan,
  type IndicatorValueChange,
  type IndicatorValueFields,
} from '../../../../shared/exchange';
import type { DraftOf, RegiaDatabase } from '../../../db';
import { checkUnchanged, StaleImportError, targetValues } from './fieldChanges';

/** What one accepted indicator value writes: a change to the partner's value, or a new value. */
export type IndicatorValueWrite =
  | { kind: 'update'; change: IndicatorValueChange; id: string; patch: IndicatorValueFields }
  | { kind: 'create'; change: IndicatorValueChange; draft: DraftOf<'indicatorValues'> };

const periodKey = (indicatorId: string, period: string): string => `${indicatorId}|${period}`;

/**
 * Reads, in the caller's transaction, what the plan's indicator values will write: the
 * partner's live value of the period changes when there is one (and must still be as
 * reviewed), else a value is created, if the review saw none. Throws StaleImportError otherwise.
 */
export async function indicatorValueWrites(
  db: RegiaDatabase,
  plan: ImportPlan,
): Promise<IndicatorValueWrite[]> {
  const indicatorIds = plan.indicatorValues.map((change) => change.indicatorId);
  const [indicators, values] = await Promise.all([
    db.indicators.bulkGet(indicatorIds),
    db.indicatorValues.where('indicatorId').anyOf(indicatorIds).toArray(),
  ]);
  // The first live value of the partner for each indicator and period, as one query per indicator would find it.
  const existing = new Map<string, IndicatorValue>();
  for (const value of values) {
    const key = periodKey(value.indicatorId, value.period);
    if (value.organizationId === plan.partnerId && value.archivedAt === null && !existing.has(key))
      existing.set(key, value);
  }
  return plan.indicatorValues.map((change, index): IndicatorValueWrite => {
    const indicator = indicators[index];
    if (!indicator) throw new StaleImportError();
    const patch = indicatorValuePatch(targetValues(change.changes));
    const found = existing.get(periodKey(change.indicatorId, change.period));
    if (found) {
      checkUnchanged(found, change.changes);
      return { kind: 'update', change, id: found.id, patch };
    }
    const hadValue = change.changes.some(
      (fieldChange) => fieldChange.field === 'value' && fieldChange.from !== null,
    );
    if (hadValue || patch.value === undefined) throw new StaleImportError();
    const draft = {
      indicatorId: indicator.id,
      projectId: indicator.projectId,
      organizationId: plan.partnerId,
      period: change.period,
      value: patch.value,
      note: patch.note ?? '',
    };
    return { kind: 'create', change, draft };
  });
}
