import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { quarterlyReport } from '../../../../../shared/projects';
import { reportWorkbook } from '../../../../../renderer/features/projects/report/reportWorkbook';
import { secondQuarterInput } from '../../../shared/projects/report/quarterlyFixture';

const run = promisify(execFile);

// Every sheet's cell values as Debian's openpyxl reads them: an independent reader of the file.
const readValues = `
import json, sys, warnings
import openpyxl
warnings.simplefilter("ignore")
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({s.title: [list(row) for row in s.iter_rows(values_only=True)] for s in book.worksheets}))
`;

async function valuesWithOpenpyxl(bytes: Uint8Array): Promise<Record<string, unknown[][]>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'regia-quarterly-'));
  try {
    const file = path.join(folder, 'rapporto.xlsx');
    await writeFile(file, bytes);
    const { stdout } = await run('/usr/bin/python3', ['-c', readValues, file], {
      timeout: 60_000,
    });
    return JSON.parse(stdout) as Record<string, unknown[][]>;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('the quarterly report in Excel, read back by openpyxl', () => {
  it('has the quarter and the cumulative figures as numbers in their own columns, totals reconciled', async () => {
    const sheets = await valuesWithOpenpyxl(reportWorkbook(quarterlyReport(secondQuarterInput())));
    const partners = sheets['Spesa per partner'] ?? [];
    expect(partners.slice(2)).toEqual([
      ['Partner', 'Previsto', 'Speso nel trimestre', 'Speso cumulato', 'Residuo', '% speso'],
      [
        'Azienda sociale comasca e lariana',
        451_000,
        20_000.25,
        120_000.25,
        330_999.75,
        12_000_025 / 45_100_000,
      ],
      [
        'Cooperativa Lavoro Insieme',
        300_000,
        10_000.1,
        10_000.1,
        289_999.9,
        1_000_010 / 30_000_000,
      ],
      ['Totale', 751_000, 30_000.35, 130_000.35, 620_999.65, 13_000_035 / 75_100_000],
    ]);
    const sources = sheets['Spesa per fonte'] ?? [];
    expect(sources.at(-1)?.slice(0, 4)).toEqual(['Totale', 751_000, 30_000.35, 130_000.35]);
    expect(sheets['Indicatori']?.slice(3)).toEqual([
      ['Persone prese in carico', 'persone', 200, 45, 95, 0.475],
      ['Aziende coinvolte', 'aziende', 40, 20, 23, 0.575],
    ]);
    expect(sheets['Progetto']?.[3]).toEqual(['Codice (CUP)', 'CUP J51B21000000002']);
  });
});
