import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import {
  changeCount,
  maxMapWorkbookBytes,
  planMapImport,
  readKumuTables,
} from '../../../shared/map';
import { bridge } from '../../bridge';
import { notifyProblem, notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';
import { applyMapImport } from './applyMapImport';
import { MapImportReview } from './MapImportReview';
import { readImportContext } from './readImportContext';

/** Picks a Kumu workbook, shows what importing it into the network would change, applies it on confirmation. */
export function useMapImport(networkId: string): () => Promise<void> {
  const { t, db, repositories, repositoryContext } = useRegia();
  return useCallback(
    () =>
      reportFailure(t, async () => {
        const file = await bridge.openFile({
          title: t('map.import.title'),
          filters: [{ name: t('map.export.kumu'), extensions: ['xlsx'] }],
        });
        if (!file) return;
        if (file.bytes.byteLength > maxMapWorkbookBytes) {
          notifyProblem(t, t('map.import.tooLarge', { size: maxMapWorkbookBytes / 1024 / 1024 }));
          return;
        }
        const tables = readKumuTables(file.bytes);
        if (!tables) {
          notifyProblem(t, t('map.import.notWorkbook'));
          return;
        }
        const plan = planMapImport(tables, await readImportContext(db, networkId, tables));
        const modalId = modals.open({
          closeButtonProps: { 'aria-label': t('common.close') },
          title: t('map.import.review'),
          size: 'lg',
          children: (
            <MapImportReview
              fileName={file.name}
              plan={plan}
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
      }).then(() => undefined),
    [t, db, repositories, repositoryContext, networkId],
  );
}
