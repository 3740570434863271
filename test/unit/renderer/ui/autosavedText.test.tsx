// @vitest-environment jsdom
import { Textarea } from '@mantine/core';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosavedText } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

type Save = (text: string) => Promise<void>;

function Notes({ value, save }: { value: string; save: Save }) {
  const notes = useAutosavedText({ draftKey: 'test:notes', value, save, delayMs: 500 });
  return <Textarea label="Note" {...notes.inputProps} />;
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  window.localStorage.clear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const typeNotes = (text: string): void => {
  fireEvent.change(screen.getByLabelText('Note'), { target: { value: text } });
};

describe('useAutosavedText', () => {
  it('saves once after a pause in the typing, with the last text', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    renderInApp(<Notes value="" save={save} />);
    typeNotes('Il');
    typeNotes('Il presidente');
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(600));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('Il presidente');
  });

  it('saves at once when the field loses the focus', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    renderInApp(<Notes value="" save={save} />);
    typeNotes('Apertura alle 9:35');
    await act(() => {
      fireEvent.blur(screen.getByLabelText('Note'));
      return Promise.resolve();
    });
    expect(save).toHaveBeenCalledWith('Apertura alle 9:35');
  });

  it('saves what is waiting when the component goes away', async () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    const { unmount } = renderInApp(<Notes value="" save={save} />);
    typeNotes('Ultima frase');
    await act(() => {
      unmount();
      return Promise.resolve();
    });
    expect(save).toHaveBeenCalledWith('Ultima frase');
  });

  it('brings back and saves after a reload a text typed but not yet saved', async () => {
    const lost = vi.fn<Save>(() => new Promise<void>(() => undefined));
    const first = renderInApp(<Notes value="" save={lost} />);
    typeNotes('Testo mai salvato');
    // The window goes away before the save completes: a new page starts from the stored value.
    first.unmount();
    const save = vi.fn<Save>(() => Promise.resolve());
    renderInApp(<Notes value="" save={save} />);
    expect(screen.getByLabelText('Note')).toHaveProperty('value', 'Testo mai salvato');
    await act(async () => vi.advanceTimersByTimeAsync(10));
    expect(save).toHaveBeenCalledWith('Testo mai salvato');
    expect(window.localStorage.length).toBe(0);
  });

  it('shows a change made elsewhere when nothing typed here waits', () => {
    const save = vi.fn<Save>(() => Promise.resolve());
    const { rerender } = renderInApp(<Notes value="prima" save={save} />);
    rerender(<Notes value="dopo" save={save} />);
    expect(screen.getByLabelText('Note')).toHaveProperty('value', 'dopo');
  });
});
