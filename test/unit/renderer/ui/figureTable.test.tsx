// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FigureTable } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

afterEach(cleanup);

describe('FigureTable', () => {
  it('gives each figure a row headed by its name, in the order given', () => {
    renderInApp(
      <FigureTable
        testId="counts"
        figures={[
          ['Enti nuovi', 3],
          ['Legami nuovi', '12'],
        ]}
      />,
    );
    const rows = within(screen.getByTestId('counts')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual(['Enti nuovi3', 'Legami nuovi12']);
    expect(screen.getByRole('rowheader', { name: 'Legami nuovi' })).toBeTruthy();
  });

  it('shows the figures in bold only when they are what the reader came for', () => {
    const { unmount } = renderInApp(<FigureTable figures={[['Enti', 1]]} />);
    expect(screen.getByRole('cell').getAttribute('style') ?? '').not.toMatch(/font-weight/);
    unmount();
    renderInApp(<FigureTable strong figures={[['Enti', 1]]} />);
    expect(screen.getByRole('cell').getAttribute('style') ?? '').toMatch(/font-weight: ?700/);
  });
});
