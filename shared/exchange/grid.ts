import { z } from 'zod';
import { spreadsheetLimits } from './limits';

/**
 * One cell as read from a file: a text, a number, a boolean, nothing, or a typed value a
 * spreadsheet program stored with a format (a day, a percentage) or through a formula.
 */
export const gridCellSchema = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.strictObject({ kind: z.literal('date'), value: z.iso.date() }),
  z.strictObject({ kind: z.literal('percent'), value: z.number() }),
  z.strictObject({
    kind: z.literal('formula'),
    formula: z.string(),
    cached: z.union([z.null(), z.string(), z.number(), z.boolean()]),
  }),
]);
export type GridCell = z.infer<typeof gridCellSchema>;

export const gridSheetSchema = z.strictObject({
  name: z.string().max(200),
  hidden: z.boolean(),
  // Only a bounded grid crosses to the page or the main process, whatever sent it.
  rows: z
    .array(z.array(gridCellSchema).max(spreadsheetLimits.maxColumns))
    .max(spreadsheetLimits.maxRows + 1),
});
/** One sheet: its name, whether it is hidden, and its rows from row 1. */
export type GridSheet = z.infer<typeof gridSheetSchema>;

export const spreadsheetFormats = ['xlsx', 'xls', 'ods', 'csv'] as const;
export type SpreadsheetFormat = (typeof spreadsheetFormats)[number];

export const gridSchema = z.strictObject({
  format: z.enum(spreadsheetFormats),
  sheets: z.array(gridSheetSchema),
});
/** A whole file as plain data: what the worker or utility process hands back. */
export type Grid = z.infer<typeof gridSchema>;
