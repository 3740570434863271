import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { euro, number, text, type ReportDocument } from '../../../../../shared/projects';
import { reportWorkbook } from '../../../../../renderer/features/projects/report/reportWorkbook';

const report: ReportDocument = {
  title: 'Rapporto di monitoraggio: Emergenza lavoro',
  subtitle: ['Ambito di Como'],
  sections: [
    {
      heading: 'Budget per partner',
      paragraphs: [],
      table: {
        columns: ['Partner', 'Previsto'],
        rows: [[text('=HYPERLINK("http://x","y")'), euro(591_000)]],
        totals: [text('Totale'), euro(751_000)],
      },
    },
    {
      heading: 'Budget per partner',
      paragraphs: ['+39 nota'],
      table: {
        columns: ['Indicatore', 'Valore'],
        rows: [[text('Persone'), number(95)]],
        totals: null,
      },
    },
  ],
};

describe('reportWorkbook', () => {
  it('writes each section on its own sheet, numbers as numbers and texts never as formulas', () => {
    const workbook = XLSX.read(reportWorkbook(report), { type: 'array' });
    expect(workbook.SheetNames).toEqual(['Budget per partner', 'Budget per partner 2']);
    const first = workbook.Sheets['Budget per partner'];
    expect(first?.A4).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","y")' });
    expect(first?.A4).not.toHaveProperty('f');
    expect(first?.B4).toMatchObject({ t: 'n', v: 591_000 });
    expect(first?.B5).toMatchObject({ t: 'n', v: 751_000 });
    const second = workbook.Sheets['Budget per partner 2'];
    expect(second?.A2).toMatchObject({ t: 's', v: '+39 nota' });
    expect(second?.B5).toMatchObject({ t: 'n', v: 95 });
  });

  it('keeps the 31 characters Excel allows in a sheet name, and room for the number of a copy', () => {
    const heading = 'Budget per fonte di finanziamento';
    const section = { heading, paragraphs: [], table: null };
    const workbook = XLSX.read(reportWorkbook({ ...report, sections: [section, section] }), {
      type: 'array',
    });
    expect(workbook.SheetNames).toEqual([
      'Budget per fonte di finanziamen',
      'Budget per fonte di finanziam 2',
    ]);
  });
});
