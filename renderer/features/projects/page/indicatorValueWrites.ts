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
