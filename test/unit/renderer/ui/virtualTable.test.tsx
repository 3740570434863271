// @vitest-environment jsdom
import { Table } from '@mantine/core';
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VirtualTable } from '../../../../renderer/ui';
import { stubLayout } from './layoutStub';
import { renderInApp } from './renderInApp';

type Line = { id: string; name: string };

const lines = (count: number): Line[] =>
  Array.from({ length: count }, (_, index) => ({ id: `line-${index}`, name: `Ente ${index + 1}` }));

function renderTable(items: readonly Line[], drawAllUpTo?: number): void {
  renderInApp(
    <VirtualTable
      items={items}
      getKey={(line) => line.id}
      estimatedRowHeight={40}
      columnCount={1}
      label="Enti"
      maxHeight="400px"
      minWidth={300}
      testId="lines"
      drawAllUpTo={drawAllUpTo}
      head={
        <Table.Tr aria-rowindex={1}>
          <Table.Th>Nome</Table.Th>
        </Table.Tr>
      }
      renderRow={(line, rowProps) => (
        <Table.Tr {...rowProps}>
          <Table.Td>{line.name}</Table.Td>
        </Table.Tr>
      )}
    />,
  );
}

const drawnRows = (): HTMLElement[] =>
  within(screen.getByTestId('lines'))
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

let restoreLayout = (): void => undefined;
beforeAll(() => {
  restoreLayout = stubLayout({ viewport: 400, row: 40 });
});
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('the virtual table', () => {
  it('draws only the lines in view and a few after them, telling assistive technology how many there are', () => {
    renderTable(lines(1_000));
    const drawn = drawnRows();
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(drawn.length).toBeLessThan(30);
    expect(drawn[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByTestId('lines').getAttribute('aria-rowcount')).toBe('1001');
    expect(screen.queryByRole('cell', { name: 'Ente 1000' })).toBeNull();
  });

  it('draws every line of a table no longer than the length it is told to draw whole', () => {
    renderTable(lines(50), 60);
    expect(drawnRows()).toHaveLength(50);
    expect(screen.getByRole('cell', { name: 'Ente 50' })).toBeTruthy();
  });

  it('is a named scrolling region the keyboard can reach', () => {
    renderTable(lines(5));
    const region = screen.getByRole('region', { name: 'Enti' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table')).toBeTruthy();
  });
});
