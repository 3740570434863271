export { openNewNetworkModal } from './openNewNetworkModal';
