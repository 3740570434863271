import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useRegia } from '../../../app/RegiaContext';
import { ImportReviewModal } from './ImportReviewModal';
import type { PartnerImport } from './usePartnerImport';

type ImportPanelProps = {
  partnerImport: PartnerImport;
  /** Why the last file was refused, in plain language. */
  problem: string | null;
  /** Whether a file is being read. */
  reading: boolean;
  /** Further import buttons (the table import). */
  children?: ReactNode;
};

/** The re-import of returned workbooks: the button, the reading state, the problem, the review. */
export function ImportPanel({ partnerImport, problem, reading, children }: ImportPanelProps) {
  const { t } = useRegia();
  const { prepared } = partnerImport;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('exchange.import.title')}
        </Title>
        <Text size="sm">{t('exchange.import.help')}</Text>
        <Group>
          <Button onClick={partnerImport.open} disabled={reading}>
            {t('exchange.import.partnerWorkbook')}
          </Button>
          {children}
        </Group>
        {reading && (
          <Group gap="xs" aria-live="polite">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{t('exchange.import.reading')}</Text>
          </Group>
        )}
        {problem && (
          <Alert
            color="red"
            title={t('exchange.import.problemTitle')}
            role="alert"
            data-testid="exchange-import-problem"
          >
            {problem}
          </Alert>
        )}
      </Stack>
      {prepared && (
        <ImportReviewModal
          prepared={prepared}
          decisions={partnerImport.decisions}
          applying={partnerImport.applying}
          onDecide={partnerImport.decide}
          onAcceptAll={partnerImport.acceptAllWithoutConflicts}
          onConfirm={partnerImport.confirm}
          onCancel={partnerImport.cancel}
        />
      )}
    </Card>
  );
}
