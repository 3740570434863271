import {
  defaultMapFilters,
  deriveNetworkMap,
  nodeSizes,
  type MapEdge,
  type MapModel,
  type MapSourceData,
} from '../../../shared/map';
import Graph from 'graphology';
import Sigma from 'sigma';
import { createRegiaDatabase, openRegiaDatabase } from '../../../renderer/db';
import { prepareLayoutWorker } from '../../../renderer/features/map/layoutRunner';
import { MapController } from '../../../renderer/features/map/mapController';
import type { MapOpenTiming, MapRequest, Timing } from '../benchApi';

/** The size of the map area, fixed so that every run draws the same pixels. */
const canvasSize = { width: 1200, height: 560 };

let model: MapModel | null = null;
let controller: MapController | null = null;

/** Reads what the Map page reads for a network (useMapSource), in one go. */
async function mapSource(networkId: string): Promise<MapSourceData> {
  const db = createRegiaDatabase();
  await openRegiaDatabase(db);
  try {
    const [memberships, relationships, projects, actions, meetings] = await Promise.all([
      db.memberships.where('networkId').equals(networkId).toArray(),
      db.relationships.where('networkId').equals(networkId).toArray(),
      db.projects.where('networkId').equals(networkId).toArray(),
      db.actions.where('networkId').equals(networkId).toArray(),
      db.meetings.where('networkId').equals(networkId).toArray(),
    ]);
    const attendances = await db.attendances
      .where('meetingId')
      .anyOf(meetings.map((meeting) => meeting.id))
      .toArray();
    const ids = new Set<string>();
    for (const membership of memberships) ids.add(membership.organizationId);
    for (const relationship of relationships) {
      ids.add(relationship.sourceOrganizationId);
      ids.add(relationship.targetOrganizationId);
    }
    for (const project of projects) {
      if (project.leadOrganizationId) ids.add(project.leadOrganizationId);
      for (const partner of project.partners) ids.add(partner.organizationId);
    }
    for (const action of actions) {
      if (action.ownerOrganizationId) ids.add(action.ownerOrganizationId);
      for (const supporting of action.supportingOrganizationIds) ids.add(supporting);
    }
    for (const attendance of attendances) ids.add(attendance.organizationId);
    const organizations = (await db.organizations.bulkGet([...ids])).flatMap((row) =>
      row ? [row] : [],
    );
    return { organizations, memberships, relationships, projects, actions, meetings, attendances };
  } finally {
    db.close();
  }
}

/**
 * The map the Map page derives for the network with the default filters (every link of shared
 * work; the page thins them on a network this large, which leaves too few among 2,000
 * organizations), cut to its `nodes` most connected organizations and to `edges` links among
 * them: every recorded relationship first, then the links of shared work from the strongest down.
 */
function benchModel(derived: MapModel, request: MapRequest): MapModel {
  const degree = new Map<string, number>();
  for (const edge of derived.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = [...derived.nodes]
    .sort(
      (first, second) =>
        (degree.get(second.id) ?? 0) - (degree.get(first.id) ?? 0) ||
        (first.id < second.id ? -1 : 1),
    )
    .slice(0, request.nodes);
  const kept = new Set(nodes.map((node) => node.id));
  const rank = (edge: MapEdge): number => (edge.origin === 'relationship' ? Infinity : edge.weight);
  const edges = derived.edges
    .filter((edge) => kept.has(edge.source) && kept.has(edge.target))
    .sort((first, second) => rank(second) - rank(first) || (first.id < second.id ? -1 : 1))
    .slice(0, request.edges);
  return { nodes, edges };
}

function mapContainer(): HTMLElement {
  const existing = document.getElementById('bench-map');
  existing?.remove();
  const container = document.createElement('div');
  container.id = 'bench-map';
  Object.assign(container.style, {
    position: 'relative',
    width: `${canvasSize.width}px`,
    height: `${canvasSize.height}px`,
    background: '#ffffff',
    overflow: 'hidden',
  });
  document.body.append(container);
  return container;
}

function markAfter(name: string, start: number): number | null {
  const mark = performance.getEntriesByName(name, 'mark').find((entry) => entry.startTime >= start);
  return mark ? mark.startTime - start : null;
}

/**
 * Opens the map as the Map page's canvas does (MapController: sigma on a canvas, ForceAtlas2
 * in the layout worker) on a container of fixed size, with no saved positions; times the first
 * frame sigma draws with nodes and the layout settled, both from the controller's creation.
 */
export async function mapOpen(request: MapRequest): Promise<MapOpenTiming> {
  controller?.dispose();
  controller = null;
  // As the Map page does when it mounts, before it reads the network.
  prepareLayoutWorker();
  if (!model) {
    const source = await mapSource(request.networkId);
    model = benchModel(deriveNetworkMap(source, defaultMapFilters), request);
  }
  const drawn = model;
  const container = mapContainer();
  const seed = Number.parseInt(request.networkId.slice(0, 8), 16) || 1;
  const start = performance.now();
  const settled = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The map layout did not settle in 180 s.')),
      180_000,
    );
    const opened = new MapController(container, {}, seed, {
      select: () => undefined,
      positionsChanged: () => undefined,
      layoutState: (state) => {
        if (state !== 'settled') return;
        clearTimeout(timer);
        resolve();
      },
    });
    controller = opened;
    opened.setModel(drawn, nodeSizes(drawn, null, 'degree'));
  });
  await settled;
  const layoutMs = markAfter('regia:map-layout-settled', start);
  const firstFrameMs = markAfter('regia:map-first-frame', start);
  if (layoutMs === null || firstFrameMs === null) {
    throw new Error('The map did not mark its first frame and its settled layout.');
  }
  return { layoutMs, firstFrameMs, nodes: drawn.nodes.length, edges: drawn.edges.length };
}

/** Calls `move` at each of `frames` animation frames; resolves with the frame intervals. */
function framesWhile(
  frames: number,
  move: (frame: number) => void,
): Promise<Timing & { intervals: number[] }> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const step = (now: number): void => {
      stamps.push(now);
      if (stamps.length > frames) {
        const intervals = stamps.slice(1).map((stamp, index) => stamp - (stamps[index] ?? stamp));
        resolve({
          ms: (stamps.at(-1) ?? 0) - (stamps[0] ?? 0),
          count: intervals.length,
          intervals,
        });
        return;
      }
      move(stamps.length);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

/** A mouse drag on the empty top-left corner of the drawing, one move per animation frame. */
async function dragStage(frames: number): Promise<Timing & { intervals: number[] }> {
  const layer = document.querySelector('#bench-map canvas.sigma-mouse');
  if (!layer) throw new Error('The map has no sigma mouse layer.');
  const box = layer.getBoundingClientRect();
  const at = (frame: number): MouseEventInit => ({
    clientX: box.left + 20 + (frame % 120 < 60 ? frame % 60 : 60 - (frame % 60)) * 4,
    clientY: box.top + 20,
    button: 0,
    buttons: 1,
    bubbles: true,
    cancelable: true,
  });
  layer.dispatchEvent(new MouseEvent('mousedown', at(0)));
  const timing = await framesWhile(frames, (frame) =>
    document.dispatchEvent(new MouseEvent('mousemove', at(frame))),
  );
  document.dispatchEvent(new MouseEvent('mouseup', { ...at(frames), buttons: 0 }));
  return timing;
}

/**
 * The floor of a pan: the same drag on sigma drawing one node on a canvas of the same size, so
 * what is left is the cost of sigma's seven layers on this machine's software renderer.
 */
async function panFloor(frames: number): Promise<Timing & { intervals: number[] }> {
  controller?.dispose();
  controller = null;
  const graph = new Graph();
  graph.addNode('floor', { x: 0, y: 0, size: 4, color: '#1c7ed6', label: 'floor' });
  const sigma = new Sigma(graph, mapContainer(), { allowInvalidContainer: true });
  try {
    return await dragStage(frames);
  } finally {
    sigma.kill();
  }
}

/**
 * Pans the opened map at every animation frame for `frames` frames; returns each frame's
 * interval. `drag`: a mouse drag on the canvas's empty top-left corner, through the map's own
 * mouse handling, which slides the drawn layers and moves the camera on release (checked: no
 * node moves); `keys`: the controller's
 * pan, what an arrow key held down does, one key repeat per frame, released at the end; `floor`: the drag on sigma drawing one node
 * (it closes the opened map).
 */
export async function mapPan(
  frames: number,
  how: 'drag' | 'keys' | 'floor',
): Promise<Timing & { intervals: number[] }> {
  if (how === 'floor') return panFloor(frames);
  const opened = controller;
  if (!opened) throw new Error('mapOpen must run first.');
  if (how === 'keys') {
    const timing = await framesWhile(frames, (frame) =>
      opened.pan(frame % 120 < 60 ? 0.01 : -0.01, 0),
    );
    opened.endPan();
    return timing;
  }
  const before = JSON.stringify(opened.currentPositions());
  const timing = await dragStage(frames);
  if (JSON.stringify(opened.currentPositions()) !== before) {
    throw new Error(
      'The drag moved a node instead of the camera: it must start on the empty stage.',
    );
  }
  return timing;
}
