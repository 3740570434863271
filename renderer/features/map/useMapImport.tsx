import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import {
  changeCount,
  gephiPlannerTables,
  maxMapWorkbookBytes,
  planMapImport,
  readMapFile,
  withGephiTables,
  type GephiTables,
  type KumuTables,
} from '../../../shared/map';
import { SpreadsheetError } from '../../../shared/exchange/problems';
import { bridge } from '../../bridge';
import { notifyProblem, notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { applyMapImport } from './applyMapImport';
import { MapImportReview, type MissingTable } from './MapImportReview';
import { readImportContext } from './readImportContext';

/** What has been read so far: a workbook, or Gephi tables from one or two files. */
type Picked = { names: string[]; tables: KumuTables; gephi: GephiTables | null };

/**
 * Picks a Kumu workbook or Gephi's node and edge tables (a zip of both, or one CSV then the
 * other), shows what importing them into the network would change, applies it on confirmation.
 */
export function useMapImport(networkId: string): () => Promise<void> {
  const { t, db, repositories, repositoryContext } = useRegia();
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
      let read: ReturnType<typeof readMapFile>;
      try {
        read = readMapFile(file.name, file.bytes);
      } catch (error) {
        // A file past the spreadsheet input's limits: its message names the limit.
        if (!(error instanceof SpreadsheetError)) throw error;
        notifyProblem(t, t(`exchange.problem.${error.code}`, error.params));
        return null;
      }
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
                await applyMapImport(repositoryContext, repositories, plan, crypto.randomUUID());
                notifySuccess(t, t('map.import.applied', { count: changeCount(plan) }));
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
  }, [t, db, repositories, repositoryContext, networkId]);
}
