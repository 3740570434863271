import { actionStatuses, type ActionStatus } from '../domain';
import { translate, type MessageKey, type MessageParams } from '../i18n';
import {
  dataSheetKeys,
  idHeader,
  partnerFields,
  partnerSheetNames,
  revisionHeader,
  statusLabel,
  type DataSheetKey,
} from './partnerFormat';
import { exportRowKey, type ExportRow, type PartnerBase } from './partnerBase';
import { periodText } from './partnerPeriods';
import { emptiedCellLines } from './partnerRules';
import type {
  ColumnSpec,
  ColumnValidation,
  SheetSpec,
  TableSheetSpec,
  TextLine,
  WorkbookCell,
  WorkbookSpec,
} from './xlsx/workbookSpec';
import { writeXlsx } from './xlsx/writeXlsx';

const it = (key: MessageKey, params?: MessageParams): string => translate('it', key, params);

/** Rows a partner can add below the exported ones and still get drop-down lists and tints. */
const rowsForAdditions = 200;

function italianDay(isoDay: string): string {
  const [year, month, day] = isoDay.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

function isActionStatus(value: unknown): value is ActionStatus {
  return actionStatuses.some((status) => status === value);
}

function cellOf(sheet: DataSheetKey, key: string, row: ExportRow): WorkbookCell {
  const value = Object.hasOwn(row.values, key) ? (row.values[key] ?? null) : null;
  const field = partnerFields[sheet].find((candidate) => candidate.key === key);
  if (value === null || !field) return null;
  if (field.kind === 'status') return isActionStatus(value) ? statusLabel(value) : String(value);
  if ((field.kind === 'day' || field.kind === 'proposedDay') && typeof value === 'string')
    return { date: value };
  if (field.kind === 'period' && typeof value === 'string') return periodText(value);
  return value;
}

/**
 * A drop-down list of the partner's own values, when a spreadsheet program can hold it in the
 * rule itself: at most 255 characters and no comma or quote in a value. Otherwise the column
 * has no list and the merge alone checks the value (the legend lists them).
 */
function choiceList(values: readonly string[]): ColumnValidation | undefined {
  if (values.length === 0 || values.some((value) => /[",]/.test(value))) return undefined;
  return values.join(',').length <= 255 ? { kind: 'list', values } : undefined;
}

// The Spese sheet's lists come from the partner's projects, not from the format.
function expenseValidation(base: PartnerBase, key: string): ColumnValidation | undefined {
  const choices = base.expenseChoices;
  if (key === 'project') return choiceList(choices.projects);
  if (key === 'costItem') return choiceList(choices.costItems);
  if (key === 'source') return choiceList(choices.sources);
  return partnerFields.expenses.find((field) => field.key === key)?.validation;
}

function dataSheet(base: PartnerBase, sheet: DataSheetKey): TableSheetSpec {
  const fields = partnerFields[sheet];
  const columns: ColumnSpec[] = [
    ...fields.map((field) => ({
      header: it(field.header),
      width: field.width,
      format: field.format,
      editable: field.editable,
      openForNewRows: field.openForNewRows,
      validation: sheet === 'expenses' ? expenseValidation(base, field.key) : field.validation,
      inputMessage: field.hint && { title: it(field.header), text: it(field.hint) },
    })),
    { header: it(idHeader), width: 38, format: 'text', editable: false },
    { header: it(revisionHeader), width: 11, format: 'integer', editable: false },
  ];
  const rows = base.sheets[sheet].map((row) => [
    ...fields.map((field) => cellOf(sheet, field.key, row)),
    row.id,
    row.rev,
  ]);
  return {
    kind: 'table',
    name: partnerSheetNames[sheet],
    columns,
    rows,
    // Contacts and actions take new rows (proposals); the other sheets are tinted just where there are records.
    editableRows:
      sheet === 'actions' || sheet === 'contacts' || sheet === 'expenses'
        ? rows.length + 1 + rowsForAdditions
        : undefined,
  };
}

function instructionsSheet(base: PartnerBase): SheetSpec {
  const params = {
    partner: base.partnerName,
    network: base.networkName,
    exportedAt: italianDay(base.exportedAt),
    returnBy: italianDay(base.returnBy),
    period: base.period || '—',
  };
  const lines: TextLine[] = [
    { text: it('exchange.workbook.title', params), style: 'title' },
    { text: it('exchange.workbook.network', params), style: 'body' },
    { text: it('exchange.workbook.sent', params), style: 'body' },
    { text: it('exchange.workbook.returnBy', params), style: 'heading' },
    { text: '', style: 'body' },
    { text: it('exchange.workbook.whatToFill'), style: 'heading' },
    { text: it('exchange.workbook.actionsHelp'), style: 'body' },
    { text: it('exchange.workbook.contactsHelp'), style: 'body' },
    { text: it('exchange.workbook.indicatorsHelp', params), style: 'body' },
    { text: it('exchange.workbook.targetShare'), style: 'body' },
    { text: it('exchange.workbook.lateValues'), style: 'body' },
    { text: it('exchange.workbook.supportedActionsHelp'), style: 'body' },
    { text: it('exchange.workbook.organizationHelp'), style: 'body' },
    { text: it('exchange.workbook.expensesHelp'), style: 'body' },
    { text: '', style: 'body' },
    { text: it('exchange.workbook.rulesTitle'), style: 'heading' },
    { text: it('exchange.workbook.ruleYellow'), style: 'body' },
    { text: it('exchange.workbook.ruleIds'), style: 'body' },
    { text: it('exchange.workbook.ruleEmpty'), style: 'body' },
    ...emptiedCellLines().map((text): TextLine => ({ text, style: 'body' })),
    { text: it('exchange.workbook.ruleFormats'), style: 'body' },
    { text: it('exchange.workbook.ruleSave'), style: 'body' },
  ];
  return { kind: 'text', name: partnerSheetNames.instructions, width: 110, lines };
}

function legendSheet(base: PartnerBase): SheetSpec {
  const text = (width: number, header: MessageKey): ColumnSpec => ({
    header: it(header),
    width,
    format: 'text',
    editable: false,
  });
  const rows: string[][] = [
    ...actionStatuses.map((status) => [
      it('exchange.column.status'),
      statusLabel(status),
      it(`exchange.legend.status.${status}`),
    ]),
    [it('exchange.column.progress'), '0–100', it('exchange.legend.progress')],
    [it('exchange.column.proposedDueDate'), 'gg/mm/aaaa', it('exchange.legend.proposedDueDate')],
    [
      it('exchange.column.updateNote'),
      it('exchange.legend.freeText'),
      it('exchange.legend.updateNote'),
    ],
    [it('exchange.column.value'), '12 · 12,5', it('exchange.legend.value')],
    [it('exchange.column.amount'), '1234,56 · 1234.56', it('exchange.legend.amount')],
    ...base.expenseChoices.projects.map((project) => [
      it('exchange.column.project'),
      project,
      it('exchange.legend.expenseProject'),
    ]),
    ...base.expenseChoices.costItems.map((name) => [
      it('exchange.column.costItem'),
      name,
      it('exchange.legend.costItem'),
    ]),
    ...base.expenseChoices.sources.map((name) => [
      it('exchange.column.fundingSource'),
      name,
      it('exchange.legend.fundingSource'),
    ]),
    [it('exchange.column.id'), '—', it('exchange.legend.id')],
  ];
  return {
    kind: 'table',
    name: partnerSheetNames.legend,
    columns: [
      text(28, 'exchange.legend.field'),
      text(22, 'exchange.legend.allowed'),
      text(80, 'exchange.legend.meaning'),
    ],
    rows,
  };
}

/** The rows of the hidden sheet: format, batch, network and partner, then one hash per row. */
export function metaSheetRows(base: PartnerBase): string[][] {
  return [
    ['formatVersion', String(base.formatVersion)],
    ['batchId', base.batchId],
    ['networkId', base.networkId],
    ['partnerId', base.partnerId],
    ['partnerName', base.partnerName],
    ['exportedAt', base.exportedAt],
    ['returnBy', base.returnBy],
    ['period', base.period],
    [],
    ['sheet', 'id', 'rev', 'hash'],
    ...dataSheetKeys.flatMap((sheet) =>
      base.sheets[sheet].map((row) => [
        sheet,
        exportRowKey(sheet, row),
        String(row.rev ?? ''),
        row.hash,
      ]),
    ),
  ];
}

/** The partner workbook as sheets: instructions, the three data sheets, legend, hidden bookkeeping. */
export function partnerWorkbookSpec(base: PartnerBase): WorkbookSpec {
  const meta: TableSheetSpec = {
    kind: 'table',
    name: partnerSheetNames.meta,
    hidden: true,
    columns: ['key', 'value', 'rev', 'hash'].map((header) => ({
      header,
      width: 20,
      format: 'text',
      editable: false,
    })),
    rows: metaSheetRows(base),
  };
  return {
    title: it('exchange.workbook.title', { partner: base.partnerName }),
    protect: true,
    sheets: [
      instructionsSheet(base),
      ...dataSheetKeys.map((sheet) => dataSheet(base, sheet)),
      legendSheet(base),
      meta,
    ],
  };
}

/** The partner workbook as xlsx bytes. */
export function writePartnerWorkbook(base: PartnerBase): Uint8Array {
  return writeXlsx(partnerWorkbookSpec(base));
}

/** A file name for the partner's workbook: its name in plain letters, and the export day. */
export function partnerWorkbookFileName(base: PartnerBase): string {
  const name = base.partnerName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `scheda-${name || 'partner'}-${base.exportedAt.slice(0, 10)}.xlsx`;
}
