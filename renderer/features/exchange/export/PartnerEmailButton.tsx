import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useRegia } from '../../../app/RegiaContext';

type PartnerEmailButtonProps = {
  /** The one partner of a table row (a small icon button), or null for all the partners. */
  partnerName: string | null;
  /** The drafts of this button are being prepared. */
  loading: boolean;
  disabled: boolean;
  /** Prepares the drafts: they are built only now, when the button is pressed. */
  onSend: () => void;
};

/** Prepares the e-mail drafts that send partners their workbooks (one .eml per partner). */
export function PartnerEmailButton({
  partnerName,
  loading,
  disabled,
  onSend,
}: PartnerEmailButtonProps) {
  const { t } = useRegia();
  if (partnerName === null)
    return (
      <Tooltip label={t('documents.ui.workbookDraftsHelp')} multiline w={320}>
        <Button
          variant="default"
          leftSection={<IconMail size={18} />}
          loading={loading}
          disabled={disabled}
          onClick={onSend}
        >
          {t('documents.ui.workbookDrafts')}
        </Button>
      </Tooltip>
    );
  // A row's button names itself through the browser's own title: a floating tooltip on each of
  // thousands of rows costs the page its opening (each one measures its anchor's styles).
  const label = t('documents.ui.workbookDraftFor', { partner: partnerName });
  return (
    <ActionIcon
      variant="light"
      size="md"
      aria-label={label}
      title={label}
      loading={loading}
      disabled={disabled}
      onClick={onSend}
    >
      <IconMail size={16} />
    </ActionIcon>
  );
}
