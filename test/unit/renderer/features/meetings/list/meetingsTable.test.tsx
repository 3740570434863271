// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../../../../shared/domain';
import { MeetingsTable } from '../../../../../../renderer/features/meetings/list/MeetingsTable';
import { stubLayout } from '../../../ui/layoutStub';
import { renderInApp } from '../../../ui/renderInApp';

const at = '2026-01-01T09:00:00.000Z';
const networkId = '10000000-0000-4000-8000-000000000000';

/** `count` meetings of past years, the latest first, numbered within their year. */
function pastMeetings(count: number): Meeting[] {
  return Array.from({ length: count }, (_, index) => {
    const day = new Date(Date.UTC(2025, 11, 31) - index * 2 * 86_400_000);
    return meetingSchema.parse({
      id: `20000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      createdAt: at,
      updatedAt: at,
      rev: 1,
      archivedAt: null,
      networkId,
      year: day.getUTCFullYear(),
      number: index + 1,
      kind: 'ordinaria',
      status: 'svolta',
      date: day.toISOString().slice(0, 10),
      title: `Seduta ${index + 1}`,
    });
  });
}

const table = (): HTMLElement => screen.getByTestId('meetings-past');
const drawnRows = (): HTMLElement[] =>
  within(table())
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-index'));

let restoreLayout = (): void => undefined;
beforeAll(() => {
  restoreLayout = stubLayout({ viewport: 600, row: 41 });
});
afterAll(() => restoreLayout());
afterEach(cleanup);

describe('a list of meetings', () => {
  it('lists every meeting of a short list, each number a link to its meeting', () => {
    renderInApp(
      <MeetingsTable
        caption="Riunioni passate"
        meetings={pastMeetings(12)}
        emptyText="Nessuna"
        testId="meetings-past"
      />,
    );
    expect(drawnRows()).toHaveLength(12);
    const first = drawnRows()[0];
    if (!first) throw new Error('no row drawn');
    expect(within(first).getByRole('link').getAttribute('href')).toContain(
      '20000000-0000-4000-8000-000000000000',
    );
    expect(within(first).getByText('Seduta 1')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Riunioni passate' })).toBeTruthy();
  });

  it('draws 1,800 meetings a window at a time from the top of the list', () => {
    renderInApp(
      <MeetingsTable
        caption="Riunioni passate"
        meetings={pastMeetings(1_800)}
        emptyText="Nessuna"
        testId="meetings-past"
      />,
    );
    expect(drawnRows().length).toBeGreaterThan(10);
    expect(drawnRows().length).toBeLessThan(60);
    expect(table().getAttribute('aria-rowcount')).toBe('1801');
    expect(within(table()).getByText('Seduta 1')).toBeTruthy();
    expect(within(table()).queryByText('Seduta 1800')).toBeNull();
  });
});
