import type {
  Action,
  Contact,
  Expenditure,
  Indicator,
  IndicatorValue,
  Organization,
  Project,
} from '../domain';
import type { BaseValue } from './partnerBase';
import type { DataSheetKey } from './partnerFormat';

/**
 * What the merge decided for a row or a field. A proposal (a new due date, a new action) waits
 * for the coordinator's own decision, line by line.
 */
export const mergeOutcomes = [
  'applied',
  'conflict',
  'proposed',
  'new',
  'rejected',
  'unchanged',
] as const;
export type MergeOutcome = (typeof mergeOutcomes)[number];

/** Why a row or a value is rejected; each has a plain Italian reason in the catalog. */
export const rejectionReasons = [
  'unknownId',
  'otherPartner',
  'notInBatch',
  'duplicateId',
  'recordMissing',
  'archivedInRegia',
  'readOnlyColumn',
  'required',
  'invalidStatus',
  'invalidFlag',
  'invalidEmail',
  'invalidPhone',
  'invalidAmount',
  'unknownProject',
  'unknownCostItem',
  'unknownSource',
  'beforeProjectStart',
  'afterProjectEnd',
  'futureDate',
  'invalidDate',
  'invalidNumber',
  'invalidPercent',
  'outOfRange',
  'tooLong',
  'formula',
  'cannotEmpty',
  'newNotAllowed',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

/** One line of the review: a field change, a whole new or rejected row, or an unchanged row. */
export type ReviewItem = {
  /** Stable key of the line, for the user's decisions. */
  key: string;
  outcome: MergeOutcome;
  sheet: DataSheetKey;
  sheetName: string;
  rowNumber: number;
  /** The record the row stands for (for indicators, the indicator); null for a new row. */
  recordId: string | null;
  rowLabel: string;
  /** The sheet column's field, or null for a whole row. */
  field: string | null;
  /** The column header as the partner's file spells it. */
  column: string | null;
  /** The exported value, Regia's value now, and the sheet's value. */
  base: BaseValue;
  current: BaseValue;
  incoming: BaseValue;
  /** The cell exactly as found, for rejected values. */
  cellText: string;
  reason: RejectionReason | null;
  /** A new row's values by field (a new contact, or the new action a partner proposes). */
  proposal: Record<string, BaseValue> | null;
  /** On the Indicatori sheet, the period the row's value is for: the reporting one or a late one. */
  period?: string | null;
  /**
   * For a row refused whole (an ID typed over, another partner's row): its other cells as the
   * partner wrote them, so that a note or a value on it is seen, not lost.
   */
  rowText?: string;
};

/** Regia's records the returned rows may point to, read just before the merge. */
export type CurrentRecords = {
  actions: ReadonlyMap<string, Action>;
  contacts: ReadonlyMap<string, Contact>;
  indicators: ReadonlyMap<string, Indicator>;
  /**
   * The partner's value of each indicator in each exported period (reporting or late), by
   * `rowKey('indicators', indicatorId, period)`.
   */
  indicatorValues: ReadonlyMap<string, IndicatorValue>;
  /**
   * The update notes this partner's earlier imports (not undone) put in each action's timeline,
   * by action id, as noteKey writes them: a note already there is not added again.
   */
  importedNotes?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The partner's own organization, by id: the only one its workbook may correct. */
  organizations?: ReadonlyMap<string, Organization>;
  /** The network's projects the partner takes part in: where its expenses may be booked. */
  partnerProjects?: readonly Project[];
  /** The partner's expenses in Regia: a row already there (a copy imported before) adds nothing. */
  partnerExpenses?: readonly Expenditure[];
  /** The day of the import (`yyyy-MM-dd`): an expense dated after it has not been incurred yet. */
  today?: string;
};

/** The outcome of comparing a returned workbook with its export and with Regia now. */
export type ImportReview = {
  exportBatchId: string;
  partnerId: string;
  partnerName: string;
  items: ReviewItem[];
  counts: Record<MergeOutcome, number>;
  /** Exported rows the partner removed: they change nothing. */
  missingRows: number;
  /** What each removed row was, as the partner knew it: sheet name and record label. */
  missingRowLabels: { sheetName: string; label: string }[];
};
