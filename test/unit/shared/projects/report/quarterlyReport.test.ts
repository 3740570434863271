import { describe, expect, it } from 'vitest';
import { cellText, quarterlyReport, type ReportDocument } from '../../../../../shared/projects';
import {
  comoCostItems,
  comoProject,
  ids,
  peopleIndicator,
  spending,
  value,
} from '../projectFixtures';
import { secondQuarterInput } from './quarterlyFixture';

function table(document: ReportDocument, heading: string): string[][] {
  const section = document.sections.find((entry) => entry.heading === heading);
  if (!section?.table) throw new Error(`no table ${heading}`);
  const rows = [...section.table.rows, ...(section.table.totals ? [section.table.totals] : [])];
  return rows.map((row) => row.map((cell) => cellText('it', cell).replace(/\u00a0/g, ' ')));
}

function paragraphs(document: ReportDocument, heading: string): string[] {
  return (document.sections.find((entry) => entry.heading === heading)?.paragraphs ?? []).map(
    (paragraph) => paragraph.replace(/\u00a0/g, ' '),
  );
}

describe('quarterlyReport', () => {
  it('names the quarter with its days under the title', () => {
    const document = quarterlyReport(secondQuarterInput());
    expect(document.title).toBe('Rapporto trimestrale di monitoraggio: Emergenza lavoro');
    expect(document.subtitle).toEqual([
      'Ambito di Como',
      'Periodo: 2° trimestre 2026 (dal 01/04/2026 al 30/06/2026)',
      'Redatto il 05/10/2026',
    ]);
    expect(table(document, 'Progetto')).toContainEqual(['Codice (CUP)', 'CUP J51B21000000002']);
  });

  it('sets this quarter beside the cumulative spending per partner, voce and source, with totals', () => {
    const document = quarterlyReport(secondQuarterInput());
    expect(table(document, 'Spesa per partner')).toEqual([
      [
        'Azienda sociale comasca e lariana',
        '451.000,00 €',
        '20.000,25 €',
        '120.000,25 €',
        '330.999,75 €',
        '26,6%',
      ],
      [
        'Cooperativa Lavoro Insieme',
        '300.000,00 €',
        '10.000,10 €',
        '10.000,10 €',
        '289.999,90 €',
        '3,3%',
      ],
      ['Totale', '751.000,00 €', '30.000,35 €', '130.000,35 €', '620.999,65 €', '17,3%'],
    ]);
    expect(table(document, 'Spesa per voce di spesa')).toEqual([
      [
        'Operatori dello sportello',
        'Personale',
        '450.000,00 €',
        '20.000,25 €',
        '120.000,25 €',
        '329.999,75 €',
        '26,7%',
      ],
      [
        'Tirocini e borse lavoro',
        'Servizi e consulenze',
        '250.000,00 €',
        '10.000,10 €',
        '10.000,10 €',
        '239.999,90 €',
        '4%',
      ],
      ['Spese generali', 'Spese generali', '51.000,00 €', '0,00 €', '0,00 €', '51.000,00 €', '0%'],
      ['Totale', '', '751.000,00 €', '30.000,35 €', '130.000,35 €', '620.999,65 €', '17,3%'],
    ]);
    expect(table(document, 'Spesa per fonte')).toEqual([
      ['Regione Lombardia', '591.000,00 €', '20.000,25 €', '120.000,25 €', '470.999,75 €', '20,3%'],
      [
        'Cofinanziamento partner',
        '160.000,00 €',
        '10.000,10 €',
        '10.000,10 €',
        '149.999,90 €',
        '6,3%',
      ],
      ['Totale', '751.000,00 €', '30.000,35 €', '130.000,35 €', '620.999,65 €', '17,3%'],
    ]);
    expect(paragraphs(document, 'Verifica dei totali')).toEqual([
      'Tutti i totali tornano al centesimo: partner, voci di spesa e fonti danno la stessa spesa.',
    ]);
  });

  it('gives each indicator in the quarter and cumulated, in total and per partner', () => {
    const document = quarterlyReport(secondQuarterInput());
    expect(table(document, 'Indicatori')).toEqual([
      ['Persone prese in carico', 'persone', '200', '45', '95', '47,5%'],
      ['Aziende coinvolte', 'aziende', '40', '20', '23', '57,5%'],
    ]);
    // Each partner against its part of the target: here its budget share (451/751 and 300/751).
    expect(table(document, 'Indicatori per partner')).toEqual([
      [
        'Persone prese in carico',
        'Azienda sociale comasca e lariana',
        '120,1',
        '45',
        '75',
        '62,4%',
      ],
      ['Persone prese in carico', 'Cooperativa Lavoro Insieme', '79,9', '0', '20', '25%'],
      ['Aziende coinvolte', 'Azienda sociale comasca e lariana', '24', '15', '18', '75%'],
      ['Aziende coinvolte', 'Cooperativa Lavoro Insieme', '16', '5', '5', '31,3%'],
    ]);
  });

  it('holds each partner to the target the plan sets for it, where it sets one', () => {
    const input = secondQuarterInput();
    const partnerTargets = [
      { organizationId: ids.lead, target: 150 },
      { organizationId: ids.partner, target: 50 },
    ];
    const document = quarterlyReport({
      ...input,
      indicators: input.indicators.map((indicator) =>
        indicator.name === 'Persone prese in carico' ? { ...indicator, partnerTargets } : indicator,
      ),
    });
    expect(table(document, 'Indicatori per partner').slice(0, 2)).toEqual([
      ['Persone prese in carico', 'Azienda sociale comasca e lariana', '150', '45', '75', '50%'],
      ['Persone prese in carico', 'Cooperativa Lavoro Insieme', '50', '0', '20', '40%'],
    ]);
  });

  it('says in words where the plan misses the funding and where spending went beyond a plan', () => {
    const document = quarterlyReport(
      secondQuarterInput({
        project: comoProject({
          costItems: comoCostItems,
          partners: [
            { organizationId: ids.lead, role: 'capofila', budgetShare: 451_000 },
            { organizationId: ids.partner, role: 'partner', budgetShare: 300_000.01 },
          ],
        }),
        expenditures: [spending(ids.partner, '2026-Q2', 300_000.5, 'Cofinanziamento partner')],
      }),
    );
    expect(paragraphs(document, 'Verifica dei totali')).toEqual([
      'Le quote dei partner (751.000,01 €) non corrispondono al budget delle fonti (751.000,00 €): differenza 0,01 €.',
      'Cooperativa Lavoro Insieme: previsto 300.000,01 €, speso 300.000,50 €, residuo -0,49 €.',
      'Spesa cumulata senza voce di spesa: 300.000,50 €; attribuirla a una voce.',
      'Cofinanziamento partner: previsto 160.000,00 €, speso 300.000,50 €, residuo -140.000,50 €.',
    ]);
    expect(table(document, 'Spesa per voce di spesa').at(-2)?.slice(0, 4)).toEqual([
      'Senza voce di spesa',
      '',
      '0,00 €',
      '300.000,50 €',
    ]);
  });

  it('gives the beneficiaries by gender in the quarter and to date, the people not stated last', () => {
    const gender = (women: number, men: number) => [
      { dimension: 'gender' as const, category: 'women', value: women },
      { dimension: 'gender' as const, category: 'men', value: men },
    ];
    const document = quarterlyReport(
      secondQuarterInput({
        indicators: [peopleIndicator({ breakdownDimensions: ['gender'] })],
        values: [
          value(ids.lead, '2026-Q1', 30, { breakdowns: gender(10, 15) }),
          value(ids.lead, '2026-Q2', 45, { breakdowns: gender(20, 25) }),
        ],
      }),
    );
    expect(table(document, 'Beneficiari per caratteristica')).toEqual([
      ['Persone prese in carico', 'Genere', 'Donne', '20', '30'],
      ['Persone prese in carico', 'Genere', 'Uomini', '25', '40'],
      ['Persone prese in carico', 'Genere', 'Non indicato', '0', '5'],
    ]);
  });
});
