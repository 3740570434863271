import { Card, List, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { describeAuditEntry } from '../../../shared/overview';
import { formatDateTime } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';
import type { RecentChange } from './overviewReads';

type RecentActivityCardProps = {
  /** The latest audit entries with the records they name, newest first. */
  changes: readonly RecentChange[];
};

/** "Ultime modifiche": each recent change in plain words, in the current language. */
export function RecentActivityCard({ changes }: RecentActivityCardProps) {
  const { t, locale } = useRegia();
  const lines = useMemo(
    () =>
      changes.map(({ entry, record, parent }) => ({
        entry,
        text: describeAuditEntry(locale, entry, record, parent),
      })),
    [changes, locale],
  );
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('overview.recentActivity')}
      </Title>
      {lines.length === 0 ? (
        <Text>{t('overview.noActivity')}</Text>
      ) : (
        <List spacing={2} size="sm">
          {lines.map(({ entry, text }) => (
            <List.Item key={entry.id}>
              {formatDateTime(locale, entry.at)} · {text} · {t(`audit.source.${entry.source}`)}
              {entry.userName ? ` · ${entry.userName}` : ''}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
