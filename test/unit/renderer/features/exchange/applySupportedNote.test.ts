import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { buildImportPlan } from '../../../../../shared/exchange';
import { applyImportPlan } from '../../../../../renderer/features/exchange/import/applyImport';
import { undoImport } from '../../../../../renderer/features/exchange/history/undoImport';
import { seededImport } from './seededImport';

describe('a note on an action the partner supports', () => {
  it('lands once in the action’s timeline, from the partner, and the import’s undo takes it out', async () => {
    const { fixture, db, repositories, prepare } = await seededImport();
    const row = fixture.base.sheets.supportedActions[0];
    if (!row) throw new Error('Comune di Segrate supports no open action in the demo');
    const note = 'Abbiamo messo a disposizione la sala consiliare';
    const edits = [{ sheet: 'supportedActions', id: row.id, field: 'note', value: note }] as const;
    const prepared = await prepare(edits);
    const batch = await applyImportPlan(
      db,
      repositories,
      buildImportPlan(prepared.review, prepared.base, new Map()),
      {
        networkId: fixture.networkId,
        fileName: prepared.fileName,
        review: prepared.review,
        stale: false,
      },
    );
    const timeline = () =>
      db.actionUpdates
        .where('actionId')
        .equals(row.id)
        .filter((entry) => entry.text === note)
        .toArray();
    expect(await timeline()).toMatchObject([{ author: 'Comune di Segrate', source: 'import' }]);
    const action = await db.actions.get(row.id);
    expect(action).toMatchObject({ status: row.values.status, progress: row.values.progress });

    // A re-saved copy of the same workbook: the note is already there.
    const again = await prepare(edits);
    expect(again.review.counts.applied).toBe(0);

    await undoImport(db, repositories, batch.id);
    expect(await timeline()).toEqual([]);
  });
});
