export { openNewNetworkModal } from './openNewNetworkModal';
export { openNetworkRulesModal } from './openNetworkRulesModal';
export { NetworkIdentityForm } from './NetworkIdentityForm';
