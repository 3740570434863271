// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../../../shared/domain';
import { GoodPracticeRegister } from '../../../../../renderer/features/projects/goodPractices/GoodPracticeRegister';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { afol, createProject } from './projectWithIndicator';

const markedAt = '2026-10-01T09:00:00.000Z';

async function twoGoodPractices(): Promise<{
  projects: Project[];
  context: ReturnType<typeof createTestContext>;
}> {
  const context = createTestContext();
  const first = await createProject(context, {
    state: 'concluso',
    partners: [{ organizationId: afol }],
    goodPractice: {
      markedAt,
      description: 'Sportello lavoro nei comuni piccoli',
      whatWorked: 'Orari serali',
      forWhom: 'Disoccupati over 50',
      cost: 12_500,
      partnersNote: '',
    },
  });
  const second = await first.repositories.projects.create({
    networkId: first.network.id,
    title: 'Tirocini inclusivi',
    state: 'concluso',
    goodPractice: {
      markedAt,
      description: 'Tirocini con tutor',
      whatWorked: 'Tutor dedicato',
      forWhom: 'Giovani NEET',
      cost: null,
      partnersNote: 'Con le cooperative',
    },
  });
  return { projects: [first.project, second], context };
}

afterEach(cleanup);

describe('the register of good practices', () => {
  it('lists each good practice with its cost in euro and its partners', async () => {
    const { projects, context } = await twoGoodPractices();
    renderInApp(
      <GoodPracticeRegister
        projects={projects}
        names={new Map([[afol, 'AFOL Metropolitana']])}
        networkName="Ambito di Como"
      />,
      context.db,
    );
    const table = screen.getByRole('table', { name: 'Banca dati delle buone prassi' });
    const row = within(table).getByRole('row', { name: /Emergenza lavoro/ });
    expect(within(row).getByRole('cell', { name: /12\.500,00/ }).style.textAlign).toBe('right');
    expect(within(row).getByRole('cell', { name: 'AFOL Metropolitana' })).toBeTruthy();
    expect(screen.getByText('2 buone prassi')).toBeTruthy();
  });

  it('keeps only the good practices the search words find, counting them', async () => {
    const { projects, context } = await twoGoodPractices();
    renderInApp(
      <GoodPracticeRegister projects={projects} names={new Map()} networkName="Ambito di Como" />,
      context.db,
    );
    fireEvent.change(screen.getByLabelText('Cerca nelle buone prassi'), {
      target: { value: 'tutor' },
    });
    const rows = within(screen.getByTestId('good-practices')).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['Tirocini inclusivi']);
    expect(screen.getByText('1 buona prassi')).toBeTruthy();
  });

  it('says there is none when the search finds nothing', async () => {
    const { projects, context } = await twoGoodPractices();
    renderInApp(
      <GoodPracticeRegister projects={projects} names={new Map()} networkName="Ambito di Como" />,
      context.db,
    );
    fireEvent.change(screen.getByLabelText('Cerca nelle buone prassi'), {
      target: { value: 'nessuna parola simile' },
    });
    expect(screen.getByText('Nessuna buona prassi')).toBeTruthy();
    expect(screen.queryByTestId('good-practices')).toBeNull();
  });
});
