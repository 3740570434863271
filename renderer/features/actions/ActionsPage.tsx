import { Badge, Button, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { isOverdueAction } from '../../../shared/actions';
import { formatDate, todayIsoDate } from '../../app/formatting';
import { actionStatusColor, label } from '../../app/labels';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { useCurrentNetwork } from '../../app/useNetworks';
import { openNewActionModal } from './openNewActionModal';

/** Azioni: the commitments of the current network, by due date. */
export function ActionsPage() {
  const { t, db, locale } = useRegia();
  const network = useCurrentNetwork();
  const today = todayIsoDate();
  const rows = useLiveQuery(async () => {
    const actions = await db.actions
      .where('[networkId+dueDate]')
      .between([network.id, ''], [network.id, '\uffff'])
      .toArray();
    const undated = await db.actions
      .where('networkId')
      .equals(network.id)
      .filter((action) => action.dueDate === null)
      .toArray();
    const owners = await db.organizations.bulkGet(
      [...actions, ...undated].map((action) => action.ownerOrganizationId ?? ''),
    );
    return [...actions, ...undated]
      .map((action, index) => ({ action, ownerName: owners[index]?.name ?? '—' }))
      .filter(({ action }) => !action.archivedAt);
  }, [db, network.id]);

  return (
    <Stack>
      <PageTitle title={t('actions.title')}>
        <Button
          leftSection={<IconPlus size={18} />}
          onClick={() => openNewActionModal(t, network.id)}
        >
          {t('actions.new')}
        </Button>
      </PageTitle>
      {!rows ? (
        <Loader aria-label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <Text>{t('actions.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover data-testid="actions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('actions.titleField')}</Table.Th>
                <Table.Th>{t('actions.owner')}</Table.Th>
                <Table.Th>{t('actions.dueDate')}</Table.Th>
                <Table.Th>{t('common.status')}</Table.Th>
                <Table.Th>{t('actions.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ action, ownerName }) => (
                <Table.Tr key={action.id}>
                  <Table.Td>{action.title}</Table.Td>
                  <Table.Td>{ownerName}</Table.Td>
                  <Table.Td>
                    {formatDate(locale, action.dueDate, 'd MMM yyyy')}
                    {isOverdueAction(action, today) && (
                      <Badge color="red" variant="light" ml="xs">
                        {t('actions.overdue')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={actionStatusColor[action.status]} variant="dot">
                      {label.actionStatus(t, action.status)}
                    </Badge>
                  </Table.Td>
                  <Table.Td miw={120}>
                    <Progress
                      value={action.progress}
                      aria-label={`${t('actions.progress')} ${action.progress}%`}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
