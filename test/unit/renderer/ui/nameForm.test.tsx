// @vitest-environment jsdom
import { Notifications } from '@mantine/notifications';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useT } from '../../../../renderer/app/RegiaContext';
import { NameForm, openFormModal } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Saver = (name: string) => Promise<void>;

function Opener({ onSubmit, initialName }: { onSubmit: Saver; initialName?: string }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() =>
        openFormModal({
          t,
          title: 'Salva la mappa',
          children: (
            <NameForm
              label="Nome"
              hint="Un nome già usato sostituisce quella mappa"
              initialName={initialName}
              onSubmit={onSubmit}
            />
          ),
        })
      }
    >
      apri
    </button>
  );
}

async function openWith(onSubmit: Saver, initialName?: string): Promise<void> {
  renderInApp(
    <>
      <Notifications />
      <Opener onSubmit={onSubmit} initialName={initialName} />
    </>,
  );
  fireEvent.click(screen.getByText('apri'));
  await screen.findByLabelText(/Nome/);
}

const nameField = (): HTMLElement => screen.getByLabelText(/Nome/);
const type = (text: string): void => {
  fireEvent.change(nameField(), { target: { value: text } });
};

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('NameForm', () => {
  it('refuses a blank name and saves nothing', async () => {
    const onSubmit = vi.fn<Saver>(() => Promise.resolve());
    await openWith(onSubmit);
    type('   ');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(await screen.findByText('Campo obbligatorio')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('offers the saved name, saves the trimmed name once and closes', async () => {
    let finish: () => void = () => undefined;
    const onSubmit = vi.fn<Saver>(() => new Promise<void>((resolve) => (finish = resolve)));
    await openWith(onSubmit, 'Convenzioni');
    expect(nameField()).toHaveProperty('value', 'Convenzioni');
    expect(screen.getByText('Un nome già usato sostituisce quella mappa')).toBeTruthy();
    type('  Convenzioni 2026 ');
    const save = screen.getByRole('button', { name: 'Salva' });
    fireEvent.click(save);
    fireEvent.click(save);
    await act(() => {
      finish();
      return Promise.resolve();
    });
    await waitFor(() => expect(screen.queryByLabelText(/Nome/)).toBeNull());
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith('Convenzioni 2026');
  });

  it('keeps the form open with what was typed when the save fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await openWith(() => Promise.reject(new Error('disco pieno')));
    type('Scadute');
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Salva' })).toHaveProperty('disabled', false),
    );
    expect(nameField()).toHaveProperty('value', 'Scadute');
  });

  it('asks before Escape throws away a typed name', async () => {
    await openWith(() => Promise.resolve());
    type('Scadute');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
    expect(nameField()).toHaveProperty('value', 'Scadute');
  });
});
