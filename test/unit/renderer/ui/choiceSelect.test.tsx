// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { ChoiceSelect } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

const states = ['inAvvio', 'inCorso', 'concluso'] as const;
const labels: Record<(typeof states)[number], string> = {
  inAvvio: 'In avvio',
  inCorso: 'In corso',
  concluso: 'Concluso',
};

function State() {
  const [value, setValue] = useState<string | null>('inCorso');
  return (
    <>
      <ChoiceSelect
        label="Stato"
        choices={states}
        labelOf={(state) => labels[state]}
        value={value}
        onChange={setValue}
      />
      <output>{String(value)}</output>
    </>
  );
}

afterEach(cleanup);

it('offers every choice by its label, in order, and hands back the chosen value', async () => {
  renderInApp(<State />);
  const input = screen.getByRole('combobox', { name: 'Stato' });
  expect(input).toHaveProperty('value', 'In corso');
  fireEvent.click(input);
  const options = await screen.findAllByRole('option', { hidden: true });
  expect(options.map((option) => option.textContent)).toEqual(['In avvio', 'In corso', 'Concluso']);
  fireEvent.click(options[2]);
  expect(screen.getByRole('status').textContent).toBe('concluso');
});

it('keeps the choice when the chosen option is picked again: one is always chosen', async () => {
  renderInApp(<State />);
  fireEvent.click(screen.getByRole('combobox', { name: 'Stato' }));
  fireEvent.click(await screen.findByRole('option', { name: 'In corso', hidden: true }));
  expect(screen.getByRole('status').textContent).toBe('inCorso');
});
