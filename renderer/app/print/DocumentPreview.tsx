import { Button, Group, Modal, Paper } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import type { OfficialDocument } from '../../../shared/documents';
import { bridge } from '../../bridge';
import { notifySuccess, reportFailure } from '../notify';
import { useRegia } from '../RegiaContext';
import { DocumentView } from './DocumentView';
import { PrintedDocument } from './PrintedDocument';

type DocumentPreviewProps = {
  document: OfficialDocument | null;
  /** The dialog's title. */
  title: string;
  /** The label of the button that saves the PDF (prints, in a browser). */
  saveLabel: string;
  /** The PDF's file name, ending in `.pdf`. */
  fileName: string;
  /** The test id of the previewed page. */
  testId?: string;
  onClose: () => void;
};

/**
 * Shows a document as it prints, and prints it: to a tagged PDF in the desktop app, through the
 * print dialog in a browser. While open, only the document is printed.
 */
export function DocumentPreview({
  document,
  title,
  saveLabel,
  fileName,
  testId,
  onClose,
}: DocumentPreviewProps) {
  const { t } = useRegia();
  const save = (printed: OfficialDocument): void => {
    void reportFailure(t, async () => {
      const result = await bridge.printToPdf({ title: printed.title, suggestedName: fileName });
      if (result.saved) notifySuccess(t, t('meetings.convocation.saved', { name: fileName }));
    });
  };
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      size="xl"
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {document && (
        <>
          <Group justify="flex-end" mb="sm">
            <Button leftSection={<IconFileTypePdf size={18} />} onClick={() => save(document)}>
              {saveLabel}
            </Button>
          </Group>
          <Paper withBorder>
            <DocumentView document={document} testId={testId} headingOffset={1} />
          </Paper>
          <PrintedDocument document={document} />
        </>
      )}
    </Modal>
  );
}
