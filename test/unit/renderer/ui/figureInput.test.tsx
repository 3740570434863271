// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { FigureInput } from '../../../../renderer/ui';
import { renderInApp } from './renderInApp';

function Figure({ initial }: { initial: number }) {
  const [value, setValue] = useState<number | string>(initial);
  return (
    <>
      <FigureInput label="Target" value={value} onChange={setValue} />
      <output>{String(value)}</output>
    </>
  );
}

afterEach(cleanup);

it('shows a figure the Italian way, a dot between thousands and no forced decimals', () => {
  renderInApp(<Figure initial={12500} />);
  expect(screen.getByLabelText('Target')).toHaveProperty('value', '12.500');
});

it('reads a figure typed the Italian way, with a decimal comma', () => {
  renderInApp(<Figure initial={0} />);
  fireEvent.change(screen.getByLabelText('Target'), { target: { value: '1.250,5' } });
  expect(screen.getByRole('status').textContent).toBe('1250.5');
});
