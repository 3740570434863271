import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { MapNode } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';

type NodeSearchProps = {
  nodes: MapNode[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
};

/** Finds an organization of the map by name and focuses it; fully usable from the keyboard. */
export function NodeSearch({ nodes, selectedId, onSelect }: NodeSearchProps) {
  const { t } = useRegia();
  return (
    <Select
      label={t('map.search')}
      placeholder={t('map.searchPlaceholder')}
      data={nodes.map((node) => ({ value: node.id, label: node.label }))}
      value={selectedId}
      onChange={onSelect}
      searchable
      clearable
      limit={50}
      nothingFoundMessage={t('map.noNodes')}
      leftSection={<IconSearch size={16} aria-hidden />}
      w={{ base: '100%', sm: 340 }}
    />
  );
}
