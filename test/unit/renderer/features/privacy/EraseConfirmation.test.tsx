// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EraseConfirmation } from '../../../../../renderer/features/privacy/EraseConfirmation';
import { renderInApp } from '../../ui/renderInApp';

afterEach(cleanup);

describe('the erasure confirmation', () => {
  it('erases only once the confirmation word is typed', async () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    renderInApp(<EraseConfirmation onConfirm={onConfirm} onCancel={() => undefined} />);
    const erase = screen.getByRole('button', { name: 'Cancella definitivamente' });
    const word = screen.getByLabelText('Per confermare scrivi CANCELLA');

    fireEvent.change(word, { target: { value: 'cancella' } });
    expect(erase).toHaveProperty('disabled', true);
    fireEvent.click(erase);
    expect(onConfirm).not.toHaveBeenCalled();

    fireEvent.change(word, { target: { value: 'CANCELLA' } });
    expect(erase).toHaveProperty('disabled', false);
    fireEvent.click(erase);
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });
});
