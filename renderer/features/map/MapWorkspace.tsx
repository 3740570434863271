import { Button, Collapse, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFileImport, IconFilter, IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapView, Network } from '../../../shared/domain';
import {
  activeFilterCount,
  defaultMapFilters,
  defaultSizeMeasure,
  deriveNetworkMap,
  filterOptionsOf,
  initialMapFilters,
  nodeSizes,
  parseMapViewSettings,
  storedMapViewSettings,
  type MapFilters,
  type Positions,
  type SizeMeasure,
} from '../../../shared/map';
import { todayIsoDate } from '../../app/formatting';
import { notifySuccess } from '../../app/notify';
import { PageTitle } from '../../app/PageTitle';
import { useRegia } from '../../app/RegiaContext';
import { CanvasErrorBoundary } from './CanvasErrorBoundary';
import { prepareLayoutWorker } from './layoutRunner';
import { MapCanvas } from './MapCanvas';
import { MapCanvasControls } from './MapCanvasControls';
import type { LayoutState, MapController } from './mapController';
import { MapExportMenu } from './MapExportMenu';
import { MapFiltersPanel } from './MapFiltersPanel';
import { MapSidePanel } from './MapSidePanel';
import { NodeSearch } from './NodeSearch';
import { MapTables } from './MapTables';
import { openRelationshipModal } from './openRelationshipModal';
import { SavedViews } from './SavedViews';
import { useLayoutCache } from './useLayoutCache';
import { useMapImport } from './useMapImport';
import { useMapMeasures } from './useMapMeasures';
import { useMapSource } from './useMapSource';

/** A number from a network's id, so its map is first placed the same way on every machine. */
const seedOf = (id: string): number => Number.parseInt(id.slice(0, 8), 16) || 1;

/** The map of one network with its filters, panels, tables, saved maps and files. */
export function MapWorkspace({ network }: { network: Network }) {
  const { t } = useRegia();
  // The layout worker starts while the network is read, not once the map is drawn.
  useEffect(prepareLayoutWorker, []);
  const source = useMapSource(network.id);
  const cache = useLayoutCache(network.id);
  // Null until the network is read: a large network opens with its derived links thinned.
  const [filters, setFilters] = useState<MapFilters | null>(null);
  useEffect(() => {
    if (!source || filters !== null) return;
    performance.mark('regia:map-data-loaded');
    setFilters(initialMapFilters(source));
  }, [source, filters]);
  const [sizeBy, setSizeBy] = useState<SizeMeasure>(defaultSizeMeasure);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewId, setViewId] = useState<string | null>(null);
  const [layoutState, setLayoutState] = useState<LayoutState>('pending');
  const controllerRef = useRef<MapController | null>(null);
  const importMap = useMapImport(network.id);
  const [filtersOpened, { toggle: toggleFilters }] = useDisclosure(false);

  const model = useMemo(
    () => (source && filters ? deriveNetworkMap(source, filters) : null),
    [source, filters],
  );
  const measures = useMapMeasures(model, layoutState === 'settled');
  const sizes = useMemo(
    () => (model ? nodeSizes(model, measures, sizeBy) : {}),
    [model, measures, sizeBy],
  );
  const options = useMemo(
    () => (source ? filterOptionsOf(source, todayIsoDate()) : null),
    [source],
  );
  const selectedNode = model?.nodes.find((node) => node.id === selectedId) ?? null;

  const changeFilters = useCallback((next: MapFilters) => {
    setFilters(next);
    setViewId(null);
  }, []);
  const openView = (view: MapView): void => {
    const settings = parseMapViewSettings(view.filters);
    controllerRef.current?.usePositions(view.positions);
    setFilters(settings.filters);
    setSizeBy(settings.sizeBy);
    setViewId(view.id);
    notifySuccess(t, t('map.views.opened', { name: view.name }));
  };
  const newRelationship = (sourceOrganizationId?: string): void =>
    openRelationshipModal(t, { networkId: network.id, sourceOrganizationId });
  const keepPositions = cache.keep;
  const onPositionsChanged = useCallback(
    (positions: Positions) => keepPositions(positions),
    [keepPositions],
  );

  const recordedCount = model?.edges.filter((edge) => edge.origin === 'relationship').length ?? 0;
  const derivedCount = (model?.edges.length ?? 0) - recordedCount;

  return (
    <Stack>
      <PageTitle title={t('map.title')}>
        <Button leftSection={<IconPlus size={18} />} onClick={() => newRelationship()}>
          {t('map.relationship.new')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileImport size={18} />}
          onClick={() => void importMap()}
        >
          {t('map.import')}
        </Button>
        <MapExportMenu
          snapshot={() => ({
            model: model ?? { nodes: [], edges: [] },
            positions: controllerRef.current?.currentPositions() ?? {},
            sizes,
            measures,
            title: `${t('map.title')} – ${network.name}`,
          })}
        />
      </PageTitle>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <NodeSearch
          nodes={model?.nodes ?? []}
          selectedId={selectedNode?.id ?? null}
          onSelect={setSelectedId}
        />
        <SavedViews
          networkId={network.id}
          currentViewId={viewId}
          onOpen={openView}
          onSaved={(view) => setViewId(view.id)}
          collect={() => ({
            filters: storedMapViewSettings({ filters: filters ?? defaultMapFilters, sizeBy }),
            positions: controllerRef.current?.currentPositions() ?? {},
          })}
        />
        <Button
          variant={filtersOpened ? 'light' : 'default'}
          leftSection={<IconFilter size={18} />}
          onClick={toggleFilters}
          aria-expanded={filtersOpened}
          aria-controls="map-filters"
        >
          {t('map.filters.toggle', { count: filters ? activeFilterCount(filters) : 0 })}
        </Button>
      </Group>
      <Collapse expanded={filtersOpened} id="map-filters">
        {options && filters && (
          <MapFiltersPanel
            filters={filters}
            onFiltersChange={changeFilters}
            sizeBy={sizeBy}
            onSizeByChange={setSizeBy}
            options={options}
          />
        )}
      </Collapse>
      <Group justify="space-between" wrap="wrap">
        <Text data-testid="map-summary">
          {t('map.summaryFull', {
            nodes: model?.nodes.length ?? 0,
            edges: recordedCount,
            derived: derivedCount,
          })}
        </Text>
        <Text size="sm" aria-live="polite" data-testid="map-layout-status">
          {layoutState === 'settled' ? t('map.layoutSettled') : t('map.layoutRunning')}
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap={6}>
            <MapCanvasControls controllerRef={controllerRef} />
            {model && cache.initial ? (
              <CanvasErrorBoundary message={t('map.canvasError')}>
                <MapCanvas
                  model={model}
                  sizes={sizes}
                  initialPositions={cache.initial}
                  seed={seedOf(network.id)}
                  selectedId={selectedNode?.id ?? null}
                  label={t('map.canvasLabel', {
                    nodes: model.nodes.length,
                    links: model.edges.length,
                  })}
                  controllerRef={controllerRef}
                  onSelect={setSelectedId}
                  onLayoutState={setLayoutState}
                  onPositionsChanged={onPositionsChanged}
                />
              </CanvasErrorBoundary>
            ) : (
              <Paper withBorder h={560} />
            )}
            {model && model.nodes.length === 0 && <Text>{t('map.noNodes')}</Text>}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="sm" component="aside" aria-label={t('map.panel.network')}>
            {model && (
              <MapSidePanel
                model={model}
                measures={measures}
                selectedNode={selectedNode}
                onSelect={setSelectedId}
                onNewRelationship={newRelationship}
              />
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <MapTables
        networkId={network.id}
        source={source}
        model={model}
        measures={measures}
        selectedId={selectedNode?.id ?? null}
        onSelect={setSelectedId}
      />
    </Stack>
  );
}
