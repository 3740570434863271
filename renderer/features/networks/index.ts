export { openNewNetworkModal } from './openNewNetworkModal';
export { openNetworkRulesModal } from './openNetworkRulesModal';
