import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconBuildingBank,
  IconCalendarEvent,
  IconFileTypeDocx,
  IconFileTypePdf,
  IconMail,
  IconPackage,
  IconSend,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Attachment } from '../../../../shared/domain';
import { agendaOverrun, meetingLength } from '../../../../shared/meetings';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { DocumentPreview } from '../../../app/print';
import { useRegia } from '../../../app/RegiaContext';
import { useToday } from '../../../app/useToday';
import { openNetworkIdentityModal } from '../../networks';
import {
  convocationNames,
  openConvocationEmail,
  saveConvocationDocx,
  saveDelegaForms,
  saveInvitation,
  saveMeetingPack,
} from './convocationExports';
import { attendeeCount, convocationDocumentOf, type ConvocationInputs } from './convocationSource';
import { LetterDetailsForm } from './LetterDetailsForm';
import { useConvocationCommands } from './useConvocationCommands';

type ConvocationToolsProps = {
  inputs: ConvocationInputs;
  attachments: readonly Attachment[];
};

/** Letter details, Word, PDF, delega forms, calendar invitation, the whole pack, the e-mail. */
export function ConvocationTools({ inputs, attachments }: ConvocationToolsProps) {
  const { t } = useRegia();
  const today = useToday();
  const commands = useConvocationCommands();
  const [previewing, setPreviewing] = useState(false);
  const letter = useMemo(
    () => convocationDocumentOf(inputs, attachments, today),
    [inputs, attachments, today],
  );
  const names = convocationNames(t, inputs);
  const recipients = attendeeCount(inputs);
  const overrun = agendaOverrun(inputs.meeting, inputs.items);
  const saved = (name: string): void => notifySuccess(t, t('meetings.convocation.saved', { name }));
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="convocation-heading">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id="convocation-heading">
            {t('meetings.convocation.title')}
          </Title>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconBuildingBank size={16} />}
            onClick={() => openNetworkIdentityModal(t, inputs.network)}
          >
            {t('documents.ui.identity')}
          </Button>
        </Group>
        <Text size="sm">
          {recipients === 0
            ? t('meetings.convocation.noAttendees')
            : t('meetings.convocation.attendees', { count: recipients })}
        </Text>
        {overrun > 0 && (
          <Alert color="yellow" data-testid="agenda-overrun">
            {t('documents.ui.overrun', {
              minutes: overrun,
              end: meetingLength(inputs.meeting, inputs.items).end.time,
            })}
          </Alert>
        )}
        <LetterDetailsForm key={inputs.meeting.rev} meeting={inputs.meeting} />
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
            leftSection={<IconUsers size={18} />}
            onClick={() =>
              void reportFailure(t, async () => {
                const count = await saveDelegaForms(t, inputs);
                if (count !== null) notifySuccess(t, t('documents.ui.delegaSaved', { count }));
              })
            }
          >
            {t('documents.ui.delegaForms')}
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
          <Button
            variant="default"
            leftSection={<IconMail size={18} />}
            onClick={() =>
              void reportFailure(t, async () => {
                const draft = await openConvocationEmail(t, inputs, letter, attachments);
                if (!draft) notifyProblem(t, t('documents.ui.noSender'));
                else if (draft.pdfAttached)
                  notifySuccess(t, t('documents.ui.emailReady', { name: draft.name }));
                else notifySuccess(t, t('documents.ui.emailReadyWithoutPdf', { name: draft.name }));
              })
            }
          >
            {t('documents.ui.emailDraft')}
          </Button>
          {inputs.meeting.status === 'bozza' && (
            <Button
              leftSection={<IconSend size={18} />}
              onClick={() => void commands.markConvoked(inputs.meeting)}
            >
              {t('meetings.convocation.markSent')}
            </Button>
          )}
        </Group>
      </Stack>
      <DocumentPreview
        document={previewing ? letter : null}
        title={t('meetings.convocation.preview')}
        saveLabel={t('meetings.convocation.savePdf')}
        fileName={names.pdf}
        testId="convocation-print"
        onClose={() => setPreviewing(false)}
      />
    </Paper>
  );
}
