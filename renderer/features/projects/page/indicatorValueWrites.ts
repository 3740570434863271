import type { IndicatorValue, ValueBreakdown } from '../../../../shared/domain';
import { breakdownExcesses } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';
import type { RegiaDatabase, Repositories } from '../../../db';

/** What the value form writes. */
export type IndicatorValueInput = {
  indicatorId: string;
  projectId: string;
  organizationId: string | null;
  period: string;
  value: number;
  note: string;
  /** Its parts by dimension (none when the indicator is not broken down). */
  breakdowns?: ValueBreakdown[];
};

/**
 * Writes a partner's value of an indicator for a period: a correction updates the value already
 * there (as a partner workbook import does), so a period never counts twice. Refused when the
 * parts of a breakdown add up to more than the value.
 */
export async function saveIndicatorValue(
  db: RegiaDatabase,
  repositories: Repositories,
  input: IndicatorValueInput,
): Promise<{ value: IndicatorValue; created: boolean }> {
  const breakdowns = (input.breakdowns ?? []).filter((part) => part.value > 0);
  const excess = breakdownExcesses(input.value, breakdowns)[0];
  if (excess) {
    throw new Error(
      `The ${excess.dimension} parts add up to ${excess.partsTotal}, more than the value ${excess.value}`,
    );
  }
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
        breakdowns,
      });
      return { value, created: false };
    }
    const value = await repositories.indicatorValues.create({ ...input, breakdowns });
    return { value, created: true };
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

/** One cell of a period's grid: the partner's value, or null to remove it. */
export type GridValueInput = Omit<IndicatorValueInput, 'value' | 'note' | 'breakdowns'> & {
  value: number | null;
};

/**
 * Writes a period's values for several partners at once, all or none: each number is saved (or
 * corrected, keeping its note and breakdowns), each null removes the value there. Returns how
 * many values changed.
 */
export async function saveGridValues(
  db: RegiaDatabase,
  repositories: Repositories,
  cells: readonly GridValueInput[],
): Promise<number> {
  return db.transaction('rw', [db.indicatorValues, db.auditEntries], async () => {
    let changed = 0;
    for (const cell of cells) {
      const current = (
        await db.indicatorValues.where('indicatorId').equals(cell.indicatorId).toArray()
      ).find(
        (row) =>
          row.archivedAt === null &&
          row.organizationId === cell.organizationId &&
          row.period === cell.period,
      );
      if (cell.value === null) {
        if (current && (await removeIndicatorValue(db, repositories, cell))) changed += 1;
      } else if (!current || current.value !== cell.value) {
        await saveIndicatorValue(db, repositories, {
          ...cell,
          value: cell.value,
          note: current?.note ?? '',
          breakdowns: current?.breakdowns ?? [],
        });
        changed += 1;
      }
    }
    return changed;
  });
}

/** The value commands a component calls: enter or correct a value, and remove one. */
export type IndicatorValueCommands = {
  save(input: IndicatorValueInput): Promise<{ value: IndicatorValue; created: boolean }>;
  remove(
    cell: Pick<IndicatorValueInput, 'indicatorId' | 'organizationId' | 'period'>,
  ): Promise<boolean>;
  saveGrid(cells: readonly GridValueInput[]): Promise<number>;
};

/** The value commands bound to the app's database. */
export function useIndicatorValueCommands(): IndicatorValueCommands {
  const { db, repositories } = useRegia();
  return {
    save: (input) => saveIndicatorValue(db, repositories, input),
    remove: (cell) => removeIndicatorValue(db, repositories, cell),
    saveGrid: (cells) => saveGridValues(db, repositories, cells),
  };
}
