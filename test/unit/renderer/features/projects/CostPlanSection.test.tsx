// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CostPlanLine } from '../../../../../shared/domain';
import { CostPlanSection } from '../../../../../renderer/features/projects/page/CostPlanSection';
import { comoProject, ids } from '../../../shared/projects/projectFixtures';
import { renderInApp } from '../../ui/renderInApp';

afterEach(cleanup);

const staff = '00000000-0000-4000-8000-0000000000d1';
const names = new Map([
  [ids.lead, 'AFOL Metropolitana'],
  [ids.partner, 'Comune di Como'],
]);
const cell = (organizationId: string, fundingSourceName: string, amount: number): CostPlanLine => ({
  costItemId: staff,
  organizationId,
  fundingSourceName,
  amount,
});
const plan = [
  cell(ids.lead, 'Regione Lombardia', 361_000),
  cell(ids.lead, 'Cofinanziamento partner', 90_000),
  cell(ids.partner, 'Regione Lombardia', 230_000),
  cell(ids.partner, 'Cofinanziamento partner', 70_000),
];

function project(costPlan: CostPlanLine[]) {
  return comoProject({
    costItems: [{ id: staff, category: 'personnel', name: 'Operatori', planned: 751_000 }],
    costPlan,
    cofinancingSources: ['Cofinanziamento partner'],
  });
}

function rowTexts(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((item) => item.textContent?.replace(/\s/g, ' ') ?? ''),
    )
    .filter((cells) => cells.length > 0);
}

describe('the cost plan on the project page', () => {
  it('shows the voce split per partner and source, reconciled, and what each partner co-finances', () => {
    renderInApp(<CostPlanSection project={project(plan)} names={names} />);
    expect(screen.getByTestId('cost-plan-reconciled').textContent).toContain('751.000,00');
    expect(
      rowTexts(screen.getByRole('table', { name: 'Piano dei costi per partner e fonte' })),
    ).toEqual([
      [
        'Operatori',
        '751.000,00 €',
        '451.000,00 €',
        '300.000,00 €',
        '591.000,00 €',
        '160.000,00 €',
        '751.000,00 €',
      ],
      [
        '751.000,00 €',
        '451.000,00 €',
        '300.000,00 €',
        '591.000,00 €',
        '160.000,00 €',
        '751.000,00 €',
      ],
    ]);
    expect(
      rowTexts(screen.getByRole('table', { name: 'Cofinanziamento dovuto dai partner' })),
    ).toEqual([
      ['AFOL Metropolitana', '451.000,00 €', '90.000,00 €', '20%', '56,3%'],
      ['Comune di Como', '300.000,00 €', '70.000,00 €', '23,3%', '43,8%'],
      ['751.000,00 €', '160.000,00 €', '21,3%', '100%'],
    ]);
  });

  it('lists the partner, source and total a cell short of the plan makes wrong', () => {
    renderInApp(
      <CostPlanSection
        project={project(
          plan.map((line, index) => (index === 3 ? { ...line, amount: 69_999.99 } : line)),
        )}
        names={names}
      />,
    );
    const gaps = within(screen.getByTestId('cost-plan-gaps'))
      .getAllByRole('listitem')
      .map((item) => item.textContent?.replace(/\s/g, ' '));
    expect(gaps).toEqual([
      'Voce «Operatori»: previsti 751.000,00 €, ripartiti 750.999,99 € (differenza -0,01 €)',
      'Comune di Como: il piano gli assegna 299.999,99 €, la sua quota è 300.000,00 € (differenza -0,01 €)',
      'Fonte «Cofinanziamento partner»: il piano ne ripartisce 159.999,99 € su 160.000,00 € (differenza -0,01 €)',
      'Il piano ripartisce 750.999,99 € su un totale di 751.000,00 € (differenza -0,01 €)',
    ]);
    expect(screen.getByTestId('cofinancing-mismatch').textContent).toContain('159.999,99');
  });
});
