import {
  organizationPatch,
  type AppliedChange,
  type ExpenseProposal,
  type ImportPlan,
} from '../../../../shared/exchange';
import { periodOf } from '../../../../shared/projects';
import type { Repositories, RegiaDatabase } from '../../../db';
import {
  checkUnchanged,
  StaleImportError,
  targetValues,
  valuesAfter,
  valuesBefore,
} from './fieldChanges';

/** The register's row for an expense the partner reported: its quarter follows from its day. */
function expenseDraft(partnerId: string, expense: ExpenseProposal) {
  return {
    projectId: expense.projectId,
    organizationId: partnerId,
    fundingSourceName: expense.fundingSourceName,
    period: periodOf('trimestre', expense.date),
    amount: expense.amountCents / 100,
    note: expense.note,
    date: expense.date,
    documentReference: expense.documentReference,
    costItemId: expense.costItemId,
  };
}

/**
 * Writes the partner's own organization's changes and its new expenses, inside the import's
 * transaction (which must include organizations, projects and expenditures), and says what it
 * wrote for the batch. An organization changed since the review, or a project gone, writes nothing.
 */
export async function writeOrganizationAndExpenses(
  db: RegiaDatabase,
  repositories: Repositories,
  plan: ImportPlan,
  options: { source: 'import'; batchId: string },
): Promise<AppliedChange[]> {
  const projectIds = [...new Set(plan.newExpenses.map((expense) => expense.projectId))];
  const projects = await db.projects.bulkGet(projectIds);
  if (projects.some((project) => !project || project.archivedAt !== null))
    throw new StaleImportError();
  const organizations = await db.organizations.bulkGet(
    plan.organizations.map((change) => change.organizationId),
  );
  plan.organizations.forEach((change, index) =>
    checkUnchanged(organizations[index], change.changes),
  );
  await repositories.organizations.updateMany(
    plan.organizations.map((change) => ({
      id: change.organizationId,
      patch: organizationPatch(targetValues(change.changes)),
    })),
    options,
  );
  const expenses = await repositories.expenditures.createMany(
    plan.newExpenses.map((expense) => expenseDraft(plan.partnerId, expense)),
    options,
  );
  return [
    ...plan.organizations.map((change): AppliedChange => ({
      operation: 'update',
      table: 'organizations',
      recordId: change.organizationId,
      before: valuesBefore(change.changes),
      after: valuesAfter(change.changes),
    })),
    ...expenses.map((expense): AppliedChange => ({
      operation: 'create',
      table: 'expenditures',
      recordId: expense.id,
    })),
  ];
}
