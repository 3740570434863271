import { Fieldset, Group, NumberInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  breakdownDimensions,
  type Indicator,
  type ValueBreakdown,
} from '../../../../shared/domain';
import { breakdownCategories } from '../../../../shared/projects';
import { breakdownCategoryLabel } from '../../../../shared/projects/report/breakdownSection';
import { useRegia } from '../../../app/RegiaContext';

/** The parts typed for a value, by dimension then category; an empty field is no part. */
export type BreakdownEntries = Partial<Record<string, Record<string, number | string>>>;

/** No part typed yet: an empty set of fields for every dimension (the form sets paths inside them). */
export function emptyBreakdownEntries(): BreakdownEntries {
  return Object.fromEntries(breakdownDimensions.map((dimension) => [dimension, {}]));
}

/** The parts typed in the fields, as stored: only the categories with a number. */
export function breakdownsOf(indicator: Indicator, entries: BreakdownEntries): ValueBreakdown[] {
  return indicator.breakdownDimensions.flatMap((dimension) =>
    breakdownCategories[dimension].flatMap((category) => {
      const typed = entries[dimension]?.[category];
      return typeof typed === 'number' ? [{ dimension, category, value: typed }] : [];
    }),
  );
}

type BreakdownInputsProps<Values extends { breakdowns: BreakdownEntries }> = {
  indicator: Indicator;
  form: UseFormReturnType<Values>;
};

/** One number field per category of each dimension the indicator is broken down by. */
export function BreakdownInputs<Values extends { breakdowns: BreakdownEntries }>({
  indicator,
  form,
}: BreakdownInputsProps<Values>) {
  const { t } = useRegia();
  if (indicator.breakdownDimensions.length === 0) return null;
  return (
    <>
      {indicator.breakdownDimensions.map((dimension) => (
        <Fieldset key={dimension} legend={t(`projects.breakdown.dimension.${dimension}`)} p="xs">
          <Group align="flex-end" gap="xs">
            {breakdownCategories[dimension].map((category) => (
              <NumberInput
                key={category}
                label={breakdownCategoryLabel(t, dimension, category)}
                min={0}
                allowNegative={false}
                allowDecimal={false}
                w={130}
                {...form.getInputProps(`breakdowns.${dimension}.${category}`)}
              />
            ))}
          </Group>
        </Fieldset>
      ))}
    </>
  );
}
