import { Card, Group, List, Loader, Stack, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/domain';
import { changedFields } from '../../../../shared/roster';
import { formatDateTime } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { contactFullName } from '../../../../shared/roster';
import { historyFieldLabel, historyValue, type HistoryValueContext } from './historyValues';
import { useOrganizationHistory } from './useOrganizationHistory';
import type { OrganizationRecords } from './useOrganizationRecords';

type HistoryPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** Every change to the organization, its contacts and memberships: who, when, field by field. */
export function HistoryPanel({ records }: HistoryPanelProps) {
  const { t, locale } = useRegia();
  const history = useOrganizationHistory(records);
  if (!history) return <Loader aria-label={t('common.loading')} />;
  if (history.entries.length === 0) return <Text>{t('roster.history.empty')}</Text>;
  const contactNames = new Map(
    records.contacts.map((contact) => [contact.id, contactFullName(contact)]),
  );
  const membershipNetworks = new Map(
    records.memberships.map((membership) => [
      membership.id,
      records.networks.get(membership.networkId)?.name ?? '',
    ]),
  );
  const recordLabel = (entry: AuditEntry): string => {
    if (entry.table === 'contacts') {
      return t('roster.history.record.contacts', { name: contactNames.get(entry.recordId) ?? '' });
    }
    if (entry.table === 'memberships') {
      return t('roster.history.record.memberships', {
        name: membershipNetworks.get(entry.recordId) ?? '',
      });
    }
    return t('roster.history.record.organizations');
  };

  return (
    <Stack
      component="ol"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('roster.history.listLabel')}
      data-testid="organization-history"
    >
      {history.entries.map((entry) => {
        const context: HistoryValueContext = {
          t,
          locale,
          table: entry.table,
          networks: records.networks,
          organizationNames: history.organizationNames,
          contactNames,
        };
        const changes =
          entry.operation === 'archive' || entry.operation === 'restore'
            ? changedFields(entry.before, entry.after).filter(
                (change) => change.field === 'archivedAt',
              )
            : changedFields(entry.before, entry.after);
        return (
          <Card component="li" withBorder padding="sm" key={entry.id}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text fw={700}>
                {t(`roster.history.operation.${entry.operation}`)} · {recordLabel(entry)}
              </Text>
              <Text size="sm">
                {formatDateTime(locale, entry.at)} ·{' '}
                {t('roster.history.by', {
                  user: entry.userName || t('roster.history.unknownUser'),
                  source: t(`roster.history.source.${entry.source}`),
                })}
              </Text>
            </Group>
            {changes.length === 0 ? (
              <Text size="sm">{t('roster.history.noVisibleChange')}</Text>
            ) : (
              <List size="sm" mt={4} spacing={2}>
                {changes.map((change) => (
                  <List.Item key={change.field}>
                    <Text span fw={600} size="sm">
                      {historyFieldLabel(t, change.field)}:
                    </Text>{' '}
                    {entry.operation === 'create'
                      ? ''
                      : `${historyValue(context, change.field, change.before)} → `}
                    {historyValue(context, change.field, change.after)}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
