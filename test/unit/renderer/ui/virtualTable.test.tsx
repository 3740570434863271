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

  it('draws plain column headers given as data, aligned as asked', () => {
    renderInApp(
      <VirtualTable
        items={lines(3)}
        getKey={(line) => line.id}
        estimatedRowHeight={40}
        maxHeight="400px"
        label="Enti"
        minWidth={300}
        testId="lines"
        headers={[{ header: 'Nome' }, { header: 'Importo', align: 'right' }]}
        renderRow={(line, rowProps) => (
          <Table.Tr {...rowProps}>
            <Table.Td>{line.name}</Table.Td>
            <Table.Td>1</Table.Td>
          </Table.Tr>
        )}
      />,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Nome', 'Importo']);
    expect(headers[0]?.closest('tr')?.getAttribute('aria-rowindex')).toBe('1');
    expect(headers[1]?.style.textAlign).toBe('right');
  });

  it('places rows of a fixed height by that height, never by what they measure', () => {
    renderInApp(
      <VirtualTable
        items={lines(1_000)}
        getKey={(line) => line.id}
        fixedRowHeight={100}
        overscan={0}
        height="400px"
        label="Enti"
        minWidth={300}
        testId="lines"
        columnCount={1}
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
    // Measured, the rows (40 px in this layout) would fill the 400 px window ten at a time.
    expect(drawnRows().length).toBeLessThanOrEqual(5);
    expect(drawnRows()[0]?.getAttribute('aria-rowindex')).toBe('2');
  });
});
