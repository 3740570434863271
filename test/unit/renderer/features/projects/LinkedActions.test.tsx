// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LinkedActions } from '../../../../../renderer/features/projects/page/LinkedActions';
import { actionWith } from '../../../shared/actions/actionFixture';
import { stubLayout } from '../../ui/layoutStub';
import { renderInApp } from '../../ui/renderInApp';

const ownerId = 'a0000000-0000-4000-8000-000000000001';
const names = new Map([[ownerId, 'Comune di Segrate']]);

const actions = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    actionWith({ title: `Azione collegata ${index + 1}`, ownerOrganizationId: ownerId }),
  );

const drawnRows = (): HTMLElement[] =>
  within(screen.getByTestId('project-actions'))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

let restoreLayout = (): void => undefined;
beforeAll(() => {
  restoreLayout = stubLayout({ viewport: 500, row: 41 });
});
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('the actions linked to a project', () => {
  it('lists each action of a small project with its owner’s name', () => {
    renderInApp(<LinkedActions actions={actions(4)} names={names} />);
    expect(drawnRows()).toHaveLength(4);
    expect(within(drawnRows()[3] ?? document.body).getByText('Comune di Segrate')).toBeTruthy();
  });

  it('draws a window of the 1,100 actions of a busy project, counting them all', () => {
    renderInApp(<LinkedActions actions={actions(1_100)} names={names} />);
    expect(drawnRows().length).toBeGreaterThan(5);
    expect(drawnRows().length).toBeLessThan(60);
    expect(screen.getByTestId('project-actions').getAttribute('aria-rowcount')).toBe('1101');
    expect(screen.queryByText('Azione collegata 1100')).toBeNull();
  });
});
