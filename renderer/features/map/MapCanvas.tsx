import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { MapModel, Positions } from '../../../shared/map';
import { MapController, type LayoutState } from './mapController';

type MapCanvasProps = {
  /** What to draw. */
  model: MapModel;
  /** Node radii by id. */
  sizes: Record<string, number>;
  /** Positions known before the map opens. */
  initialPositions: Positions;
  /** Seed of the first placement of unknown nodes. */
  seed: number;
  /** The node whose neighbours are highlighted. */
  selectedId: string | null;
  /** The accessible name of the drawing. */
  label: string;
  /** Receives the controller, for the page's buttons. */
  controllerRef: RefObject<MapController | null>;
  onSelect: (id: string | null) => void;
  onLayoutState: (state: LayoutState) => void;
  onPositionsChanged: (positions: Positions) => void;
};

const panStep = 0.1;

/** The drawn map: a WebGL canvas handled by sigma, with keyboard zoom and pan. */
export function MapCanvas(props: MapCanvasProps) {
  const { model, sizes, selectedId, controllerRef } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new MapController(
      container,
      latest.current.initialPositions,
      latest.current.seed,
      {
        select: (id) => latest.current.onSelect(id),
        layoutState: (state) => latest.current.onLayoutState(state),
        positionsChanged: (positions) => latest.current.onPositionsChanged(positions),
      },
    );
    controllerRef.current = controller;
    return () => {
      controller.dispose();
      controllerRef.current = null;
    };
  }, [controllerRef]);

  useEffect(() => {
    controllerRef.current?.setModel(model, latest.current.sizes);
  }, [model, controllerRef]);

  useEffect(() => {
    controllerRef.current?.setSizes(sizes);
  }, [sizes, controllerRef]);

  useEffect(() => {
    controllerRef.current?.select(selectedId);
  }, [selectedId, model, controllerRef]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const controller = controllerRef.current;
    if (!controller) return;
    const actions: Record<string, () => void> = {
      '+': () => controller.zoom(true),
      '=': () => controller.zoom(true),
      '-': () => controller.zoom(false),
      '0': () => controller.fit(),
      // The picture moves the other way from the view.
      ArrowLeft: () => controller.pan(panStep, 0),
      ArrowRight: () => controller.pan(-panStep, 0),
      ArrowUp: () => controller.pan(0, panStep),
      ArrowDown: () => controller.pan(0, -panStep),
      Escape: () => props.onSelect(null),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      ref={containerRef}
      role="img"
      aria-label={props.label}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onKeyUp={(event) => {
        if (event.key.startsWith('Arrow')) controllerRef.current?.endPan();
      }}
      onBlur={() => controllerRef.current?.endPan()}
      data-testid="map-canvas"
      style={{
        position: 'relative',
        height: 560,
        width: '100%',
        background: '#ffffff',
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
        overflow: 'hidden',
      }}
    />
  );
}
