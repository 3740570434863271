import type { SpreadsheetLimits } from '../exchange/limits';
import { SpreadsheetError } from '../exchange/problems';
import { verifyZipEntries, type ZipEntry } from '../exchange/zipDirectory';
import { GridBudget } from './gridBudget';
import { odsContentSink } from './odsExtent';
import { xlsxSheetSink } from './xlsxExtent';
import { attributeValues, type XmlChunkSink } from './xmlStartTags';

const workbookPart = 'xl/workbook.xml';
const workbookRelationships = 'xl/_rels/workbook.xml.rels';
const capturedLimit = 4 * 1024 * 1024;

function captureSink(name: string, into: Map<string, string>): XmlChunkSink {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return (chunk, final) => {
    if (size < capturedLimit) chunks.push(chunk.slice());
    size += chunk.byteLength;
    if (!final) return;
    const whole = new Uint8Array(Math.min(size, capturedLimit + chunk.byteLength));
    let offset = 0;
    for (const piece of chunks) {
      whole.set(piece, offset);
      offset += piece.byteLength;
    }
    into.set(name, new TextDecoder('utf-8').decode(whole.subarray(0, offset)));
  };
}

/** The sheet names of an xlsx by the part that holds each, from its workbook and relationships. */
function sheetNamesByPart(captured: Map<string, string>): Map<string, string> {
  const targets = new Map<string, string>();
  const relationships = captured.get(workbookRelationships) ?? '';
  for (const match of relationships.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const region = match[1] ?? '';
    const id = attributeValues(region, 'Id')[0];
    const target = attributeValues(region, 'Target')[0];
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  const workbook = captured.get(workbookPart) ?? '';
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const region = match[1] ?? '';
    const name = attributeValues(region, 'name')[0];
    const id = attributeValues(region, 'id')[0];
    const part = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && part !== undefined) names.set(part, name.slice(0, 100));
  }
  return names;
}

// The workbook and its relationships are inflated first, so a sheet's part has its name.
function rank(entry: ZipEntry): number {
  return entry.name === workbookPart || entry.name === workbookRelationships ? 0 : 1;
}

/**
 * Checks a zip-based spreadsheet before any parser builds it: every entry is inflated once,
 * bounded by what it declares, and every sheet's rows and cells are counted as they stream by
 * (xlsx worksheets, OpenDocument content). A binary (xlsb) workbook or sheet is refused: no partner sends one.
 */
export function checkZipSheets(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  format: 'xlsx' | 'ods',
  limits: SpreadsheetLimits,
): void {
  // A binary (xlsb) workbook or sheet would reach a parser these checks do not measure.
  if (entries.some((entry) => entry.name.toLowerCase() === 'xl/workbook.bin'))
    throw new SpreadsheetError('notSpreadsheet');
  const budget = new GridBudget(limits);
  const captured = new Map<string, string>();
  let names: Map<string, string> | null = null;
  const ordered = [...entries].sort((left, right) => rank(left) - rank(right));
  verifyZipEntries(bytes, ordered, (entry) => {
    if (format === 'ods') return entry.name === 'content.xml' ? odsContentSink(budget) : null;
    if (rank(entry) === 0) return captureSink(entry.name, captured);
    // Every other part is scanned, whatever its name: a sheet may live at any path its relationships give.
    names ??= sheetNamesByPart(captured);
    if ([...names.keys()].some((part) => !part.toLowerCase().endsWith('.xml')))
      throw new SpreadsheetError('notSpreadsheet');
    const sheet = names.get(entry.name) ?? entry.name.replace(/^.*\//, '');
    return xlsxSheetSink(sheet, budget);
  });
}
