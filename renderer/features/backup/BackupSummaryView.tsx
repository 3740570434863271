import { List, Stack, Table, Text } from '@mantine/core';
import type { BackupFinding, BackupSummary } from '../../../shared/backup';
import { tableNames } from '../../../shared/domain';
import { tableLabel } from '../../../shared/overview';
import { formatDateTime } from '../../app/formatting';
import { useRegia, type Translate } from '../../app/RegiaContext';
import { schemaUpgradeOf } from './schemaUpgrade';

type BackupSummaryViewProps = {
  /** What the backup holds. */
  summary: BackupSummary;
};

function findingText(t: Translate, finding: BackupFinding): string {
  return finding.kind === 'attachmentSize'
    ? t('backup.finding.attachmentSize', { count: finding.count })
    : t('backup.finding.missingReference', { ...finding });
}

/** What a backup file holds, shown before the user confirms a restore. */
export function BackupSummaryView({ summary }: BackupSummaryViewProps) {
  const { t, locale } = useRegia();
  const filledTables = tableNames.filter((name) => summary.rowCounts[name] > 0);
  const upgradeTo = schemaUpgradeOf(summary);
  return (
    <Stack gap="xs" data-testid="backup-summary">
      <Text>{t('backup.confirmBody')}</Text>
      <Text fw={600}>
        {t('backup.createdAt', {
          date: formatDateTime(locale, summary.createdAt),
          version: summary.appVersion,
        })}
      </Text>
      {summary.baseCreatedAt && (
        <Text>
          {t('backup.incrementalOf', {
            baseDate: formatDateTime(locale, summary.baseCreatedAt),
            date: formatDateTime(locale, summary.createdAt),
          })}
        </Text>
      )}
      <Text>{t('backup.schema', { version: summary.schemaVersion })}</Text>
      {upgradeTo !== null && <Text>{t('backup.schemaUpgrade', { current: upgradeTo })}</Text>}
      <Text>{t('backup.networks', { names: summary.networkNames.join(', ') || '—' })}</Text>
      {summary.findings.length > 0 && (
        <Stack gap={4} data-testid="backup-findings">
          <Text c="orange.8" fw={600}>
            {t('backup.findingsTitle')}
          </Text>
          <List size="sm">
            {summary.findings.map((finding) => (
              <List.Item
                key={`${finding.kind}-${'field' in finding ? `${finding.table}.${finding.field}` : ''}`}
              >
                {findingText(t, finding)}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
      <Table striped withTableBorder fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.table')}</Table.Th>
            <Table.Th ta="right">{t('backup.rows')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {filledTables.map((name) => (
            <Table.Tr key={name}>
              <Table.Td>{tableLabel(name, locale)}</Table.Td>
              <Table.Td ta="right">{summary.rowCounts[name]}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={700}>{t('common.total')}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {summary.totalRows}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
