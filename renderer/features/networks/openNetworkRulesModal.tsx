import { modals } from '@mantine/modals';
import type { Network } from '../../../shared/domain';
import type { Translate } from '../../app/RegiaContext';
import { NetworkRulesForm } from './NetworkRulesForm';

/** Opens the form of the network's meeting rules: quorum, majority, second call and proxies. */
export function openNetworkRulesModal(t: Translate, network: Network): void {
  const modalId = modals.open({
    title: t('rules.title'),
    children: <NetworkRulesForm network={network} onDone={() => modals.close(modalId)} />,
  });
}
