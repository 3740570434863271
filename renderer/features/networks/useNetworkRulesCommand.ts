import type { Network } from '../../../shared/domain';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';

/** The rules of a network's meetings, as the rules form edits them. */
export type NetworkRules = Pick<
  Network,
  | 'quorumRule'
  | 'majorityRule'
  | 'secondCallQuorumRule'
  | 'maxProxiesPerBody'
  | 'proxiesCountForQuorum'
>;

/** Saves a network's meeting rules; resolves whether they were saved. */
export function useNetworkRulesCommand(
  networkId: string,
): (rules: NetworkRules) => Promise<boolean> {
  const { t, repositories } = useRegia();
  return async (rules) => {
    let saved = false;
    await reportFailure(t, async () => {
      await repositories.networks.update(networkId, rules);
      notifySuccess(t, t('rules.saved'));
      saved = true;
    });
    return saved;
  };
}
