import { useCurrentNetwork } from '../../app/useNetworks';
import { MapWorkspace } from './MapWorkspace';

/** Mappa: who works with whom in the current network. */
export function MapPage() {
  const network = useCurrentNetwork();
  // A new network starts a new map: its own filters, selection and layout.
  return <MapWorkspace key={network.id} network={network} />;
}
