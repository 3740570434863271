import { actionStatuses, type ActionStatus } from '../domain';
import { recordFieldOf } from './mergeCurrent';
import type { ImportReview, ReviewItem } from './mergeTypes';
import type { BaseValue, PartnerBase } from './partnerBase';

/** The user's choice per review line: accept (for a conflict: take the sheet's value) or not. */
export type Decisions = ReadonlyMap<string, boolean>;

/**
 * What a line starts as: changes only the sheet made are accepted, conflicts keep Regia's value,
 * proposals and new contacts wait. An expense the partner reports is accepted: the coordinator
 * refuses the ones that are wrong, line by line.
 */
export function defaultDecision(item: ReviewItem): boolean {
  return item.outcome === 'applied' || (item.outcome === 'new' && item.sheet === 'expenses');
}

/** Whether the user can accept or refuse a line at all. */
export function isDecidable(item: ReviewItem): boolean {
  return (
    item.outcome === 'applied' ||
    item.outcome === 'conflict' ||
    item.outcome === 'proposed' ||
    item.outcome === 'new'
  );
}

/** Whether a line is a partner's proposal (a new due date, a new action): decided one by one. */
export function isProposal(item: ReviewItem): boolean {
  return item.outcome === 'proposed';
}

/** One field of a record going from Regia's value at review time to the sheet's. */
export type FieldChange = { field: string; from: BaseValue; to: BaseValue };

/** The accepted changes of one action, and the partner's update note for its timeline. */
export type ActionChange = { actionId: string; changes: FieldChange[]; note: string };
/** The accepted changes of one contact. */
export type ContactChange = { contactId: string; changes: FieldChange[] };
/** The accepted value (and note) of one indicator for one period: the reporting one or a late one. */
export type IndicatorValueChange = { indicatorId: string; period: string; changes: FieldChange[] };
/** The accepted changes to the partner's own organization (PEC, e-mail, phone, address). */
export type OrganizationChange = { organizationId: string; changes: FieldChange[] };

/** A new expense the partner reported on its Spese sheet and the coordinator accepted. */
export type ExpenseProposal = {
  rowNumber: number;
  projectId: string;
  /** The project's voce di spesa, or null when the row names none. */
  costItemId: string | null;
  /** The day of the expense, `yyyy-MM-dd`. */
  date: string;
  /** Whole cents, so that sums never drift. */
  amountCents: number;
  documentReference: string;
  fundingSourceName: string;
  note: string;
};

/** A new contact the partner proposed and the user accepted. */
export type ContactProposal = {
  rowNumber: number;
  values: Record<'lastName' | 'firstName' | 'role' | 'email' | 'phone', string>;
};

/** A new action the partner proposed and the coordinator accepted; the partner owns it. */
export type ActionProposal = {
  rowNumber: number;
  title: string;
  /** The project as the partner wrote it: the network's project of that title, if any. */
  project: string;
  status: ActionStatus;
  progress: number;
  dueDate: string | null;
  note: string;
};

/** Everything an import will write, decided and pure: the renderer applies it in one transaction. */
export type ImportPlan = {
  exportBatchId: string;
  partnerId: string;
  partnerName: string;
  actions: ActionChange[];
  contacts: ContactChange[];
  indicatorValues: IndicatorValueChange[];
  newContacts: ContactProposal[];
  newActions: ActionProposal[];
  /** Contacts the partner says are no longer its contacts: archived when accepted. */
  retiredContacts: string[];
  /** Changes to the partner's own organization. */
  organizations: OrganizationChange[];
  /** Expenses from the Spese sheet, each its own line of the review. */
  newExpenses: ExpenseProposal[];
};

function textOf(value: BaseValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function actionProposalOf(item: ReviewItem): ActionProposal {
  const values = item.proposal ?? {};
  const status = actionStatuses.find((candidate) => candidate === values.status) ?? 'daAvviare';
  const due = values.proposedDueDate;
  return {
    rowNumber: item.rowNumber,
    title: textOf(values.title),
    project: textOf(values.project),
    status,
    progress: typeof values.progress === 'number' ? values.progress : 0,
    dueDate: typeof due === 'string' && due !== '' ? due : null,
    note: textOf(values.note),
  };
}

function expenseProposalOf(item: ReviewItem): ExpenseProposal | null {
  const values = item.proposal ?? {};
  const { projectId, date, amountCents, costItemId } = values;
  if (typeof projectId !== 'string' || typeof date !== 'string') return null;
  if (typeof amountCents !== 'number') return null;
  return {
    rowNumber: item.rowNumber,
    projectId,
    costItemId: typeof costItemId === 'string' ? costItemId : null,
    date,
    amountCents,
    documentReference: textOf(values.documentReference),
    fundingSourceName: textOf(values.source),
    note: textOf(values.note),
  };
}

/** The plan of an import: the accepted lines of the review, grouped by record. */
export function buildImportPlan(
  review: ImportReview,
  base: PartnerBase,
  decisions: Decisions,
): ImportPlan {
  const accepted = review.items.filter(
    (item) => isDecidable(item) && (decisions.get(item.key) ?? defaultDecision(item)),
  );
  const actions = new Map<string, ActionChange>();
  const contacts = new Map<string, ContactChange>();
  const indicatorValues = new Map<string, IndicatorValueChange>();
  // A line that does not name its period is for the indicator's first row: the reporting period.
  const periods = new Map(base.sheets.indicators.map((row) => [row.id, textOf(row.values.period)]));
  const newContacts: ContactProposal[] = [];
  const newActions: ActionProposal[] = [];
  const retiredContacts: string[] = [];
  const organizations = new Map<string, OrganizationChange>();
  const newExpenses: ExpenseProposal[] = [];
  for (const item of accepted) {
    if (item.outcome === 'proposed' && item.field === null) {
      newActions.push(actionProposalOf(item));
      continue;
    }
    if (item.outcome === 'new' && item.sheet === 'expenses') {
      const expense = expenseProposalOf(item);
      if (expense) newExpenses.push(expense);
      continue;
    }
    if (item.outcome === 'new') {
      const values = item.proposal ?? {};
      newContacts.push({
        rowNumber: item.rowNumber,
        values: {
          lastName: textOf(values.lastName),
          firstName: textOf(values.firstName),
          role: textOf(values.role),
          email: textOf(values.email),
          phone: textOf(values.phone),
        },
      });
      continue;
    }
    const id = item.recordId;
    if (id === null || item.field === null) continue;
    // A note on an action the partner supports goes to its timeline as a note on its own does.
    if (item.sheet === 'actions' || item.sheet === 'supportedActions') {
      const change = actions.get(id) ?? { actionId: id, changes: [], note: '' };
      if (item.field === 'note') change.note = textOf(item.incoming);
      else
        change.changes.push({
          field: recordFieldOf(item.field),
          from: item.current,
          to: item.incoming,
        });
      actions.set(id, change);
    } else if (item.sheet === 'contacts' && item.field === 'retired') {
      retiredContacts.push(id);
    } else if (item.sheet === 'organization') {
      const change = organizations.get(id) ?? { organizationId: id, changes: [] };
      change.changes.push({ field: item.field, from: item.current, to: item.incoming });
      organizations.set(id, change);
    } else if (item.sheet === 'contacts') {
      const change = contacts.get(id) ?? { contactId: id, changes: [] };
      change.changes.push({ field: item.field, from: item.current, to: item.incoming });
      contacts.set(id, change);
    } else {
      const period = item.period ?? periods.get(id) ?? '';
      const key = `${id}|${period}`;
      const change = indicatorValues.get(key) ?? { indicatorId: id, period, changes: [] };
      change.changes.push({ field: item.field, from: item.current, to: item.incoming });
      indicatorValues.set(key, change);
    }
  }
  return {
    exportBatchId: review.exportBatchId,
    partnerId: review.partnerId,
    partnerName: review.partnerName,
    actions: [...actions.values()],
    contacts: [...contacts.values()],
    indicatorValues: [...indicatorValues.values()],
    newContacts,
    newActions,
    retiredContacts,
    organizations: [...organizations.values()],
    newExpenses,
  };
}

/** How many records a plan writes. */
export function planSize(plan: ImportPlan): number {
  return (
    plan.actions.length +
    plan.contacts.length +
    plan.indicatorValues.length +
    plan.newContacts.length +
    plan.newActions.length +
    plan.retiredContacts.length +
    plan.organizations.length +
    plan.newExpenses.length
  );
}
