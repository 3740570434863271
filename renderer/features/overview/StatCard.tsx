import { Card, Loader, Text } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';

type StatCardProps = {
  label: string;
  /** Undefined while the figure is still being counted. */
  value: number | undefined;
  /** Read by the end-to-end tests and the benchmark: the number is the card's last paragraph. */
  testId: string;
};

/** One figure of the overview, large. */
export function StatCard({ label, value, testId }: StatCardProps) {
  const { t } = useRegia();
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm">{label}</Text>
      {value === undefined ? (
        <Loader size="sm" my="md" aria-label={t('common.loading')} />
      ) : (
        <Text fz={32} fw={700}>
          {value}
        </Text>
      )}
    </Card>
  );
}
