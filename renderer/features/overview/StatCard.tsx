import { Card, Loader, Text, UnstyledButton } from '@mantine/core';
import { useRegia } from '../../app/RegiaContext';

type StatCardProps = {
  label: string;
  /** Undefined while the figure is still being counted. */
  value: number | undefined;
  /** Read by the end-to-end tests and the benchmark: the number is the card's last paragraph. */
  testId: string;
  /** Opens the page that lists what the figure counts. */
  onOpen?: () => void;
};

/** One figure of the overview, large; with `onOpen`, a button to the list behind it. */
export function StatCard({ label, value, testId, onOpen }: StatCardProps) {
  const { t } = useRegia();
  const card = (
    <Card withBorder padding="md" data-testid={testId} h="100%">
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
  if (!onOpen) return card;
  return (
    // Named by its visible label and figure, so speech input can say what the screen shows.
    <UnstyledButton onClick={onOpen} w="100%">
      {card}
    </UnstyledButton>
  );
}
