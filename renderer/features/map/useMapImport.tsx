import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import {
  changeCount,
  gephiPlannerTables,
  maxMapWorkbookBytes,
  planMapImport,
  withGephiTables,
  type GephiTables,
  type KumuTables,
} from '../../../shared/map';
import { bridge } from '../../bridge';
import { notifyProblem, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { useBackupActions } from '../backup';
import { commitMapImport } from './applyMapImport';
import { readMapFileInWorker } from './importInWorker';
import { notifyMapImport } from './importNotice';
import { undoMapImport } from './importUndo';
import { MapImportReview, type MissingTable } from './MapImportReview';
import { readImportContext } from './readImportContext';

/** What has been read so far: a workbook, or Gephi tables from one or two files. */
type Picked = { names: string[]; tables: KumuTables; gephi: GephiTables | null };

/**
 * Picks a Kumu workbook or Gephi's node and edge tables (a zip of both, or one CSV then the
 * other), reads it in a worker within the spreadsheet input's limits, shows what importing it
 * into the network would change, and on confirmation makes sure of the day's safety copy,
 * applies it as one batch and offers to undo it.
 */
export function useMapImport(networkId: string): () => Promise<void> {
  const { t, db, repositories, repositoryContext } = useRegia();
  const { writeAutomaticBackup } = useBackupActions();
  return useCallback(() => {
    /** Asks for a file and reads it; null when the user cancels or the file is not a map. */
    const pick = async (): Promise<{ name: string; read: Picked } | null> => {
      const file = await bridge.openFile({
        title: t('map.import.title'),
        filters: [
          { name: t('map.export.kumu'), extensions: ['xlsx'] },
          { name: t('map.import.gephiFiles'), extensions: ['csv', 'zip'] },
        ],
      });
      if (!file) return null;
      if (file.bytes.byteLength > maxMapWorkbookBytes) {
        notifyProblem(t, t('map.import.tooLarge', { size: maxMapWorkbookBytes / 1024 / 1024 }));
        return null;
      }
      const result = await readMapFileInWorker(file.name, file.bytes);
      if (!result.ok) {
        // A file past the spreadsheet input's limits: its message names the limit.
        notifyProblem(t, t(`exchange.problem.${result.problem.code}`, result.problem.params));
        return null;
      }
      const read = result.file;
      if (!read) {
        notifyProblem(t, t('map.import.notWorkbook'));
        return null;
      }
      const picked: Picked =
        read.format === 'kumu'
          ? { names: [file.name], tables: read.tables, gephi: null }
          : { names: [file.name], tables: gephiPlannerTables(read.gephi), gephi: read.gephi };
      return { name: file.name, read: picked };
    };

    const review = async (picked: Picked): Promise<void> => {
      const plan = planMapImport(
        picked.tables,
        await readImportContext(db, networkId, picked.tables),
      );
      const missing: MissingTable | null =
        picked.gephi === null
          ? null
          : !picked.gephi.edges
            ? 'edges'
            : !picked.gephi.nodes
              ? 'nodes'
              : null;
      const addTable = (): void => {
        modals.close(modalId);
        void reportFailure(t, async () => {
          const more = await pick();
          const gephi = more?.read.gephi;
          if (!more || !gephi || !picked.gephi) return;
          const tables = withGephiTables(picked.gephi, gephi);
          await review({
            names: [...picked.names, more.name],
            tables: gephiPlannerTables(tables),
            gephi: tables,
          });
        });
      };
      const modalId = modals.open({
        closeButtonProps: { 'aria-label': t('common.close') },
        title: t('map.import.review'),
        size: 'lg',
        children: (
          <MapImportReview
            fileName={picked.names.join(', ')}
            plan={plan}
            missing={missing}
            onAddTable={addTable}
            onCancel={() => modals.close(modalId)}
            onApply={() => {
              modals.close(modalId);
              void reportFailure(t, async () => {
                const batchId = await commitMapImport(
                  repositoryContext,
                  repositories,
                  plan,
                  () => writeAutomaticBackup('beforeImport'),
                  { networkId, fileName: picked.names.join(', ') },
                );
                notifyMapImport(t, {
                  message: t('map.import.applied', { count: changeCount(plan) }),
                  fileName: picked.names.join(', '),
                  undo: () => undoMapImport(db, repositories, batchId),
                });
              });
            }}
          />
        ),
      });
    };

    return reportFailure(t, async () => {
      const first = await pick();
      if (first) await review(first.read);
    }).then(() => undefined);
  }, [t, db, repositories, repositoryContext, networkId, writeAutomaticBackup]);
}
