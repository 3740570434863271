import { actionStatuses, type ActionStatus } from '../domain';
import { translate, type MessageKey } from '../i18n';
import { foldText } from './cellValues';
import type { CellFormat, ColumnValidation } from './xlsx/workbookSpec';

/** The version of the partner workbook layout; a newer one is refused by an older Regia. */
export const partnerFormatVersion = 1;

/** The sheets of a partner workbook that carry records. */
export const dataSheetKeys = [
  'actions',
  'contacts',
  'indicators',
  'supportedActions',
  'organization',
  'expenses',
] as const;
export type DataSheetKey = (typeof dataSheetKeys)[number];

/** Sheet names, in Italian as partners see them; the hidden one keeps Regia's bookkeeping. */
export const partnerSheetNames = {
  instructions: 'Istruzioni',
  actions: 'Azioni',
  contacts: 'Referenti',
  indicators: 'Indicatori',
  supportedActions: 'Azioni di supporto',
  organization: 'La vostra organizzazione',
  expenses: 'Spese',
  legend: 'Legenda',
  meta: '_regia',
} as const;

/** How a column's cells are read and compared. */
export type FieldKind =
  | 'text'
  | 'requiredText'
  | 'status'
  | 'percent'
  | 'day'
  | 'number'
  | 'proposedDay'
  | 'note'
  | 'flag'
  | 'period'
  | 'email'
  | 'phone'
  | 'amount';

/** One column of a data sheet. */
export type FieldSpec = {
  key: string;
  /** Catalog key of the header; the Italian text is written, both languages are recognised. */
  header: MessageKey;
  kind: FieldKind;
  editable: boolean;
  width: number;
  format: CellFormat;
  validation?: ColumnValidation;
  /** Catalog key of the hint shown when a person selects a cell of an editable column. */
  hint?: MessageKey;
  /** Read-only on the exported rows, written by a partner on a row it adds (a new action's title). */
  openForNewRows?: boolean;
};

/** The label partners see for an action status. */
export function statusLabel(status: ActionStatus): string {
  return translate('it', `enum.actionStatus.${status}`);
}

/** What a partner writes in a yes-or-empty column such as «Non più referente». */
export function flagLabel(): string {
  return translate('it', 'exchange.flag.yes');
}

/** Whether a partner's text says yes: «Sì», «si», «x», «yes», any case or accents. */
export function flagOfText(text: string): boolean | null {
  const folded = foldText(text);
  if (folded === '') return false;
  return [flagLabel(), translate('en', 'exchange.flag.yes'), 'x', 'si']
    .map(foldText)
    .includes(folded)
    ? true
    : null;
}

// The spreadsheet program stops an address without @ or with a space as it is typed.
const emailValidation: ColumnValidation = { kind: 'email' };

const statusValidation: ColumnValidation = {
  kind: 'list',
  values: actionStatuses.map(statusLabel),
};

function field(
  key: string,
  header: MessageKey,
  kind: FieldKind,
  editable: boolean,
  width: number,
  format: CellFormat,
  validation?: ColumnValidation,
): FieldSpec {
  const hint = editable ? (`exchange.hint.${kind}` as const) : undefined;
  return { key, header, kind, editable, width, format, validation, hint };
}

const choiceHint: MessageKey = 'exchange.hint.expenseChoice';

// A column of the Spese sheet: written on the blank rows only, as a new expense.
function expenseField(
  key: string,
  header: MessageKey,
  kind: FieldKind,
  width: number,
  format: CellFormat,
  validation?: ColumnValidation,
): FieldSpec {
  return { ...field(key, header, kind, true, width, format, validation), openForNewRows: true };
}

/** The columns of each data sheet, in order; the last two are always ID and Revisione. */
export const partnerFields: Record<DataSheetKey, readonly FieldSpec[]> = {
  actions: [
    { ...field('title', 'exchange.column.title', 'text', false, 48, 'text'), openForNewRows: true },
    {
      ...field('project', 'exchange.column.project', 'text', false, 30, 'text'),
      openForNewRows: true,
    },
    field('dueDate', 'exchange.column.dueDate', 'day', false, 13, 'date'),
    field('status', 'exchange.column.status', 'status', true, 16, 'text', statusValidation),
    field('progress', 'exchange.column.progress', 'percent', true, 15, 'integer', {
      kind: 'decimal',
      min: 0,
      max: 100,
    }),
    field('proposedDueDate', 'exchange.column.proposedDueDate', 'proposedDay', true, 18, 'date', {
      kind: 'date',
    }),
    field('note', 'exchange.column.updateNote', 'note', true, 50, 'text'),
  ],
  contacts: [
    field('lastName', 'exchange.column.lastName', 'requiredText', true, 20, 'text'),
    field('firstName', 'exchange.column.firstName', 'text', true, 18, 'text'),
    field('role', 'exchange.column.role', 'text', true, 28, 'text'),
    field('email', 'exchange.column.email', 'email', true, 30, 'text', emailValidation),
    field('phone', 'exchange.column.phone', 'phone', true, 18, 'text'),
    field('retired', 'exchange.column.retired', 'flag', true, 16, 'text', {
      kind: 'list',
      values: [translate('it', 'exchange.flag.yes')],
    }),
  ],
  indicators: [
    field('project', 'exchange.column.project', 'text', false, 30, 'text'),
    field('indicator', 'exchange.column.indicator', 'text', false, 40, 'text'),
    field('unit', 'exchange.column.unit', 'text', false, 14, 'text'),
    field('target', 'exchange.column.target', 'number', false, 10, 'general'),
    field('period', 'exchange.column.period', 'period', false, 20, 'text'),
    field('value', 'exchange.column.value', 'number', true, 12, 'general', {
      kind: 'decimal',
      min: 0,
    }),
    field('note', 'exchange.column.valueNote', 'text', true, 40, 'text'),
    // After the input columns, so that the columns partners type into keep their letters.
    field('targetShare', 'exchange.column.targetShare', 'number', false, 14, 'general'),
    field('lastValue', 'exchange.column.lastValue', 'text', false, 26, 'text'),
  ],
  // Actions the partner supports but does not own: it reads them and may add a note, no more.
  supportedActions: [
    field('title', 'exchange.column.title', 'text', false, 44, 'text'),
    field('owner', 'exchange.column.owner', 'text', false, 28, 'text'),
    field('project', 'exchange.column.project', 'text', false, 26, 'text'),
    field('dueDate', 'exchange.column.dueDate', 'day', false, 13, 'date'),
    field('status', 'exchange.column.status', 'status', false, 16, 'text'),
    field('progress', 'exchange.column.progress', 'percent', false, 15, 'integer'),
    field('note', 'exchange.column.updateNote', 'note', true, 50, 'text'),
  ],
  // The partner's own organization, one row: the ways to reach it, checked as the roster checks them.
  organization: [
    field('name', 'exchange.column.organizationName', 'text', false, 40, 'text'),
    field('pec', 'exchange.column.pec', 'email', true, 34, 'text', emailValidation),
    field('email', 'exchange.column.email', 'email', true, 34, 'text', emailValidation),
    field('phone', 'exchange.column.phone', 'phone', true, 18, 'text'),
    field('address', 'exchange.column.address', 'text', true, 44, 'text'),
  ],
  // New expenses only: one row each, below the header; the lists are the partner's projects'.
  expenses: [
    { ...expenseField('project', 'exchange.column.project', 'text', 36, 'text'), hint: choiceHint },
    {
      ...expenseField('costItem', 'exchange.column.costItem', 'text', 30, 'text'),
      hint: choiceHint,
    },
    expenseField('date', 'exchange.column.expenseDate', 'day', 13, 'date', { kind: 'date' }),
    expenseField('amount', 'exchange.column.amount', 'amount', 14, 'general', {
      kind: 'decimal',
      min: 0.01,
    }),
    {
      ...expenseField('documentReference', 'exchange.column.documentReference', 'text', 26, 'text'),
      hint: 'exchange.hint.documentReference',
    },
    {
      ...expenseField('source', 'exchange.column.fundingSource', 'text', 30, 'text'),
      hint: choiceHint,
    },
    {
      ...expenseField('note', 'exchange.column.valueNote', 'text', 40, 'text'),
      hint: 'exchange.hint.expenseNote',
    },
  ],
};

/** The header keys of the ID and revision columns every data sheet ends with. */
export const idHeader: MessageKey = 'exchange.column.id';
export const revisionHeader: MessageKey = 'exchange.column.revision';

/** The sheet name partners see for a data sheet. */
export function sheetNameOf(sheet: DataSheetKey): string {
  return partnerSheetNames[sheet];
}

/** Every spelling of a header Regia recognises: Italian, English and the field's code name, folded. */
export function headerSpellings(header: MessageKey, key: string): string[] {
  return [...new Set([translate('it', header), translate('en', header), key].map(foldText))];
}

/** The status a partner's text names: Italian or English label or code name, any case or accents. */
export function statusOfText(text: string): ActionStatus | null {
  const folded = foldText(text);
  if (folded === '') return null;
  for (const status of actionStatuses) {
    const spellings = [
      statusLabel(status),
      translate('en', `enum.actionStatus.${status}`),
      status,
    ].map(foldText);
    if (spellings.includes(folded)) return status;
  }
  return null;
}
