export { readNetworkMembers, type NetworkMember } from './networkMembers';
export { useNetworkMembers } from './useNetworkMembers';
