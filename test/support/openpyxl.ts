import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's Python, which has python3-openpyxl (the pyenv python3 on PATH does not). */
const python = '/usr/bin/python3';

/** One column of a sheet as openpyxl reads it: its header and whether its cells are locked. */
export type OpenpyxlColumn = {
  header: string | null;
  headerLocked: boolean;
  /** The first data row's cell, or null when it carries no style of its own. */
  firstRowLocked: boolean | null;
  /** The column's default style: what blank rows below the data get. */
  columnLocked: boolean;
};

/** A sheet as openpyxl reads it: visibility, protection, validations and print setup. */
export type OpenpyxlSheet = {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  protected: boolean;
  hasPassword: boolean;
  maxRow: number;
  validations: { type: string | null; ranges: string; prompt: string | null }[];
  orientation: string | null;
  fitToPage: boolean;
  fitToWidth: number | null;
  fitToHeight: number | null;
  printTitleRows: string | null;
  columns: OpenpyxlColumn[];
};

/**
 * Has Debian's openpyxl, a second independent reader beside LibreOffice, open an xlsx file and
 * describe it. Rejects when openpyxl refuses the file (as it does a reversed range like F2:F1).
 */
export async function describeWithOpenpyxl(bytes: Uint8Array): Promise<OpenpyxlSheet[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-openpyxl-'));
  try {
    const file = path.join(folder, 'workbook.xlsx');
    await writeFile(file, bytes);
    const script = path.join(import.meta.dirname, 'describeXlsx.py');
    const { stdout } = await run(python, [script, file], { timeout: 60_000 });
    const parsed: unknown = JSON.parse(stdout);
    if (typeof parsed !== 'object' || parsed === null || !('sheets' in parsed))
      throw new Error('openpyxl described no sheets');
    return parsed.sheets as OpenpyxlSheet[];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Has openpyxl describe several xlsx files in one Python process (its start-up and the openpyxl
 * import paid once), returned by the name given. Rejects when openpyxl refuses any of them.
 */
export async function describeEachWithOpenpyxl(
  files: Readonly<Record<string, Uint8Array>>,
): Promise<Map<string, OpenpyxlSheet[]>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-openpyxl-'));
  try {
    const names = Object.keys(files);
    const paths = await Promise.all(
      names.map(async (name, index) => {
        const file = path.join(folder, `${index}.xlsx`);
        await writeFile(file, files[name] ?? new Uint8Array());
        return file;
      }),
    );
    const script = path.join(import.meta.dirname, 'describeXlsx.py');
    const { stdout } = await run(python, [script, '--many', ...paths], {
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const parsed: unknown = JSON.parse(stdout);
    if (typeof parsed !== 'object' || parsed === null || !('workbooks' in parsed))
      throw new Error('openpyxl described no workbooks');
    const workbooks = parsed.workbooks as { sheets: OpenpyxlSheet[] }[];
    return new Map(names.map((name, index) => [name, workbooks[index]?.sheets ?? []]));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A cell a person types into: sheet, A1 address, and the text or number typed (null empties it). */
export type OpenpyxlEdit = { sheet: string; cell: string; value: string | number | null };

/** Has openpyxl open an xlsx file, type into its cells and save it: another program's file. */
export async function editWithOpenpyxl(
  bytes: Uint8Array,
  edits: readonly OpenpyxlEdit[],
): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-openpyxl-'));
  try {
    const file = path.join(folder, 'workbook.xlsx');
    await writeFile(file, bytes);
    const script = path.join(import.meta.dirname, 'editXlsx.py');
    await run(python, [script, file, JSON.stringify(edits)], { timeout: 60_000 });
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
