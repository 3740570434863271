import { useCallback, useMemo, useState } from 'react';
import { notAcceptedLines, writeNotAcceptedWorkbook } from '../../../../shared/exchange';
import { notifySuccess, reportFailure } from '../../../app/notify';
import { todayIsoDate } from '../../../app/formatting';
import { useRegia } from '../../../app/RegiaContext';
import { bridge } from '../../../bridge';
import type { PreparedImport } from './prepareImport';

/** The file back to the partner of a review: how many lines it holds and how to save it. */
export function useNotAcceptedFile(
  prepared: PreparedImport,
  decisions: ReadonlyMap<string, boolean>,
): { count: number; saving: boolean; save: () => void } {
  const { t } = useRegia();
  const [saving, setSaving] = useState(false);
  const count = useMemo(
    () => notAcceptedLines(prepared.review, decisions).length,
    [prepared.review, decisions],
  );
  const save = useCallback(() => {
    setSaving(true);
    void reportFailure(t, async () => {
      const today = todayIsoDate();
      const bytes = writeNotAcceptedWorkbook(prepared.review, decisions, {
        fileName: prepared.fileName,
        reviewedOn: today,
      });
      const partner = prepared.review.partnerName.replace(/[^\p{L}\p{N}]+/gu, '-');
      const result = await bridge.saveFile({
        title: t('exchange.notAccepted.download'),
        suggestedName: `${t('exchange.notAccepted.fileName')}-${partner}-${today}.xlsx`,
        filters: [{ name: t('exchange.notAccepted.filterName'), extensions: ['xlsx'] }],
        bytes,
      });
      if (result.saved) notifySuccess(t, t('exchange.notAccepted.saved'));
    }).finally(() => setSaving(false));
  }, [prepared, decisions, t]);
  return { count, saving, save };
}
