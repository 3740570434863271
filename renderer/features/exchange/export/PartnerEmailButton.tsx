import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import type { Network } from '../../../../shared/domain';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkMember } from '../../../data';
import { usePartnerEmailDrafts } from './usePartnerEmailDrafts';

type PartnerEmailButtonProps = {
  network: Network;
  members: readonly NetworkMember[];
  /** The partners to write to. */
  partnerIds: readonly string[];
  /** The day the workbooks are due back (ISO date). */
  returnBy: string;
  /** The quarter the partners report for (`2026-Q1`). */
  reportingPeriod: string;
  /** The one partner of a table row (a small icon button), or null for all the partners. */
  partnerName: string | null;
  disabled: boolean;
};

/** Prepares the e-mail drafts that send partners their workbooks (one .eml per partner). */
export function PartnerEmailButton({
  network,
  members,
  partnerIds,
  returnBy,
  reportingPeriod,
  partnerName,
  disabled,
}: PartnerEmailButtonProps) {
  const { t } = useRegia();
  const { busy, send } = usePartnerEmailDrafts(network, members);
  const start = (): void => void send(partnerIds, returnBy, reportingPeriod);
  const off = disabled || busy || partnerIds.length === 0 || !returnBy;
  if (partnerName === null)
    return (
      <Tooltip label={t('documents.ui.workbookDraftsHelp')} multiline w={320}>
        <Button
          variant="default"
          leftSection={<IconMail size={18} />}
          loading={busy}
          disabled={off}
          onClick={start}
        >
          {t('documents.ui.workbookDrafts')}
        </Button>
      </Tooltip>
    );
  const label = t('documents.ui.workbookDraftFor', { partner: partnerName });
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="light"
        size="md"
        aria-label={label}
        loading={busy}
        disabled={off}
        onClick={start}
      >
        <IconMail size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
