import { useCallback, useState } from 'react';
import type { Network } from '../../../../shared/domain';
import { notifyProblem, notifySuccess, reportFailure } from '../../../app/notify';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { exportPartnerWorkbooks, type ExportProgress } from './exportWorkbooks';

/** Exporting partner workbooks from the page: the progress to show and the function to start. */
export function useExportWorkbooks(network: Network) {
  const { repositoryContext, t } = useRegia();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const run = useCallback(
    (partnerIds: readonly string[], returnBy: string, reportingPeriod: string) =>
      reportFailure(t, async () => {
        try {
          const outcome = await exportPartnerWorkbooks({
            context: repositoryContext,
            network,
            partnerIds,
            returnBy,
            reportingPeriod,
            today: todayIsoDate(),
            title: t('exchange.export.saveTitle'),
            onProgress: setProgress,
          });
          if (outcome.count === 0 && outcome.skipped.length > 0)
            notifyProblem(t, t('exchange.export.nothing'));
          else if (outcome.saved) {
            const done =
              outcome.location && outcome.count > 1
                ? t('exchange.export.doneWhere', {
                    count: outcome.count,
                    location: outcome.location,
                  })
                : t('exchange.export.done', { count: outcome.count });
            const skipped =
              outcome.skipped.length > 0
                ? ` · ${t('exchange.export.skipped', { names: outcome.skipped.join(', ') })}`
                : '';
            notifySuccess(t, `${done}${skipped}`);
          }
        } finally {
          setProgress(null);
        }
      }),
    [repositoryContext, network, t],
  );
  return { progress, run };
}
