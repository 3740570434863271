import {
  Alert,
  Button,
  Divider,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import { IconFileTypeDocx, IconPrinter, IconSend } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Meeting } from '../../../../shared/domain';
import { buildMinutesDocument } from '../../../../shared/meetings/minutes/minutesModel';
import { useRegia } from '../../../app/RegiaContext';
import { useMeetingRecord } from '../live/useMeetingRecord';
import { AmendmentForm } from './AmendmentForm';
import { MinutesApproval } from './MinutesApproval';
import { MinutesEditor } from './MinutesEditor';
import { DocumentPreview, DocumentView } from '../../../app/print';
import { useMeetingAttachments } from '../attachments/useMeetingAttachments';
import { minutesEmailParties, minutesOfficialDocument } from './minutesOfficialDocument';
import { isMinutesLocked } from './minutesWrites';
import { useMinutesExport } from './useMinutesExport';
import { useReviewedActions } from './useReviewedActions';

/** The minutes (verbale): editor, DOCX and PDF, approval and amendments. */
export function MinutesTab({ meeting }: { meeting: Meeting }) {
  const { t, locale } = useRegia();
  const record = useMeetingRecord(meeting);
  const reviewed = useReviewedActions(meeting, record);
  const [previewing, setPreviewing] = useState(false);
  const minutes = useMemo(
    () =>
      record && reviewed !== undefined
        ? buildMinutesDocument(
            {
              ...record,
              meeting,
              organizations: reviewed
                ? new Map([...reviewed.organizations, ...record.organizations])
                : record.organizations,
              approvedIn:
                record.meetings.find((other) => other.id === meeting.minutesApprovedInMeetingId) ??
                null,
              actionReview: reviewed?.review,
            },
            locale,
          )
        : null,
    [record, reviewed, meeting, locale],
  );
  const attachments = useMeetingAttachments(meeting.id);
  const official = useMemo(
    () =>
      record && minutes && attachments
        ? minutesOfficialDocument(locale, minutes, meeting, record, attachments)
        : null,
    [record, minutes, meeting, attachments, locale],
  );
  const parties = useMemo(
    () =>
      record && official
        ? minutesEmailParties(locale, record, official.letterhead?.name ?? '')
        : null,
    [record, official, locale],
  );
  const { exportDocx, sendDraft } = useMinutesExport(
    meeting,
    official,
    minutes?.fileName ?? '',
    parties,
  );
  if (!record || !minutes || !official) return <Loader aria-label={t('common.loading')} />;
  const locked = isMinutesLocked(meeting);
  return (
    <Stack data-testid="minutes">
      <Paper withBorder p="sm">
        <Stack gap="sm">
          <Group gap="xs">
            <Button leftSection={<IconFileTypeDocx size={16} />} onClick={exportDocx}>
              {t('minutes.exportDocx')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              onClick={() => setPreviewing(true)}
            >
              {t('minutes.printPdf')}
            </Button>
            {!locked && (
              <Button variant="default" leftSection={<IconSend size={16} />} onClick={sendDraft}>
                {t('minutes.sendDraft')}
              </Button>
            )}
          </Group>
          <MinutesApproval meeting={meeting} meetings={record.meetings} />
        </Stack>
      </Paper>
      {locked && <Alert color="gray">{t('minutes.lockedHint')}</Alert>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('minutes.editor')}
          </Title>
          <MinutesEditor meeting={meeting} items={record.items} locked={locked} />
          {locked && (
            <>
              <Divider />
              <AmendmentForm meeting={meeting} meetings={record.meetings} />
            </>
          )}
        </Stack>
        <Paper withBorder p="md" aria-label={t('minutes.preview')} component="section">
          <DocumentView document={official} testId="minutes-view" headingOffset={1} />
        </Paper>
      </SimpleGrid>
      <DocumentPreview
        document={previewing ? official : null}
        title={t('minutes.printPreview')}
        saveLabel={t('minutes.savePdf')}
        fileName={`${minutes.fileName}.pdf`}
        onClose={() => setPreviewing(false)}
      />
    </Stack>
  );
}
