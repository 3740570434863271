import { useCallback, useState } from 'react';
import { buildImportPlan, planChangeCount } from '../../../../shared/exchange';
import { bridge } from '../../../bridge';
import { notifyError, notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useBackupActions } from '../../backup';
import { importErrorText, problemText } from '../problemText';
import { applyImportPlan } from './applyImport';
import { prepareImport, type PreparedImport } from './prepareImport';

/** The state of re-importing a partner workbook: reading, reviewing, applying. */
export type PartnerImport = {
  reading: boolean;
  prepared: PreparedImport | null;
  decisions: ReadonlyMap<string, boolean>;
  applying: boolean;
  open: () => void;
  decide: (key: string, accepted: boolean) => void;
  acceptAllWithoutConflicts: () => void;
  confirm: () => void;
  cancel: () => void;
};

/**
 * Re-importing a partner workbook as the user lives it: pick a file (read in a worker or
 * utility process), see the review, decide, confirm; then an automatic backup and one
 * transaction. Problems go to `report`, to be shown in the page in plain Italian.
 */
export function usePartnerImport(
  networkId: string,
  report: (problem: string | null) => void,
): PartnerImport {
  const { db, repositories, t } = useRegia();
  const { writeAutomaticBackup } = useBackupActions();
  const [reading, setReading] = useState(false);
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [applying, setApplying] = useState(false);

  const fail = useCallback(
    (error: unknown) => {
      const text = importErrorText(t, error);
      if (text) report(text);
      else notifyError(t, error);
    },
    [t, report],
  );

  const open = useCallback(() => {
    report(null);
    setReading(true);
    void (async () => {
      try {
        const opened = await bridge.openSpreadsheet({ title: t('exchange.import.pickTitle') });
        if (!opened) return;
        if (!opened.result.ok) {
          report(problemText(t, opened.result.problem));
          return;
        }
        setDecisions(new Map());
        setPrepared(
          await prepareImport(db, networkId, opened.name, opened.result.grid, opened.fingerprint),
        );
      } catch (error) {
        fail(error);
      } finally {
        setReading(false);
      }
    })();
  }, [db, networkId, t, fail, report]);

  const confirm = useCallback(() => {
    if (!prepared) return;
    setApplying(true);
    void (async () => {
      try {
        const plan = buildImportPlan(prepared.review, prepared.base, decisions);
        await writeAutomaticBackup('beforeImport');
        await applyImportPlan(db, repositories, plan, {
          networkId,
          fileName: prepared.fileName,
          fingerprint: prepared.fingerprint,
          review: prepared.review,
          stale: prepared.stale,
        });
        setPrepared(null);
        notifySuccess(t, t('exchange.import.done', { count: planChangeCount(plan) }));
      } catch (error) {
        setPrepared(null);
        fail(error);
      } finally {
        setApplying(false);
      }
    })();
  }, [prepared, decisions, db, repositories, networkId, t, writeAutomaticBackup, fail]);

  return {
    reading,
    prepared,
    decisions,
    applying,
    open,
    decide: (key, accepted) => setDecisions((current) => new Map(current).set(key, accepted)),
    acceptAllWithoutConflicts: () =>
      setDecisions((current) => {
        const next = new Map(current);
        for (const item of prepared?.review.items ?? []) {
          if (item.outcome === 'applied' || item.outcome === 'new') next.set(item.key, true);
        }
        return next;
      }),
    confirm,
    cancel: () => setPrepared(null),
  };
}
