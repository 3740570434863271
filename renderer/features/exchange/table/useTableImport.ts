import { useCallback, useState } from 'react';
import {
  planTableImport,
  readTableRows,
  suggestMapping,
  cellText,
  type Grid,
  type GridSheet,
  type TableField,
  type TablePlan,
} from '../../../../shared/exchange';
import { bridge } from '../../../bridge';
import { notifyError, notifyProblem, notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useBackupActions } from '../../backup';
import { importErrorText, problemText } from '../problemText';
import { applyTableImport, tableImportCounts, type OrganizationChoice } from './applyTableImport';

/** The sheets of a file that hold something, with their index in the file. */
export function dataSheets(grid: Grid): { index: number; sheet: GridSheet }[] {
  return grid.sheets.flatMap((sheet, index) =>
    !sheet.hidden && sheet.rows.length > 0 ? [{ index, sheet }] : [],
  );
}

/** The texts of a sheet's header row (its first non-empty row). */
export function headerTexts(sheet: GridSheet): string[] {
  const header = sheet.rows.find((row) => row.some((cell) => cellText(cell).trim() !== '')) ?? [];
  return header.map((cell) => cellText(cell).trim());
}

/** The state and steps of importing organizations and contacts from any spreadsheet. */
export function useTableImport(networkId: string, report: (problem: string | null) => void) {
  const { db, repositories, t } = useRegia();
  const { writeAutomaticBackup } = useBackupActions();
  const [file, setFile] = useState<{ name: string; grid: Grid } | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<(TableField | null)[]>([]);
  const [addToNetwork, setAddToNetwork] = useState(true);
  const [plan, setPlan] = useState<TablePlan | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<string, OrganizationChoice>>(new Map());
  const [stepProblem, setStepProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseSheet = useCallback((grid: Grid, index: number) => {
    const sheet = grid.sheets[index];
    setSheetIndex(index);
    setMapping(sheet ? suggestMapping(headerTexts(sheet)) : []);
    setPlan(null);
    setStepProblem(null);
  }, []);

  const open = useCallback(() => {
    report(null);
    setBusy(true);
    void (async () => {
      try {
        const opened = await bridge.openSpreadsheet({ title: t('exchange.table.pickTitle') });
        if (!opened) return;
        if (!opened.result.ok) {
          report(problemText(t, opened.result.problem));
          return;
        }
        const { grid } = opened.result;
        const sheets = dataSheets(grid);
        const largest = [...sheets].sort(
          (first, second) => second.sheet.rows.length - first.sheet.rows.length,
        )[0];
        setFile({ name: opened.name, grid });
        chooseSheet(grid, largest?.index ?? 0);
      } catch (error) {
        notifyError(t, error);
      } finally {
        setBusy(false);
      }
    })();
  }, [t, report, chooseSheet]);

  const next = useCallback(() => {
    const sheet = file?.grid.sheets[sheetIndex];
    if (!sheet) return;
    if (!mapping.includes('organizationName')) {
      setStepProblem(t('exchange.table.needName'));
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        const rows = readTableRows(sheet, mapping);
        const [organizations, contacts] = await Promise.all([
          db.organizations.toArray(),
          db.contacts.toArray(),
        ]);
        setChoices(new Map());
        setStepProblem(null);
        setPlan(planTableImport(rows, organizations, contacts));
      } catch (error) {
        const text = importErrorText(t, error);
        if (text) setStepProblem(text);
        else notifyError(t, error);
      } finally {
        setBusy(false);
      }
    })();
  }, [file, sheetIndex, mapping, db, t]);

  const close = useCallback(() => {
    setFile(null);
    setPlan(null);
    setStepProblem(null);
  }, []);

  const confirm = useCallback(() => {
    if (!file || !plan) return;
    const counts = tableImportCounts(plan, choices);
    if (counts.organizations + counts.contacts === 0 && !addToNetwork) {
      notifyProblem(t, t('exchange.table.nothing'));
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        await writeAutomaticBackup('beforeImport');
        await applyTableImport(db, repositories, plan, choices, {
          networkId,
          fileName: file.name,
          addToNetwork,
        });
        notifySuccess(t, t('exchange.table.done', counts));
        close();
      } catch (error) {
        notifyError(t, error);
      } finally {
        setBusy(false);
      }
    })();
  }, [
    file,
    plan,
    choices,
    addToNetwork,
    db,
    repositories,
    networkId,
    t,
    writeAutomaticBackup,
    close,
  ]);

  return {
    file,
    sheetIndex,
    mapping,
    addToNetwork,
    plan,
    choices,
    stepProblem,
    busy,
    open,
    chooseSheet: (index: number) => file && chooseSheet(file.grid, index),
    mapColumn: (column: number, field: TableField | null) =>
      setMapping((current) =>
        current.map((value, index) => (index === column ? field : value === field ? null : value)),
      ),
    setAddToNetwork,
    next,
    back: () => setPlan(null),
    choose: (key: string, choice: OrganizationChoice) =>
      setChoices((current) => new Map(current).set(key, choice)),
    confirm,
    close,
  };
}

/** What the table import hook gives the page. */
export type TableImport = ReturnType<typeof useTableImport>;
