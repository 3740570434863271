import type { Expenditure } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { Repositories } from '../../../db';

/** What the expense form writes. */
export type ExpenseInput = Pick<
  Expenditure,
  | 'projectId'
  | 'organizationId'
  | 'fundingSourceName'
  | 'period'
  | 'amount'
  | 'note'
  | 'date'
  | 'documentReference'
  | 'costItemId'
>;

/** Records a new expense, or corrects one already in the register (its history stays in the audit). */
export async function saveExpense(
  repositories: Repositories,
  input: ExpenseInput,
  existingId: string | null,
): Promise<Expenditure> {
  return existingId === null
    ? repositories.expenditures.create(input)
    : repositories.expenditures.update(existingId, input);
}

/** Archives an expense: it leaves the register and the totals, its history stays. */
export async function archiveExpense(repositories: Repositories, id: string): Promise<void> {
  await repositories.expenditures.archive(id);
}

/** The expense commands a component calls: record or correct, and archive. */
export type ExpenseCommands = {
  save(input: ExpenseInput, existingId: string | null): Promise<Expenditure>;
  archive(id: string): Promise<void>;
};

/** The expense commands bound to the app's repositories. */
export function useExpenseCommands(): ExpenseCommands {
  const { repositories } = useRegia();
  return {
    save: (input, existingId) => saveExpense(repositories, input, existingId),
    archive: (id) => archiveExpense(repositories, id),
  };
}
