import type { MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { readFirstSheet, workbookBytes } from '../runner/workbooks';

/** SheetJS in the runner process, where the desktop app does its spreadsheet work. */
export const sheetjsNode: MeasureGroup = {
  name: 'SheetJS in Node',
  measures: [
    {
      id: 'floor.sheetjs-read.node',
      title: 'floor: SheetJS read + sheet_to_json, 20,000 rows × 12',
      host: 'node',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'floor.sheetjs-write.node',
      title: 'floor: SheetJS write, 20,000 rows × 12',
      host: 'node',
      unit: 'ms',
      targets: [],
    },
  ],
  run: async (session) => {
    const { bytes, rows } = session.workbooks.partner;
    let parsedRows = 0;
    const read = await repeat(session, 'SheetJS read (Node)', () => {
      const start = performance.now();
      parsedRows = readFirstSheet(bytes).length;
      return Promise.resolve(performance.now() - start);
    });
    let writtenBytes = 0;
    const write = await repeat(session, 'SheetJS write (Node)', () => {
      const start = performance.now();
      writtenBytes = workbookBytes(rows, 'Azioni').byteLength;
      return Promise.resolve(performance.now() - start);
    });
    return {
      samples: { 'floor.sheetjs-read.node': read, 'floor.sheetjs-write.node': write },
      notes: {
        'floor.sheetjs-read.node': `${parsedRows.toLocaleString('en')} rows parsed from ${(bytes.byteLength / 1e6).toFixed(1)} MB`,
        'floor.sheetjs-write.node': `${(writtenBytes / 1e6).toFixed(1)} MB written (compressed)`,
      },
    };
  },
};
