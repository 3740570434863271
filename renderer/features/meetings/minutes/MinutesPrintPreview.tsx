import { Button, Group, Modal } from '@mantine/core';
import type { MinutesDocument } from '../../../../shared/meetings/minutes/minutesDocument';
import { reportFailure } from '../../../app/notify';
import { PrintRoot } from '../../../app/print/PrintRoot';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import { MinutesView } from './MinutesView';

type MinutesPrintPreviewProps = {
  minutes: MinutesDocument;
  opened: boolean;
  onClose: () => void;
};

/** The print view of the minutes; while it is open, printing (or saving as PDF) prints the minutes. */
export function MinutesPrintPreview({ minutes, opened, onClose }: MinutesPrintPreviewProps) {
  const { t } = useRegia();
  const print = (): void => {
    void reportFailure(t, () =>
      bridge.printToPdf({ title: minutes.title, suggestedName: `${minutes.fileName}.pdf` }),
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={t('minutes.printPreview')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Group mb="md">
        <Button onClick={print}>{t('minutes.savePdf')}</Button>
      </Group>
      <MinutesView minutes={minutes} />
      {opened && (
        <PrintRoot>
          <MinutesView minutes={minutes} />
        </PrintRoot>
      )}
    </Modal>
  );
}
