import { useCallback, useState } from 'react';
import type { Action } from '../../../shared/domain';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { bridge } from '../../bridge';
import { actionsWorkbook } from './exportActions';

/** Exports a list of actions to an xlsx file the user saves; `busy` while writing. */
export function useExportActions(): {
  exportActions: (
    actions: readonly Action[],
    names: ReadonlyMap<string, string>,
    today: string,
  ) => void;
  busy: boolean;
} {
  const { t, db, locale } = useRegia();
  const [busy, setBusy] = useState(false);
  const exportActions = useCallback(
    (actions: readonly Action[], names: ReadonlyMap<string, string>, today: string) => {
      setBusy(true);
      void reportFailure(t, async () => {
        const bytes = await actionsWorkbook(
          db,
          actions,
          names,
          locale,
          today,
          t('actions.export.sheet'),
        );
        const result = await bridge.saveFile({
          title: t('actions.export.dialogTitle'),
          suggestedName: `${t('actions.export.fileName')}-${today}.xlsx`,
          filters: [{ name: t('actions.export.filterName'), extensions: ['xlsx'] }],
          bytes,
        });
        if (result.saved) notifySuccess(t, t('actions.export.done', { count: actions.length }));
      }).finally(() => setBusy(false));
    },
    [db, locale, t],
  );
  return { exportActions, busy };
}
