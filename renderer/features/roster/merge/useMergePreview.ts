import { useLiveQuery } from 'dexie-react-hooks';
import {
  planOrganizationMerge,
  summarizeMergePlan,
  type MergeTableName,
  type MergeTableSummary,
} from '../../../../shared/roster';
import { useRegia } from '../../../app/RegiaContext';
import { loadMergeSources } from './loadMergeSources';

/** What a merge would write, table by table; undefined while reading, null with nothing chosen. */
export function useMergePreview(
  survivorId: string,
  mergedId: string | null,
): Partial<Record<MergeTableName, MergeTableSummary>> | null | undefined {
  const { db } = useRegia();
  return useLiveQuery(async () => {
    if (!mergedId || mergedId === survivorId) return null;
    return summarizeMergePlan(
      planOrganizationMerge(await loadMergeSources(db, survivorId, mergedId)),
    );
  }, [db, survivorId, mergedId]);
}
