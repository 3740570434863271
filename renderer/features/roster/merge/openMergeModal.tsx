import type { Organization } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { openFormModal } from '../../../ui';
import { MergeForm } from './MergeForm';

/** Opens the dialog that merges a duplicate into the given organization. */
export function openMergeModal(
  t: Translate,
  survivor: Organization,
  mergedId: string | null,
): void {
  openFormModal({
    t,
    title: t('roster.merge.title', { name: survivor.name }),
    size: 'lg',
    children: <MergeForm survivor={survivor} initialMergedId={mergedId} />,
  });
}
