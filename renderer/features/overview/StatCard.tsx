import { Card, Text } from '@mantine/core';

type StatCardProps = {
  label: string;
  value: number;
  /** Read by the end-to-end tests and the benchmark: the number is the card's last paragraph. */
  testId: string;
};

/** One figure of the overview, large. */
export function StatCard({ label, value, testId }: StatCardProps) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Card>
  );
}
