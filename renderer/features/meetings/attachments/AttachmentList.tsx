import { ActionIcon, Anchor, Group, Text } from '@mantine/core';
import { IconFile, IconX } from '@tabler/icons-react';
import type { Attachment } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import { useAttachmentCommands } from './useAttachmentCommands';

type AttachmentListProps = {
  /** The item's title, for the list's accessible name. */
  title: string;
  attachments: readonly Attachment[];
};

const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The documents of an agenda item: open each with the system's application, or remove it. */
export function AttachmentList({ title, attachments }: AttachmentListProps) {
  const { t } = useRegia();
  const commands = useAttachmentCommands();
  if (attachments.length === 0) return null;
  return (
    <ul
      aria-label={t('meetings.attachments.label', { title })}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      data-testid="agenda-attachments"
    >
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <Group gap={4} wrap="nowrap">
            <IconFile size={16} aria-hidden />
            <Anchor
              component="button"
              type="button"
              size="sm"
              aria-label={t('meetings.attachments.open', { name: attachment.fileName })}
              onClick={() => commands.open(attachment)}
            >
              {attachment.fileName}
            </Anchor>
            <Text size="xs">{sizeText(attachment.sizeBytes)}</Text>
            <ActionIcon
              size="sm"
              variant="subtle"
              color="gray"
              aria-label={t('meetings.attachments.remove', { name: attachment.fileName })}
              onClick={() => commands.remove(attachment)}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        </li>
      ))}
    </ul>
  );
}
