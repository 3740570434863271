import { modals } from '@mantine/modals';
import type { Translate } from '../../app/RegiaContext';
import type { ActionOrigin } from './actionFormValues';
import { NewActionForm } from './NewActionForm';

/** Opens the form that creates an action in a network, optionally from a meeting's agenda item. */
export function openNewActionModal(t: Translate, networkId: string, origin?: ActionOrigin): void {
  const modalId = modals.open({
    title: t('actions.new'),
    size: 'lg',
    closeButtonProps: { 'aria-label': t('common.close') },
    children: (
      <NewActionForm networkId={networkId} origin={origin} onDone={() => modals.close(modalId)} />
    ),
  });
}
