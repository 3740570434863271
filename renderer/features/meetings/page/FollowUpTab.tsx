import { Anchor, Badge, Loader, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { isOpenAction, isOverdueAction } from '../../../../shared/actions';
import type { Meeting } from '../../../../shared/domain';
import { actionStatusColor, label } from '../../../app/labels';
import { useRegia } from '../../../app/RegiaContext';
import { ActionEditorDrawer, DueDate, useToday } from '../../actions';
import { useFollowUp } from './useMeetingPage';

/** The actions a held meeting created (their origin is this meeting), with their state today. */
export function FollowUpTab({ meeting }: { meeting: Meeting }) {
  const { t } = useRegia();
  const today = useToday();
  const [openActionId, setOpenActionId] = useState<string | null>(null);
  const data = useFollowUp(meeting.id);
  if (!data) return <Loader aria-label={t('common.loading')} />;
  const { actions, itemTitles, ownerNames } = data;
  if (actions.length === 0) {
    return <Text data-testid="follow-up">{t('meetings.followUp.empty')}</Text>;
  }
  const open = actions.filter(isOpenAction).length;
  const overdue = actions.filter((action) => isOverdueAction(action, today)).length;
  const done = actions.filter((action) => action.status === 'completata').length;
  return (
    <Stack data-testid="follow-up">
      <Text fw={600}>
        {t('meetings.followUp.summary', { count: actions.length, open, overdue, done })}
      </Text>
      <Table striped data-testid="follow-up-table" aria-label={t('meetings.followUp.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('meetings.column.title')}</Table.Th>
            <Table.Th>{t('meetings.followUp.item')}</Table.Th>
            <Table.Th>{t('meetings.followUp.owner')}</Table.Th>
            <Table.Th>{t('meetings.followUp.due')}</Table.Th>
            <Table.Th>{t('meetings.column.status')}</Table.Th>
            <Table.Th>{t('meetings.followUp.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td>
                <Anchor component="button" type="button" onClick={() => setOpenActionId(action.id)}>
                  {action.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{itemTitles.get(action.originAgendaItemId ?? '') ?? '—'}</Table.Td>
              <Table.Td>{ownerNames.get(action.ownerOrganizationId ?? '') ?? '—'}</Table.Td>
              <Table.Td>
                <DueDate action={action} today={today} stacked />
              </Table.Td>
              <Table.Td>
                <Badge color={actionStatusColor[action.status]} variant="dot">
                  {label.actionStatus(t, action.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Progress
                  value={action.progress}
                  aria-label={`${t('meetings.followUp.progress')}: ${action.progress}%`}
                  w={80}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ActionEditorDrawer actionId={openActionId} onClose={() => setOpenActionId(null)} />
    </Stack>
  );
}
