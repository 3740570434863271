import type { Translate } from '../../app/RegiaContext';
import { openFormModal } from '../../ui';
import type { ActionOrigin } from './actionFormValues';
import { NewActionForm } from './NewActionForm';

/** Opens the form that creates an action in a network, optionally from a meeting's agenda item. */
export function openNewActionModal(t: Translate, networkId: string, origin?: ActionOrigin): void {
  openFormModal({
    t,
    title: t('actions.new'),
    size: 'lg',
    children: <NewActionForm networkId={networkId} origin={origin} />,
  });
}
