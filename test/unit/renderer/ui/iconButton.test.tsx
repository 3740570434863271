// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IconButton, RowCommands } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

afterEach(cleanup);

describe('IconButton', () => {
  it('is named for screen readers and runs its command once per click', () => {
    const onClick = vi.fn();
    renderInApp(
      <IconButton label="Cerca" tooltip="Cerca (Ctrl+K)" onClick={onClick}>
        <svg />
      </IconButton>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Cerca' }));
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('RowCommands on a list of live records only', () => {
  it('offers edit and archive by the record’s name, and no restore', () => {
    const onEdit = vi.fn();
    const onArchive = vi.fn();
    renderInApp(
      <RowCommands
        archived={false}
        labels={{ edit: 'Modifica il legame A–B', archive: 'Archivia il legame A–B' }}
        onEdit={onEdit}
        onArchive={onArchive}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Archivia il legame A–B' }));
    fireEvent.click(screen.getByRole('button', { name: 'Modifica il legame A–B' }));
    expect(onArchive).toHaveBeenCalledTimes(1);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });
});
