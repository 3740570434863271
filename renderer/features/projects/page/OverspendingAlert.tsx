import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { formatEuro, formatShare, type Overspending } from '../../../../shared/projects';
import { useRegia } from '../../../app/RegiaContext';

type OverspendingAlertProps = {
  rows: readonly Overspending[];
  names: ReadonlyMap<string, string>;
};

/** The sources and partners spent beyond their plan, named with their negative residual. */
export function OverspendingAlert({ rows, names }: OverspendingAlertProps) {
  const { t, locale } = useRegia();
  if (rows.length === 0) return null;
  const euro = (cents: number): string => formatEuro(locale, cents / 100);
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('projects.budget.overspentTitle')}
      data-testid="budget-overspent"
    >
      <List size="sm">
        {rows.map((row) => (
          <List.Item key={`${row.kind}-${row.key ?? ''}`}>
            {t(`projects.budget.overspent.${row.kind}`, {
              name:
                row.kind !== 'partner'
                  ? (row.key ?? '')
                  : row.key
                    ? (names.get(row.key) ?? '')
                    : t('projects.wholeProject'),
              spent: euro(row.spentCents),
              planned: euro(row.plannedCents),
              share: row.spentShare === null ? '—' : formatShare(locale, row.spentShare),
              remainder: euro(row.remainderCents),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
