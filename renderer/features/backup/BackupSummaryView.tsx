import { Stack, Table, Text } from '@mantine/core';
import type { BackupSummary } from '../../../shared/backup';
import { tableNames } from '../../../shared/domain';
import { formatDateTime } from '../../app/formatting';
import { useRegia } from '../../app/RegiaContext';

type BackupSummaryViewProps = {
  /** What the backup holds. */
  summary: BackupSummary;
};

/** What a backup file holds, shown before the user confirms a restore. */
export function BackupSummaryView({ summary }: BackupSummaryViewProps) {
  const { t, locale } = useRegia();
  const filledTables = tableNames.filter((name) => summary.rowCounts[name] > 0);
  return (
    <Stack gap="xs" data-testid="backup-summary">
      <Text>{t('backup.confirmBody')}</Text>
      <Text fw={600}>
        {t('backup.createdAt', {
          date: formatDateTime(locale, summary.createdAt),
          version: summary.appVersion,
        })}
      </Text>
      <Text>{t('backup.networks', { names: summary.networkNames.join(', ') || '—' })}</Text>
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
              <Table.Td>{name}</Table.Td>
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
