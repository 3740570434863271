import type { IndicatorValue } from '../../../../shared/domain';
import type { RegiaDatabase, Repositories } from '../../../db';

/** What the value form writes. */
export type IndicatorValueInput = {
  indicatorId: string;
  projectId: string;
  organizationId: string | null;
  period: string;
  value: number;
  note: string;
};

/**
 * Writes a partner's value of an indicator for a period: a correction updates the value already
 * there (as a partner workbook import does), so a period never counts twice.
 */
export async function saveIndicatorValue(
  db: RegiaDatabase,
  repositories: Repositories,
  input: IndicatorValueInput,
): Promise<{ value: IndicatorValue; created: boolean }> {
  return db.transaction('rw', [db.indicatorValues, db.auditEntries], async () => {
    const existing = (
      await db.indicatorValues.where('indicatorId').equals(input.indicatorId).toArray()
    ).find(
      (row) =>
        row.archivedAt === null &&
        row.organizationId === input.organizationId &&
        row.period === input.period,
    );
    if (existing) {
      const value = await repositories.indicatorValues.update(existing.id, {
        value: input.value,
        note: input.note,
      });
      return { value, created: false };
    }
    return { value: await repositories.indicatorValues.create(input), created: true };
  });
}

/**
 * Removes a partner's value of an indicator for a period (the form's value emptied): the value
 * is archived, so it stops counting and its history stays in the audit. False when none was set.
 */
export async function removeIndicatorValue(
  db: RegiaDatabase,
  repositories: Repositories,
  cell: Pick<IndicatorValueInput, 'indicatorId' | 'organizationId' | 'period'>,
): Promise<boolean> {
  return db.transaction('rw', [db.indicatorValues, db.auditEntries], async () => {
    const current = (
      await db.indicatorValues.where('indicatorId').equals(cell.indicatorId).toArray()
    ).filter(
      (row) =>
        row.archivedAt === null &&
        row.organizationId === cell.organizationId &&
        row.period === cell.period,
    );
    for (const row of current) await repositories.indicatorValues.archive(row.id);
    return current.length > 0;
  });
}
