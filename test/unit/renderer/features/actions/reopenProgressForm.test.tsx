// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useT } from '../../../../../renderer/app/RegiaContext';
import { ReopenProgressForm } from '../../../../../renderer/features/actions/ReopenProgressForm';
import { openFormModal } from '../../../../../renderer/ui';
import { renderInApp } from '../../ui/renderInApp';

type Save = (progress: number) => Promise<void>;

function Opener({ onSubmit }: { onSubmit: Save }) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() =>
        openFormModal({
          t,
          title: 'Riaprire',
          children: <ReopenProgressForm onSubmit={onSubmit} />,
        })
      }
    >
      apri
    </button>
  );
}

async function open(onSubmit: Save): Promise<HTMLElement> {
  renderInApp(<Opener onSubmit={onSubmit} />);
  fireEvent.click(screen.getByText('apri'));
  return screen.findByRole('textbox', { name: /Avanzamento/ });
}

afterEach(cleanup);

describe('the progress asked when a completed action is moved back', () => {
  it('refuses 100, since the action is no longer completed, and saves nothing', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    const field = await open(save);
    fireEvent.change(field, { target: { value: '100' } });
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(
      await screen.findByText(/meno di 100|sotto il 100|100/, {
        selector: '.mantine-InputWrapper-error, [id$="-error"]',
      }),
    ).toBeTruthy();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves a figure below 100 once however often Salva is clicked, then closes', async () => {
    let finish: () => void = () => undefined;
    const save = vi.fn<Save>(
      () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    );
    const field = await open(save);
    fireEvent.change(field, { target: { value: '40' } });
    const submit = screen.getByRole('button', { name: 'Salva' });
    fireEvent.click(submit);
    fireEvent.click(submit);
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith(40);
    await act(() => {
      finish();
      return Promise.resolve();
    });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /Avanzamento/ })).toBeNull());
  });

  it('asks before Escape throws away a typed figure', async () => {
    const field = await open(() => Promise.resolve());
    fireEvent.change(field, { target: { value: '30' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(await screen.findByText('Scartare le modifiche?')).toBeTruthy();
  });
});
