import { Group, TextInput, type TextInputProps } from '@mantine/core';
import { isRangeReversed } from '../../../shared/domain/ranges';
import type { Translate } from '../../app/RegiaContext';
import { useT } from '../../app/RegiaContext';

/** The props a form gives one end of a range (`form.getInputProps(...)`). */
type EndProps = Omit<TextInputProps, 'type' | 'label'> & { value?: string };

type RangeInputsProps = {
  /** Days (`yyyy-MM-dd`) or times of day (`HH:mm`). */
  kind: 'date' | 'time';
  startLabel: string;
  endLabel: string;
  startProps: EndProps;
  endProps: EndProps;
};

/** The message for a range whose end comes before its start, or null. */
export function rangeError(
  t: Translate,
  kind: RangeInputsProps['kind'],
  start: string,
  end: string,
): string | null {
  if (kind === 'time')
    return isRangeReversed(start, end, false) ? t('ui.range.endBeforeStart') : null;
  return isRangeReversed(start, end) ? t('ui.range.dateEndBeforeStart') : null;
}

/**
 * A validator for the end field of a `useForm`: refuses an end before the start named by `startOf`.
 */
export function endAfterStart<Values>(
  t: Translate,
  kind: RangeInputsProps['kind'],
  startOf: (values: Values) => string,
): (end: string, values: Values) => string | null {
  return (end, values) => rangeError(t, kind, startOf(values), end);
}

/** Two inputs, start and end, that show at once when the end comes before the start. */
export function RangeInputs({
  kind,
  startLabel,
  endLabel,
  startProps,
  endProps,
}: RangeInputsProps) {
  const t = useT();
  const reversed = rangeError(t, kind, startProps.value ?? '', endProps.value ?? '');
  return (
    <Group grow align="flex-start">
      <TextInput type={kind} label={startLabel} {...startProps} />
      <TextInput type={kind} label={endLabel} {...endProps} error={endProps.error ?? reversed} />
    </Group>
  );
}
