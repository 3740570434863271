import * as XLSX from 'xlsx';
import type { Action, Contact, Indicator, IndicatorValue } from '../../../../shared/domain';
import { buildDemoDataset, type DemoDataset } from '../../../../shared/demo';
import {
  buildPartnerBase,
  exportRowKey,
  idHeader,
  mergeReturnedWorkbook,
  partnerFields,
  partnerProjectsOf,
  partnerSheetNames,
  periodText,
  readPartnerWorkbook,
  readSpreadsheet,
  rowKey,
  spreadsheetLimits,
  type CurrentRecords,
  type DataSheetKey,
  type ImportReview,
  type PartnerBase,
  type ReviewItem,
} from '../../../../shared/exchange';
import { translate } from '../../../../shared/i18n';

/** The day the fixtures pretend it is. */
export const fixtureToday = '2026-03-10';
export const fixtureBatchId = '6f1d2c3b-4a59-4e6f-8a7b-9c0d1e2f3a4b';
/** The quarter the fixture's export asks for: the one in progress, where the reported value is. */
export const fixtureReportingPeriod = '2026-Q1';

/** The demo network's Comune di Segrate: six actions, two contacts, six indicators. */
export type PartnerFixture = {
  dataset: DemoDataset;
  base: PartnerBase;
  partnerId: string;
  networkId: string;
  /** Regia's records now, as the merge reads them; mutate the dataset first to simulate edits in Regia. */
  current: () => CurrentRecords;
};

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** The value Comune di Segrate reported for its first indicator before the export. */
export const reportedValueId = '0b7e1c52-58a4-4c4f-9d0e-3f2a1b4c5d6e';

/** What a test changes in the demo before the export is built. */
export type FixtureOptions = {
  /** The start of Comune di Segrate's projects: an earlier start leaves earlier periods open. */
  projectStart?: string;
  /** Voci di spesa given to Comune di Segrate's first project, by name. */
  costItems?: readonly string[];
  /** The e-mail Regia holds for Comune di Segrate's first contact when the workbook is exported. */
  firstContactEmail?: string;
};

/** A fresh demo dataset and the base of an export to Comune di Segrate, who had reported one indicator value. */
export function partnerFixture(options: FixtureOptions = {}): PartnerFixture {
  const dataset = buildDemoDataset({ now: new Date(`${fixtureToday}T10:00:00Z`) });
  const network = dataset.networks[0];
  const partner = dataset.organizations.find(
    (organization) => organization.name === 'Comune di Segrate',
  );
  if (!network || !partner) throw new Error('demo dataset changed: Comune di Segrate missing');
  const project = dataset.projects.find(
    (candidate) =>
      candidate.networkId === network.id &&
      candidate.partners.some((member) => member.organizationId === partner.id),
  );
  const indicator = dataset.indicators.find((candidate) => candidate.projectId === project?.id);
  if (!project || !indicator)
    throw new Error('demo dataset changed: no indicator for Comune di Segrate');
  const { projectStart, costItems = [], firstContactEmail } = options;
  const firstContact = dataset.contacts.find(
    (contact) => contact.organizationId === partner.id && contact.archivedAt === null,
  );
  if (firstContact && firstContactEmail !== undefined) firstContact.email = firstContactEmail;
  project.costItems = costItems.map((name, index) => ({
    id: `00000000-0000-4000-8000-00000000000${index + 1}`,
    category: 'services',
    name,
    planned: 1000,
  }));
  if (projectStart !== undefined)
    for (const own of dataset.projects)
      if (own.partners.some((member) => member.organizationId === partner.id))
        own.periodFrom = projectStart;
  dataset.indicatorValues.push({
    id: reportedValueId,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    rev: 1,
    archivedAt: null,
    indicatorId: indicator.id,
    projectId: project.id,
    organizationId: partner.id,
    period: '2026-Q1',
    value: 8,
    note: 'Dato parziale',
    breakdowns: [],
  });
  const base = buildPartnerBase({
    network,
    partner,
    actions: dataset.actions,
    contacts: dataset.contacts,
    projects: dataset.projects,
    indicators: dataset.indicators,
    indicatorValues: dataset.indicatorValues,
    batchId: fixtureBatchId,
    exportedAt: `${fixtureToday}T10:00:00.000Z`,
    returnBy: '2026-03-31',
    today: fixtureToday,
    reportingPeriod: fixtureReportingPeriod,
    organizationNames: new Map(dataset.organizations.map((row) => [row.id, row.name])),
  });
  const current = (): CurrentRecords => {
    const values = new Map<string, IndicatorValue>();
    for (const value of dataset.indicatorValues) {
      const key = rowKey('indicators', value.indicatorId, value.period);
      const row = base.sheets.indicators.find(
        (candidate) => exportRowKey('indicators', candidate) === key,
      );
      if (row && value.organizationId === partner.id && !values.has(key)) values.set(key, value);
    }
    return {
      actions: byId<Action>(dataset.actions),
      contacts: byId<Contact>(dataset.contacts),
      indicators: byId<Indicator>(dataset.indicators),
      indicatorValues: values,
      organizations: byId(dataset.organizations),
      partnerProjects: partnerProjectsOf(dataset.projects, network.id, partner.id),
      partnerExpenses: dataset.expenditures.filter((row) => row.organizationId === partner.id),
      today: fixtureToday,
    };
  };
  return { dataset, base, partnerId: partner.id, networkId: network.id, current };
}

/** A change a partner makes: in a data sheet, on the row of a record (or a new row), in a column. */
export type CellEdit = {
  sheet: DataSheetKey;
  /** The record's ID, or null to write in the first empty row. */
  id: string | null;
  field: string;
  value: string | number | null;
  /** Writes a date cell instead of a text. */
  asDate?: boolean;
  /** On the Indicatori sheet, the period of the row (`2025-Q4`); the first row of the ID otherwise. */
  period?: string;
};

function columnIndex(sheet: DataSheetKey, field: string): number {
  if (field === 'id') return partnerFields[sheet].length;
  const index = partnerFields[sheet].findIndex((candidate) => candidate.key === field);
  if (index < 0) throw new Error(`no column ${field} in ${sheet}`);
  return index;
}

/**
 * Fills in a partner workbook the way a person would, with SheetJS as the other program.
 * Edits with a null id all go to the first row after the exported ones.
 */
export function fillWorkbook(bytes: Uint8Array, edits: readonly CellEdit[]): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true });
  const firstFreeRow = new Map<string, number>();
  for (const edit of edits) {
    const sheet = workbook.Sheets[partnerSheetNames[edit.sheet]];
    if (!sheet) throw new Error(`no sheet ${edit.sheet}`);
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
    const freeRow = firstFreeRow.get(edit.sheet) ?? range.e.r + 1;
    firstFreeRow.set(edit.sheet, freeRow);
    const idColumn = columnIndex(edit.sheet, 'id');
    const valueAt = (r: number, c: number): unknown => {
      const cell: unknown = sheet[XLSX.utils.encode_cell({ r, c })];
      return typeof cell === 'object' && cell !== null && 'v' in cell ? cell.v : undefined;
    };
    const periodMatches = (candidate: number): boolean =>
      edit.period === undefined ||
      valueAt(candidate, columnIndex(edit.sheet, 'period')) === periodText(edit.period);
    let row = -1;
    for (let candidate = 1; candidate <= freeRow; candidate += 1) {
      if (
        edit.id === null
          ? candidate === freeRow
          : valueAt(candidate, idColumn) === edit.id && periodMatches(candidate)
      ) {
        row = candidate;
        break;
      }
    }
    if (row < 0) throw new Error(`no row ${edit.id ?? 'new'} in ${edit.sheet}`);
    const address = XLSX.utils.encode_cell({ r: row, c: columnIndex(edit.sheet, edit.field) });
    if (edit.value === null) delete sheet[address];
    else if (edit.asDate === true && typeof edit.value === 'string') {
      sheet[address] = {
        t: 'n',
        v: (Date.parse(edit.value) - Date.UTC(1899, 11, 30)) / 86_400_000,
        z: 'dd/mm/yyyy',
      };
    } else
      sheet[address] =
        typeof edit.value === 'number' ? { t: 'n', v: edit.value } : { t: 's', v: edit.value };
    range.e.r = Math.max(range.e.r, row);
    sheet['!ref'] = XLSX.utils.encode_range(range);
  }
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS did not write an ArrayBuffer');
  return new Uint8Array(written);
}

/** The Italian header of a field, as the workbook writes it. */
export function headerOf(sheet: DataSheetKey, field: string): string {
  if (field === 'id') return translate('it', idHeader);
  const spec = partnerFields[sheet].find((candidate) => candidate.key === field);
  if (!spec) throw new Error(`no field ${field}`);
  return translate('it', spec.header);
}

/** The review Regia makes of a returned workbook's bytes, against the fixture's export and its records now. */
export function reviewReturned(fixture: PartnerFixture, bytes: Uint8Array): ImportReview {
  return mergeReturnedWorkbook(
    readPartnerWorkbook(readSpreadsheet(bytes, spreadsheetLimits)),
    fixture.base,
    fixture.current(),
  );
}

/** The items of a review that propose something: all but the unchanged fields. */
export function proposedItems(review: ImportReview): ReviewItem[] {
  return review.items.filter((item) => item.outcome !== 'unchanged');
}

/**
 * Writes expense rows on the Spese sheet below its header, with SheetJS as the partner's program:
 * project, voce, date, amount, document, source, note.
 */
export function withExpenseRows(
  bytes: Uint8Array,
  rows: readonly (readonly (string | number | null)[])[],
): Uint8Array {
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true });
  const sheet = workbook.Sheets[partnerSheetNames.expenses];
  if (!sheet) throw new Error('no Spese sheet');
  XLSX.utils.sheet_add_aoa(
    sheet,
    rows.map((row) => [...row]),
    { origin: 'A2' },
  );
  const written: unknown = XLSX.write(workbook, { type: 'array', bookType: 'xlsx' });
  if (!(written instanceof ArrayBuffer)) throw new Error('SheetJS wrote nothing');
  return new Uint8Array(written);
}
