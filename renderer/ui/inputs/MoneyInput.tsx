import { NumberInput, type NumberInputProps } from '@mantine/core';

/** An amount of euros written the Italian way: 751.000,50 (two decimals, never negative). */
export function MoneyInput(props: NumberInputProps) {
  return (
    <NumberInput
      min={0}
      decimalScale={2}
      fixedDecimalScale
      thousandSeparator="."
      decimalSeparator=","
      rightSection="€"
      rightSectionPointerEvents="none"
      {...props}
    />
  );
}
