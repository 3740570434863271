import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifySuccess, reportFailure } from '../../app/notify';
import type { Translate } from '../../app/RegiaContext';
import { openFormModal } from '../../ui';
import { RelationshipForm, type RelationshipFormTarget } from './RelationshipForm';

/** Opens the dialog that creates a relationship, or edits one, in a network. */
export function openRelationshipModal(t: Translate, target: RelationshipFormTarget): void {
  openFormModal({
    t,
    title: target.relationship ? t('map.relationship.edit') : t('map.relationship.new'),
    size: 'lg',
    children: <RelationshipForm {...target} />,
  });
}

/** Asks for confirmation, then archives a relationship through `archive` (see useMapCommands). */
export function openArchiveRelationshipModal(
  t: Translate,
  archive: () => Promise<unknown>,
  names: { source: string; target: string },
): void {
  modals.openConfirmModal({
    closeButtonProps: { 'aria-label': t('common.close') },
    title: t('map.relationship.archiveTitle'),
    children: <Text size="sm">{t('map.relationship.archiveText', names)}</Text>,
    labels: { confirm: t('common.archive'), cancel: t('common.cancel') },
    confirmProps: { color: 'red' },
    onConfirm: () =>
      void reportFailure(t, async () => {
        await archive();
        notifySuccess(t, t('map.relationship.archived'));
      }),
  });
}
