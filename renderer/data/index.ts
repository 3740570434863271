export { readNetworkMembers, type NetworkMember } from './networkMembers';
export { useNetworkMembers } from './useNetworkMembers';
export {
  freshResult,
  queryMemory,
  readIntoMemory,
  useRememberedQuery,
  type QueryMemory,
} from './useRememberedQuery';
