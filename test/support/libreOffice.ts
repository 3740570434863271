import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Has LibreOffice open a file and save it in another format, headless, the way a partner's
 * spreadsheet program rewrites a workbook. Each call gets its own LibreOffice profile, so
 * conversions running at the same time (other tests, other engineers) never share a process.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  fromExtension: string,
  toFormat: 'xlsx' | 'ods' | 'xls' | 'csv' | 'txt' | 'pdf',
  csvSheet = 2,
  csvAsShown = false,
): Promise<Uint8Array> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-libreoffice-'));
  try {
    const input = path.join(folder, `scheda.${fromExtension}`);
    const output = path.join(folder, 'out');
    await writeFile(input, bytes);
    // CSV out: UTF-8, semicolons, one sheet (by default "Azioni", index 2); its values as stored
    // or, with `csvAsShown`, as the cells' formats show them (dates as the workbook formats them).
    // Text out: a document's plain text in UTF-8.
    const filter =
      toFormat === 'csv'
        ? `csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,${csvAsShown},false,false,${csvSheet}`
        : toFormat === 'txt'
          ? 'txt:Text (encoded):UTF8'
          : toFormat;
    await run(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(folder, 'profile')).href}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        output,
        input,
      ],
      { timeout: 120_000 },
    );
    // One sheet to CSV is written as "scheda-<sheet name>.csv": take the one file written.
    const [written] = await readdir(output);
    if (!written) throw new Error(`LibreOffice wrote no ${toFormat} file`);
    return new Uint8Array(await readFile(path.join(output, written)));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The plain text of a document (docx, odt, pdf…) as LibreOffice, an independent reader, sees it. */
export async function textWithLibreOffice(documentPath: string): Promise<string> {
  const extension = path.extname(documentPath).slice(1);
  const text = await convertWithLibreOffice(await readFile(documentPath), extension, 'txt');
  return new TextDecoder().decode(text);
}

/** Parses LibreOffice's CSV: semicolon separated, fields double-quoted where needed. */
export function parseSemicolonCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
