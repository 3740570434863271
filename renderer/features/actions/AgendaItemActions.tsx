import { Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { isActionReviewItem } from '../../../shared/actions';
import type { Action, AgendaItem } from '../../../shared/domain';
import { actionStatusColor, label } from '../../app/labels';
import { useRegia } from '../../app/RegiaContext';
import { ActionEditorDrawer } from './ActionEditorDrawer';
import { ActionReview } from './ActionReview';
import { openNewActionModal } from './openNewActionModal';
import { useActionsDecidedOn } from './useActionData';

type AgendaItemActionsProps = {
  networkId: string;
  meetingId: string;
  item: AgendaItem;
};

function ActionLine({ action, onOpen }: { action: Action; onOpen: (id: string) => void }) {
  const { t } = useRegia();
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap">
        <Anchor component="button" type="button" size="sm" onClick={() => onOpen(action.id)}>
          {action.title}
        </Anchor>
        <Badge size="sm" color={actionStatusColor[action.status]} variant="dot">
          {label.actionStatus(t, action.status)}
        </Badge>
      </Group>
    </List.Item>
  );
}

/**
 * Under an agenda item: the button that creates an action decided on it, the actions already
 * decided on it, and, on the item that reviews the actions, what is open or overdue.
 */
export function AgendaItemActions({ networkId, meetingId, item }: AgendaItemActionsProps) {
  const { t } = useRegia();
  const [editing, setEditing] = useState<string | null>(null);
  const decided = useActionsDecidedOn(meetingId, item.id);
  return (
    <Stack gap={4} mt={4} mb="xs">
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconPlus size={14} />}
          aria-label={t('actions.meeting.newFromItem', { title: item.title })}
          onClick={() =>
            openNewActionModal(t, networkId, {
              originMeetingId: meetingId,
              originAgendaItemId: item.id,
            })
          }
        >
          {t('actions.new')}
        </Button>
      </Group>
      {decided && decided.length > 0 && (
        <div data-testid="agenda-item-actions">
          <Text size="xs" fw={600}>
            {t('actions.meeting.fromItem')}
          </Text>
          <List size="sm" spacing={2}>
            {decided.map((action) => (
              <ActionLine key={action.id} action={action} onOpen={setEditing} />
            ))}
          </List>
        </div>
      )}
      {isActionReviewItem(item.title) && <ActionReview networkId={networkId} onOpen={setEditing} />}
      <ActionEditorDrawer actionId={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}
