import { Badge, Table, Text } from '@mantine/core';
import { actionUrgency, orderOrganizationActions } from '../../../../shared/roster';
import { formatDate } from '../../../app/formatting';
import { useToday } from '../../../app/useToday';
import { actionStatusColor, label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import type { OrganizationRecords } from './useOrganizationRecords';

type ActionsPanelProps = {
  /** The organization's records. */
  records: OrganizationRecords;
};

/** The actions the organization owns or supports: overdue and open ones first. */
export function ActionsPanel({ records }: ActionsPanelProps) {
  const { t, locale } = useRegia();
  const today = useToday();
  const { organization, networks } = records;
  const actions = orderOrganizationActions(records.actions, today);
  const showNetwork = new Set(actions.map((action) => action.networkId)).size > 1;
  if (actions.length === 0) return <Text>{t('roster.actions.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        data-testid="organization-actions-table"
        aria-label={t('roster.actions.tableLabel', { name: organization.name })}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roster.actions.title')}</Table.Th>
            {showNetwork && <Table.Th>{t('roster.field.networkId')}</Table.Th>}
            <Table.Th>{t('roster.actions.involvement')}</Table.Th>
            <Table.Th>{t('roster.actions.dueDate')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td fw={600}>{action.title}</Table.Td>
              {showNetwork && <Table.Td>{networks.get(action.networkId)?.name ?? '—'}</Table.Td>}
              <Table.Td>
                {action.ownerOrganizationId === organization.id
                  ? t('roster.actions.owner')
                  : t('roster.actions.supporting')}
              </Table.Td>
              <Table.Td miw={130}>
                {action.dueDate
                  ? formatDate(locale, action.dueDate, 'd MMM yyyy')
                  : t('roster.actions.noDueDate')}
                {actionUrgency(action, today) === 'overdue' && (
                  <Badge color="red" variant="outline" ml="xs">
                    {t('roster.actions.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td miw={150}>
                <Badge color={actionStatusColor[action.status]} variant="dot">
                  {label.actionStatus(t, action.status)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
