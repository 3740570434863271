import type { Attachment } from '../../../../shared/domain';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { openAttachment } from './attachmentFiles';
import { removeAttachment } from './attachmentWrites';

/** What a person does with a meeting's document. */
export type AttachmentCommands = {
  open: (attachment: Attachment) => void;
  remove: (attachment: Attachment) => void;
};

/** Opens a meeting's documents and removes them, telling the user how it went. */
export function useAttachmentCommands(): AttachmentCommands {
  const { t, db, repositories } = useRegia();
  return {
    open: (attachment) => void reportFailure(t, () => openAttachment(attachment)),
    remove: (attachment) =>
      void reportFailure(t, async () => {
        await removeAttachment({ db, repositories }, attachment.id);
        notifySuccess(t, t('meetings.attachments.removed'));
      }),
  };
}
