// @vitest-environment jsdom
import { useForm } from '@mantine/form';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useT } from '../../../../renderer/app/RegiaContext';
import { RangeInputs, endAfterStart } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

function TimesForm({ onSave }: { onSave: (values: { start: string; end: string }) => void }) {
  const t = useT();
  const form = useForm({
    initialValues: { start: '10:00', end: '' },
    validate: { end: endAfterStart(t, 'time', (values: { start: string }) => values.start) },
  });
  return (
    <form onSubmit={form.onSubmit(onSave)}>
      <RangeInputs
        kind="time"
        startLabel="Inizio"
        endLabel="Fine"
        startProps={form.getInputProps('start')}
        endProps={form.getInputProps('end')}
      />
      <button type="submit">Salva</button>
    </form>
  );
}

afterEach(cleanup);

describe('RangeInputs', () => {
  it('says at once that an end before the start is refused, and the form does not save it', () => {
    const onSave = vi.fn();
    renderInApp(<TimesForm onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Fine'), { target: { value: '09:00' } });
    expect(screen.getByText('La fine deve essere dopo l’inizio')).toBeTruthy();
    fireEvent.click(screen.getByText('Salva'));
    expect(onSave).not.toHaveBeenCalled();
  });

  it('accepts an end after the start, and an empty end', () => {
    const onSave = vi.fn();
    renderInApp(<TimesForm onSave={onSave} />);
    fireEvent.click(screen.getByText('Salva'));
    fireEvent.change(screen.getByLabelText('Fine'), { target: { value: '11:30' } });
    expect(screen.queryByText('La fine deve essere dopo l’inizio')).toBeNull();
    fireEvent.click(screen.getByText('Salva'));
    expect(onSave).toHaveBeenCalledTimes(2);
    expect(onSave.mock.calls[1]?.[0]).toEqual({ start: '10:00', end: '11:30' });
  });
});
