import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconPackage,
  IconSend,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Attachment } from '../../../../shared/domain';
import { bridge } from '../../../bridge';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { PrintRoot } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';
import { ConvocationPrint } from './ConvocationPrint';
import {
  convocationNames,
  saveConvocationDocx,
  saveInvitation,
  saveMeetingPack,
} from './convocationExports';
import { attendeeCount, convocationDocumentOf, type ConvocationInputs } from './convocationSource';

type ConvocationPanelProps = {
  inputs: ConvocationInputs;
  attachments: readonly Attachment[];
};

/** The convocation: Word, PDF, calendar invitation, the whole pack, and marking the meeting convocata. */
export function ConvocationPanel({ inputs, attachments }: ConvocationPanelProps) {
  const { t, repositories } = useRegia();
  const [previewing, setPreviewing] = useState(false);
  const letter = useMemo(() => convocationDocumentOf(inputs), [inputs]);
  const names = convocationNames(t, inputs);
  const recipients = attendeeCount(inputs);
  const saved = (name: string): void => notifySuccess(t, t('meetings.convocation.saved', { name }));
  const markConvoked = (): Promise<void | undefined> =>
    reportFailure(t, async () => {
      await repositories.meetings.update(inputs.meeting.id, { status: 'convocata' });
      notifySuccess(t, t('meetings.convocation.marked'));
    });
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="convocation-heading">
      <Stack gap="xs">
        <Title order={2} size="h4" id="convocation-heading">
          {t('meetings.convocation.title')}
        </Title>
        <Text size="sm">
          {recipients === 0
            ? t('meetings.convocation.noAttendees')
            : t('meetings.convocation.attendees', { count: recipients })}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconFileTypeDocx size={18} />}
            onClick={() =>
              void reportFailure(t, async () => {
                if (await saveConvocationDocx(t, inputs, letter)) saved(names.docx);
              })
            }
          >
            {t('meetings.convocation.docx')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileTypePdf size={18} />}
            onClick={() => setPreviewing(true)}
          >
            {t('meetings.convocation.pdf')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconCalendarEvent size={18} />}
            onClick={() =>
              void reportFailure(t, async () => {
                if (await saveInvitation(t, inputs)) saved(names.ics);
              })
            }
          >
            {t('meetings.convocation.ics')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconPackage size={18} />}
            onClick={() =>
              void reportFailure(t, async () => {
                const count = await saveMeetingPack(t, inputs, letter, attachments);
                if (count !== null) {
                  notifySuccess(t, t('meetings.convocation.packSaved', { count }));
                }
              })
            }
          >
            {t('meetings.convocation.pack')}
          </Button>
          {inputs.meeting.status === 'bozza' && (
            <Button leftSection={<IconSend size={18} />} onClick={() => void markConvoked()}>
              {t('meetings.convocation.markSent')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={previewing}
        onClose={() => setPreviewing(false)}
        title={t('meetings.convocation.preview')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Group justify="flex-end">
            <Button
              leftSection={<IconFileTypePdf size={18} />}
              onClick={() =>
                void reportFailure(t, async () => {
                  const result = await bridge.printToPdf({
                    title: letter.subject,
                    suggestedName: names.pdf,
                  });
                  if (result.saved) saved(names.pdf);
                })
              }
            >
              {t('meetings.convocation.savePdf')}
            </Button>
          </Group>
          <Paper withBorder data-testid="convocation-preview">
            <ConvocationPrint letter={letter} />
          </Paper>
        </Stack>
      </Modal>
      {previewing && (
        <PrintRoot>
          <ConvocationPrint letter={letter} />
        </PrintRoot>
      )}
    </Paper>
  );
}
