import { modals } from '@mantine/modals';
import type { Organization } from '../../../../shared/domain';
import type { Translate } from '../../../app/RegiaContext';
import { MergeForm } from './MergeForm';

/** Opens the dialog that merges a duplicate into the given organization. */
export function openMergeModal(
  t: Translate,
  survivor: Organization,
  mergedId: string | null,
): void {
  const modalId = modals.open({
    title: t('roster.merge.title', { name: survivor.name }),
    size: 'lg',
    closeButtonProps: { 'aria-label': t('common.close') },
    children: (
      <MergeForm
        survivor={survivor}
        initialMergedId={mergedId}
        onDone={() => modals.close(modalId)}
      />
    ),
  });
}
