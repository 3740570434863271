// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { MoneyInput } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

function Amount({ initial }: { initial: number }) {
  const [value, setValue] = useState<number | string>(initial);
  return (
    <>
      <MoneyInput label="Importo" value={value} onChange={setValue} />
      <output>{String(value)}</output>
    </>
  );
}

afterEach(cleanup);

it('shows an amount the Italian way, with thousands and cents', () => {
  renderInApp(<Amount initial={751000.5} />);
  expect(screen.getByLabelText('Importo')).toHaveProperty('value', '751.000,50');
});

it('reads an amount typed the Italian way as euros and cents', () => {
  renderInApp(<Amount initial={0} />);
  fireEvent.change(screen.getByLabelText('Importo'), { target: { value: '591.000,25' } });
  expect(screen.getByRole('status').textContent).toBe('591000.25');
});
