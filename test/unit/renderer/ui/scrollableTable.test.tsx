// @vitest-environment jsdom
import { Table } from '@mantine/core';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { ScrollableTable } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

afterEach(cleanup);

it('puts the wide table in a scrolling region the keyboard can reach', () => {
  renderInApp(
    <ScrollableTable minWidth={720}>
      <Table aria-label="Budget per voce di spesa">
        <Table.Tbody>
          <Table.Tr>
            <Table.Td>Personale</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </ScrollableTable>,
  );
  const table = screen.getByRole('table', { name: 'Budget per voce di spesa' });
  const region = table.closest<HTMLElement>('[tabindex="0"]');
  expect(region).not.toBeNull();
  expect(region?.tabIndex).toBe(0);
});
