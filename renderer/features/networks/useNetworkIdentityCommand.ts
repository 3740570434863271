import type { Network } from '../../../shared/domain';
import { notifySuccess, reportFailure } from '../../app/notify';
import { useRegia } from '../../app/RegiaContext';

/** The issuing body of a network's documents, as the identity form edits it. */
export type NetworkIdentity = Pick<
  Network,
  | 'issuerName'
  | 'issuerAddress'
  | 'issuerPec'
  | 'issuerEmail'
  | 'issuerPlace'
  | 'presidentName'
  | 'secretaryName'
  | 'issuerLogo'
>;

/** Saves a network's issuing body (texts trimmed); resolves whether it was saved. */
export function useNetworkIdentityCommand(
  networkId: string,
): (identity: NetworkIdentity) => Promise<boolean> {
  const { t, repositories } = useRegia();
  return async (identity) => {
    let saved = false;
    await reportFailure(t, async () => {
      await repositories.networks.update(networkId, {
        issuerName: identity.issuerName.trim(),
        issuerAddress: identity.issuerAddress.trim(),
        issuerPec: identity.issuerPec.trim(),
        issuerEmail: identity.issuerEmail.trim(),
        issuerPlace: identity.issuerPlace.trim(),
        presidentName: identity.presidentName.trim(),
        secretaryName: identity.secretaryName.trim(),
        issuerLogo: identity.issuerLogo,
      });
      notifySuccess(t, t('documents.identity.saved'));
      saved = true;
    });
    return saved;
  };
}
