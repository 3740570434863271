import { Text } from '@mantine/core';
import { isOpenAction, isOverdueAction, relativeDueLabel } from '../../../shared/actions';
import type { Action } from '../../../shared/domain';
import { formatDate } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

// Red that keeps 4.5:1 on white and striped rows in light, and on the dark background in dark.
const overdueColor = 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))';

type DueDateProps = {
  action: Pick<Action, 'status' | 'dueDate'>;
  today: string;
  /** Shows the date itself before the relative words. */
  withDate?: boolean;
  /** Puts the relative words on a second, smaller line. */
  stacked?: boolean;
  /** The text size of the single-line form. */
  size?: 'xs' | 'sm';
};

/** A due date with "scade tra 3 giorni" / "scaduta da 2 settimane"; red when overdue. */
export function DueDate(props: DueDateProps) {
  const { action, today, withDate = true, stacked = false, size = 'sm' } = props;
  const { t, locale } = useRegia();
  if (action.dueDate === null) return <Text size={size}>{t('actions.noDueDate')}</Text>;
  const overdue = isOverdueAction(action, today);
  const relative = isOpenAction(action) ? relativeDueLabel(action.dueDate, today, locale) : '';
  const color = overdue ? { color: overdueColor } : undefined;
  if (stacked) {
    return (
      <div style={{ minWidth: 0 }}>
        <Text size="sm" truncate>
          {formatDate(locale, action.dueDate, 'd MMM yyyy')}
        </Text>
        <Text size="xs" truncate fw={overdue ? 600 : undefined} style={color}>
          {relative}
        </Text>
      </div>
    );
  }
  return (
    <Text size="sm" truncate fw={overdue ? 600 : undefined} style={color}>
      {withDate && formatDate(locale, action.dueDate, 'd MMM yyyy')}
      {withDate && relative && ' · '}
      {relative}
    </Text>
  );
}
