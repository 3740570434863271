import { Select } from '@mantine/core';
import { useRegia } from './RegiaContext';
import { reportFailure } from './notify';
import { useNetworks } from './useNetworks';

/** Chooses which of the user's networks every page shows. */
export function NetworkSwitcher() {
  const { t, updateSettings } = useRegia();
  const state = useNetworks();
  if (state.networks.length === 0) return null;
  return (
    <Select
      aria-label={t('network.switcher')}
      placeholder={t('network.switcherPlaceholder')}
      data={state.networks.map((network) => ({ value: network.id, label: network.name }))}
      value={state.current?.id ?? null}
      onChange={(networkId) => {
        if (networkId) void reportFailure(t, () => updateSettings({ currentNetworkId: networkId }));
      }}
      allowDeselect={false}
      w={{ base: 180, sm: 360 }}
      comboboxProps={{ width: 420, position: 'bottom-start' }}
      data-testid="network-switcher"
    />
  );
}
