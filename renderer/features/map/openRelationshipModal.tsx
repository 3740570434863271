import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { Relationship } from '../../../shared/domain';
import { notifySuccess, reportFailure } from '../../app/notify';
import type { Translate } from '../../app/RegiaContext';
import type { Repositories } from '../../db';
import { RelationshipForm, type RelationshipFormTarget } from './RelationshipForm';

/** Opens the dialog that creates a relationship, or edits one, in a network. */
export function openRelationshipModal(t: Translate, target: RelationshipFormTarget): void {
  const modalId = modals.open({
    closeButtonProps: { 'aria-label': t('common.close') },
    title: target.relationship ? t('map.relationship.edit') : t('map.relationship.new'),
    size: 'lg',
    children: <RelationshipForm {...target} onDone={() => modals.close(modalId)} />,
  });
}

/** Asks for confirmation, then archives a relationship (it stays in the audit log). */
export function openArchiveRelationshipModal(
  t: Translate,
  repositories: Repositories,
  relationship: Relationship,
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
        await repositories.relationships.archive(relationship.id);
        notifySuccess(t, t('map.relationship.archived'));
      }),
  });
}
