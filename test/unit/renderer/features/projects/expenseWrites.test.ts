import { describe, expect, it } from 'vitest';
import {
  archiveExpense,
  saveExpense,
  type ExpenseInput,
} from '../../../../../renderer/features/projects/page/expenseWrites';
import { createTestContext } from '../../db/testDatabase';
import { afol, createProject } from './projectWithIndicator';

async function projectExpense() {
  const context = createTestContext();
  const { repositories, project } = await createProject(context);
  const input: ExpenseInput = {
    projectId: project.id,
    organizationId: afol,
    fundingSourceName: '',
    period: '2026-Q1',
    amount: 1_000,
    note: '',
    date: null,
    documentReference: 'FT 12/2026',
    costItemId: null,
  };
  return { context, repositories, input };
}

describe('the expense commands', () => {
  it('record a new expense, then correct it in place with the correction audited', async () => {
    const { context, repositories, input } = await projectExpense();
    const created = await saveExpense(repositories, input, null);
    const corrected = await saveExpense(repositories, { ...input, amount: 1_200 }, created.id);
    expect(corrected.id).toBe(created.id);
    expect((await context.db.expenditures.toArray()).map((row) => row.amount)).toEqual([1_200]);
    const audit = await context.db.auditEntries
      .where('[table+recordId]')
      .equals(['expenditures', created.id])
      .toArray();
    expect(audit).toHaveLength(2);
  });

  it('archive an expense, keeping its row', async () => {
    const { context, repositories, input } = await projectExpense();
    const created = await saveExpense(repositories, input, null);
    await archiveExpense(repositories, created.id);
    expect((await context.db.expenditures.get(created.id))?.archivedAt).not.toBeNull();
  });
});
