import { NumberInput, type NumberInputProps } from '@mantine/core';

/** A number written the Italian way: 1.250,5 (a dot between thousands, a comma before decimals). */
export function FigureInput(props: NumberInputProps) {
  return <NumberInput thousandSeparator="." decimalSeparator="," {...props} />;
}
