import type { NumberInputProps } from '@mantine/core';
import { FigureInput } from './FigureInput';

/** An amount of euros written the Italian way: 751.000,50 (two decimals, never negative). */
export function MoneyInput(props: NumberInputProps) {
  return (
    <FigureInput
      min={0}
      decimalScale={2}
      fixedDecimalScale
      rightSection="€"
      rightSectionPointerEvents="none"
      {...props}
    />
  );
}
