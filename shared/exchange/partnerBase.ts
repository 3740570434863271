import { z } from 'zod';
import { dataSheetKeys, partnerFields, type DataSheetKey } from './partnerFormat';
import { sha256Hex } from './sha256';

/** A value as the merge compares it: a text, a number, a day as `yyyy-MM-dd`, or nothing. */
export type BaseValue = string | number | null;

const baseValueSchema = z.union([z.string(), z.number(), z.null()]);

const exportRowSchema = z.object({
  id: z.uuid(),
  rev: z.number().int().nullable(),
  /** The record written for an indicator row: its value for the period, when one exists. */
  recordId: z.uuid().nullable(),
  label: z.string(),
  values: z.record(z.string(), baseValueSchema),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
/** One exported row: the record, its revision, what was written, and the hash of that. */
export type ExportRow = z.infer<typeof exportRowSchema>;

/** What Regia keeps of an export to compare a returned workbook with: the base of the merge. */
export const partnerBaseSchema = z.object({
  formatVersion: z.number().int().positive(),
  batchId: z.uuid(),
  networkId: z.uuid(),
  networkName: z.string(),
  partnerId: z.uuid(),
  partnerName: z.string(),
  exportedAt: z.iso.datetime(),
  returnBy: z.iso.date(),
  period: z.string(),
  sheets: z.object({
    actions: z.array(exportRowSchema),
    contacts: z.array(exportRowSchema),
    indicators: z.array(exportRowSchema),
    /** Absent from exports made before partners could add notes to actions they support. */
    supportedActions: z.array(exportRowSchema).default([]),
    /** Absent from exports made before partners could correct their own organization. */
    organization: z.array(exportRowSchema).default([]),
    /** Always empty: the Spese sheet only takes new rows. */
    expenses: z.array(exportRowSchema).default([]),
  }),
  /** What the Spese sheet's lists offer: the partner's projects, their voci and sources. */
  expenseChoices: z
    .object({
      projects: z.array(z.string()),
      costItems: z.array(z.string()),
      sources: z.array(z.string()),
    })
    .default({ projects: [], costItems: [], sources: [] }),
});
export type PartnerBase = z.infer<typeof partnerBaseSchema>;

const unreadRows = z.array(z.unknown());
const partnerBaseHeaderSchema = partnerBaseSchema.extend({
  sheets: z.object({
    actions: unreadRows,
    contacts: unreadRows,
    indicators: unreadRows,
    supportedActions: unreadRows.default([]),
    organization: unreadRows.default([]),
    expenses: unreadRows.default([]),
  }),
});
/** What a base says about its export (partner, batch, dates, how many rows), its rows unread. */
export type PartnerBaseHeader = z.infer<typeof partnerBaseHeaderSchema>;

/** The hash of an exported row: written in the hidden sheet and kept with the batch. */
export function rowHash(
  sheet: DataSheetKey,
  id: string,
  rev: number | null,
  values: Readonly<Record<string, BaseValue>>,
): string {
  const ordered = partnerFields[sheet].map((field) =>
    Object.hasOwn(values, field.key) ? values[field.key] : null,
  );
  return sha256Hex(JSON.stringify([sheet, id, rev, ordered]));
}

/**
 * The key of an exported row: its record's id, and on the Indicatori sheet its period too, since
 * an indicator has a row for the reporting period and one for each earlier period still open.
 */
export function rowKey(sheet: DataSheetKey, id: string, period: BaseValue | undefined): string {
  return sheet === 'indicators' ? `${id}|${period ?? ''}` : id;
}

/** The key of an exported row, as `rowKey` makes it. */
export function exportRowKey(sheet: DataSheetKey, row: Pick<ExportRow, 'id' | 'values'>): string {
  return rowKey(sheet, row.id, row.values.period);
}

/** The base rows of every data sheet by row key, in maps no row id can reach a prototype through. */
export function baseRowsByKey(base: PartnerBase): Record<DataSheetKey, Map<string, ExportRow>> {
  const byKey = (sheet: DataSheetKey): Map<string, ExportRow> =>
    new Map(base.sheets[sheet].map((row) => [exportRowKey(sheet, row), row]));
  return {
    actions: byKey('actions'),
    contacts: byKey('contacts'),
    indicators: byKey('indicators'),
    supportedActions: byKey('supportedActions'),
    organization: byKey('organization'),
    expenses: byKey('expenses'),
  };
}

/** Reads a stored base snapshot back; null when it is not one (an import batch, or damaged). */
export function parsePartnerBase(snapshot: unknown): PartnerBase | null {
  const parsed = partnerBaseSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/**
 * Reads only what a stored base says about its export, not its rows: cheap for an export of
 * thousands of rows. Null when it is not a base.
 */
export function parsePartnerBaseHeader(snapshot: unknown): PartnerBaseHeader | null {
  const parsed = partnerBaseHeaderSchema.safeParse(snapshot);
  return parsed.success ? parsed.data : null;
}

/** Whether every stored row still hashes to what was written in the workbook. */
export function baseIsIntact(base: PartnerBase): boolean {
  return dataSheetKeys.every((sheet) =>
    base.sheets[sheet].every((row) => rowHash(sheet, row.id, row.rev, row.values) === row.hash),
  );
}
