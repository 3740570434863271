import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from '../../../../../shared/exchange';
import { applyImportPlan } from '../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { reportedValueId } from '../../../shared/exchange/exchangeFixtures';
import { seededImport } from './seededImport';

describe('a value a partner sends late', () => {
  it('is recorded for its own period, leaves the reporting period’s value alone, is not proposed again, and is undone', async () => {
    // Segrate's projects started in July 2025: the fourth quarter 2025 is still open.
    const { fixture, db, repositories, prepare } = await seededImport({
      projectStart: '2025-07-01',
    });
    const reported = fixture.base.sheets.indicators.find((row) => row.recordId === reportedValueId);
    if (!reported) throw new Error('fixture changed');
    const edits = [
      { sheet: 'indicators', id: reported.id, period: '2025-Q4', field: 'value', value: 6 },
    ] as const;
    const prepared = await prepare(edits);
    const plan = buildImportPlan(prepared.review, prepared.base, new Map());
    const batch = await applyImportPlan(db, repositories, plan, {
      networkId: fixture.networkId,
      fileName: prepared.fileName,
      review: prepared.review,
      stale: false,
    });

    const values = await db.indicatorValues
      .where('indicatorId')
      .equals(reported.id)
      .filter((value) => value.organizationId === fixture.partnerId)
      .toArray();
    expect(values.map((value) => [value.period, value.value]).sort()).toEqual([
      ['2025-Q4', 6],
      ['2026-Q1', 8],
    ]);
    // The same answer in another file (a re-saved copy): Regia already holds it.
    const again = await prepare(edits);
    expect(again.review.counts).toMatchObject({ applied: 0, conflict: 0, rejected: 0 });

    await undoImport(db, repositories, batch.id);
    const late = values.find((value) => value.period === '2025-Q4');
    expect((await db.indicatorValues.get(late?.id ?? ''))?.archivedAt).not.toBeNull();
    expect((await db.indicatorValues.get(reportedValueId))?.value).toBe(8);
  });
});
