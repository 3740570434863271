import { Select, type SelectProps } from '@mantine/core';

type ChoiceSelectProps<Choice extends string> = Omit<SelectProps, 'data'> & {
  /** The values to choose from, in the order shown. */
  choices: readonly Choice[];
  /** The text shown for a value (its label in the catalog). */
  labelOf: (choice: Choice) => string;
};

/** A select among a fixed list of values (a state, a kind): one is always chosen. */
export function ChoiceSelect<Choice extends string>({
  choices,
  labelOf,
  ...props
}: ChoiceSelectProps<Choice>) {
  return (
    <Select
      allowDeselect={false}
      data={choices.map((choice) => ({ value: choice, label: labelOf(choice) }))}
      {...props}
    />
  );
}
