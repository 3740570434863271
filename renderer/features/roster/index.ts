export { useNetworkMembers, type NetworkMember } from './useNetworkMembers';
export { openNewOrganizationModal } from './openNewOrganizationModal';
