import { Select } from '@mantine/core';
import { memo } from 'react';
import { useRegia } from '../../app/RegiaContext';
import { organizationChoiceLimit, type Choice } from './useActionLookups';

type ChoiceFilterProps = {
  label: string;
  /** The choices; a network can have thousands, so only the first ones are listed until typing narrows them. */
  data: readonly Choice[] | readonly string[];
  value: string | null;
  /** Kept the same between renders by the caller, so the select redraws only when its own value or choices change. */
  onChange: (value: string | null) => void;
  testId?: string;
};

/**
 * One searchable select of the filter bar. Memoized: Mantine keeps every option of a select
 * mounted, so redrawing a select of thousands of meetings or organizations on each change of
 * another filter would cost more than the filtering itself.
 */
export const ChoiceFilter = memo(function ChoiceFilter(props: ChoiceFilterProps) {
  const { t } = useRegia();
  return (
    <Select
      label={props.label}
      placeholder={t('actions.filter.any')}
      searchable
      clearable
      data={props.data}
      limit={organizationChoiceLimit}
      value={props.value}
      onChange={props.onChange}
      data-testid={props.testId}
    />
  );
});
