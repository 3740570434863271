// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectButtons } from '../../../../../renderer/features/projects/page/ProjectButtons';
import { createTestContext } from '../../db/testDatabase';
import { renderInApp } from '../../ui/renderInApp';
import { createProjectWithIndicator } from './projectWithIndicator';

afterEach(cleanup);

const organizations = { choices: [], names: new Map<string, string>() };

async function renderButtons(state: 'inCorso' | 'concluso') {
  const context = createTestContext();
  const { data } = await createProjectWithIndicator(context, { project: { state } });
  renderInApp(<ProjectButtons data={data} organizations={organizations} />, context.db);
}

describe('the good-practice button of a project', () => {
  it('says in visible words why it is disabled while the project is still running', async () => {
    await renderButtons('inCorso');
    const button = screen.getByRole('button', { name: 'Segna come buona prassi' });
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('title')).toBeNull();
    const reason = screen.getByText('Solo un progetto concluso può essere una buona prassi');
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
  });

  it('is enabled, with no reason written, once the project is concluded', async () => {
    await renderButtons('concluso');
    const button = screen.getByRole('button', { name: 'Segna come buona prassi' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByText('Solo un progetto concluso può essere una buona prassi')).toBeNull();
  });
});
