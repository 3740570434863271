import { useCallback, useState } from 'react';
import { issuerMailboxOf } from '../../../../shared/documents';
import type { Network } from '../../../../shared/domain';
import { todayIsoDate } from '../../../app/formatting';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import type { NetworkMember } from '../../../data';
import { exportPartnerWorkbooks } from './exportWorkbooks';
import { deliverAsEmailDrafts, partnersWithoutAddress } from './partnerEmailDrafts';

/**
 * Sending partners their workbooks as e-mail drafts: each workbook is exported (and its export
 * recorded, as by "Esporta") once the drafts are handed over. `busy` while it works.
 */
export function usePartnerEmailDrafts(network: Network, members: readonly NetworkMember[]) {
  const { repositoryContext, t, locale } = useRegia();
  const [busy, setBusy] = useState(false);
  const send = useCallback(
    (partnerIds: readonly string[], returnBy: string, reportingPeriod: string) =>
      reportFailure(t, async () => {
        const coordinator =
          members.find((member) => member.organization.id === network.coordinatingOrganizationId)
            ?.organization ?? null;
        const sender = issuerMailboxOf(network, coordinator);
        if (!sender.address) {
          notifyProblem(t, t('documents.ui.noSender'));
          return;
        }
        setBusy(true);
        const today = todayIsoDate();
        let unaddressed: string[] = [];
        try {
          const outcome = await exportPartnerWorkbooks({
            context: repositoryContext,
            network,
            partnerIds,
            returnBy,
            today,
            reportingPeriod,
            title: t('documents.ui.workbookDrafts'),
            onProgress: () => undefined,
            deliver: (workbooks) => {
              unaddressed = partnersWithoutAddress(workbooks);
              return deliverAsEmailDrafts(
                {
                  locale,
                  networkName: network.name,
                  sender,
                  returnBy,
                  title: t('documents.ui.workbookDrafts'),
                  archiveName: `bozze-email-schede-${today}.zip`,
                },
                workbooks,
              );
            },
          });
          if (outcome.count === 0 && outcome.skipped.length > 0) {
            notifyProblem(t, t('exchange.export.nothing'));
            return;
          }
          if (!outcome.saved) return;
          const notes = [
            outcome.count === 1 && outcome.location
              ? t('documents.ui.workbookDraftReady', { name: outcome.location })
              : outcome.location
                ? t('documents.ui.workbookDraftsSavedWhere', {
                    count: outcome.count,
                    location: outcome.location,
                  })
                : t('documents.ui.workbookDraftsSaved', { count: outcome.count }),
            unaddressed.length > 0 &&
              t('documents.ui.noAddress', { names: unaddressed.join(', ') }),
            outcome.skipped.length > 0 &&
              t('exchange.export.skipped', { names: outcome.skipped.join(', ') }),
          ];
          notifySuccess(t, notes.filter(Boolean).join(' · '));
        } finally {
          setBusy(false);
        }
      }),
    [repositoryContext, network, members, t, locale],
  );
  return { busy, send };
}
