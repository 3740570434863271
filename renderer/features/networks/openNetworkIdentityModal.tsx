import { modals } from '@mantine/modals';
import type { Network } from '../../../shared/domain';
import type { Translate } from '../../app/RegiaContext';
import { NetworkIdentityForm } from './NetworkIdentityForm';

/** Opens the form of the body that issues the network's documents. */
export function openNetworkIdentityModal(t: Translate, network: Network): void {
  const modalId = modals.open({
    title: t('documents.identity.title'),
    size: 'lg',
    children: <NetworkIdentityForm network={network} onDone={() => modals.close(modalId)} />,
  });
}
