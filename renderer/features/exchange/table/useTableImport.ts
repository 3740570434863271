import { useCallback, useMemo, useState } from 'react';
import {
  cellText,
  listFileValues,
  noValueChoices,
  planTableImport,
  readTableRows,
  recordedTableCount,
  suggestMapping,
  tableChangeCount,
  tableImportCount,
  type FileValue,
  type Grid,
  type GridSheet,
  type OrganizationChoice,
  type TableField,
  type TableImportCount,
  type TablePlan,
  type ValueChoices,
} from '../../../../shared/exchange';
import { membershipRoles, organizationTypes } from '../../../../shared/domain';
import { bridge } from '../../../bridge';
import { notifyError, notifyProblem, notifySuccess } from '../../../app/notify';
import { useRegia } from '../../../app/RegiaContext';
import { useBackupActions } from '../../backup';
import { importErrorText, problemText } from '../problemText';
import { applyTableImport, readTablePlanningData } from './applyTableImport';
import { tableCountText } from './tableCountText';

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

/** The choices with one more: the Regia value chosen for one text of the file (ignored if not in its list). */
export function withValueChoice(
  current: ValueChoices,
  value: FileValue,
  chosen: string,
): ValueChoices {
  if (value.field === 'organizationType') {
    const type = organizationTypes.find((candidate) => candidate === chosen);
    return type
      ? { ...current, organizationType: new Map(current.organizationType).set(value.key, type) }
      : current;
  }
  const role = membershipRoles.find((candidate) => candidate === chosen);
  return role
    ? { ...current, membershipRole: new Map(current.membershipRole).set(value.key, role) }
    : current;
}

/** The state and steps of importing organizations and contacts from any spreadsheet. */
export function useTableImport(networkId: string, report: (problem: string | null) => void) {
  const { db, repositories, t } = useRegia();
  const { writeAutomaticBackup } = useBackupActions();
  const [file, setFile] = useState<{ name: string; grid: Grid } | null>(null);
  const [sheetIndex, setSheetIndex] = useState(0);
  const [mapping, setMapping] = useState<(TableField | null)[]>([]);
  const [addToNetwork, setAddToNetwork] = useState(true);
  const [valueChoices, setValueChoices] = useState<ValueChoices>(noValueChoices);
  const [plan, setPlan] = useState<TablePlan | null>(null);
  const [memberIds, setMemberIds] = useState<ReadonlySet<string>>(new Set());
  const [choices, setChoices] = useState<ReadonlyMap<string, OrganizationChoice>>(new Map());
  const [stepProblem, setStepProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const chooseSheet = useCallback((grid: Grid, index: number) => {
    const sheet = grid.sheets[index];
    setSheetIndex(index);
    setMapping(sheet ? suggestMapping(headerTexts(sheet)) : []);
    setValueChoices(noValueChoices);
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
        const rows = readTableRows(sheet, mapping, valueChoices);
        const read = await readTablePlanningData(db, networkId);
        setChoices(new Map());
        setStepProblem(null);
        setMemberIds(read.memberIds);
        setPlan(planTableImport(rows, read.organizations, read.contacts));
      } catch (error) {
        const text = importErrorText(t, error);
        if (text) setStepProblem(text);
        else notifyError(t, error);
      } finally {
        setBusy(false);
      }
    })();
  }, [file, sheetIndex, mapping, valueChoices, db, networkId, t]);

  const sheet = file?.grid.sheets[sheetIndex];
  const fileValues = useMemo<FileValue[]>(
    () => (sheet ? listFileValues(sheet, mapping) : []),
    [sheet, mapping],
  );
  const count = useMemo<TableImportCount | null>(
    () => (plan ? tableImportCount(plan, choices, { addToNetwork, memberIds }) : null),
    [plan, choices, addToNetwork, memberIds],
  );

  const close = useCallback(() => {
    setFile(null);
    setPlan(null);
    setStepProblem(null);
  }, []);

  const confirm = useCallback(() => {
    if (!file || !plan || !count) return;
    if (tableChangeCount(count) === 0) {
      notifyProblem(t, t('exchange.table.nothing'));
      return;
    }
    setBusy(true);
    void (async () => {
      try {
        await writeAutomaticBackup('beforeImport');
        const batch = await applyTableImport(db, repositories, plan, choices, {
          networkId,
          fileName: file.name,
          addToNetwork,
        });
        const done = recordedTableCount(batch.baseSnapshot) ?? count;
        notifySuccess(t, t('exchange.table.done', { outcome: tableCountText(t, done) }));
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
    count,
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
    fileValues,
    valueChoices,
    addToNetwork,
    plan,
    count,
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
    chooseValue: (value: FileValue, chosen: string) =>
      setValueChoices((current) => withValueChoice(current, value, chosen)),
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
