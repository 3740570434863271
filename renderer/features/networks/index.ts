export { openNewNetworkModal } from './openNewNetworkModal';
export { openNetworkIdentityModal } from './openNetworkIdentityModal';
export { openNetworkRulesModal } from './openNetworkRulesModal';
export { NetworkIdentityForm } from './NetworkIdentityForm';
