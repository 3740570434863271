import type { MapRequest } from '../benchApi';
import type { GroupResult, MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';
import { summarize } from '../runner/statistics';

/** The map of the issue: 2,000 organizations and 10,000 links. */
const mapRequest = { nodes: 2_000, edges: 10_000 } as const;

/** Frames of mouse-drag panning after each opening of the map. */
const dragFrames = 120;

/** Frames of arrow-key panning after each opening: each redraws every link, so fewer. */
const keyFrames = 20;

/**
 * The network map at 2,000 nodes and 10,000 links, drawn by the Map page's own controller
 * (sigma on a 1200 × 560 canvas, ForceAtlas2 in the layout worker) on the bench page: first
 * frame and settled layout from the controller's creation, then the frame intervals while the
 * map is dragged, one mouse move per animation frame, and while it pans with the arrow keys.
 */
export const networkMap: MeasureGroup = {
  name: 'network map',
  measures: [
    {
      id: 'map.layout',
      title: 'map of 2,000 nodes / 10,000 edges: layout settled',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 3_000, statistic: 'median', text: '< 3 s' }],
    },
    {
      id: 'map.first-frame',
      title: 'map: first frame',
      host: 'chromium',
      unit: 'ms',
      targets: [],
    },
    {
      id: 'map.pan-frame',
      title: 'map: frame time while panning',
      host: 'chromium',
      unit: 'ms',
      targets: [{ kind: 'below', limit: 16.7, statistic: 'p95', text: '≤ 16.7 ms p95 (60 fps)' }],
    },
  ],
  run: async (session): Promise<GroupResult> => {
    const page = await session.benchPage();
    // Animation frames of a tab in the background are throttled.
    await page.bringToFront();
    const request: MapRequest = { networkId: session.seed.mainNetworkId, ...mapRequest };
    const firstFrames: number[] = [];
    const panIntervals: number[] = [];
    const keyIntervals: number[] = [];
    let size = '';
    const layouts = await repeat(session, 'map open to layout settled', async (run) => {
      const opened = await page.evaluate((sent) => {
        if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
        return globalThis.regiaBench.mapOpen(sent);
      }, request);
      size = `${opened.nodes.toLocaleString('en')} nodes and ${opened.edges.toLocaleString('en')} links`;
      const pan = (how: 'drag' | 'keys', frames: number) =>
        page.evaluate(
          ([count, kind]) => {
            if (!globalThis.regiaBench) throw new Error('The bench page did not install its API.');
            return globalThis.regiaBench.mapPan(count, kind);
          },
          [frames, how] as const,
        );
      const dragged = await pan('drag', dragFrames);
      const keyed = await pan('keys', keyFrames);
      if (run > 0) {
        firstFrames.push(opened.firstFrameMs);
        panIntervals.push(...dragged.intervals);
        keyIntervals.push(...keyed.intervals);
      }
      session.log(
        `map: first frame ${opened.firstFrameMs.toFixed(0)} ms, layout ${opened.layoutMs.toFixed(0)} ms, ${dragFrames} drag frames in ${dragged.ms.toFixed(0)} ms, ${keyFrames} arrow-key frames in ${keyed.ms.toFixed(0)} ms`,
      );
      return opened.layoutMs;
    });
    const keys = summarize(keyIntervals.length > 0 ? keyIntervals : [Number.NaN]);
    return {
      samples: {
        'map.layout': layouts,
        'map.first-frame': firstFrames,
        'map.pan-frame': panIntervals,
      },
      notes: {
        'map.layout': `${size}: the most connected organizations of the main network under the default filters and the links among them (relationships, then shared work by weight); from the controller's creation, without saved positions`,
        'map.first-frame': 'first sigma frame with nodes, from the controller’s creation',
        'map.pan-frame': `intervals between animation frames during a mouse drag on the canvas, one move per frame (${dragFrames} frames after each opening; sigma hides the links while moving); panning with the arrow keys, which redraws every link: median ${keys.median.toFixed(0)} ms, p95 ${keys.p95.toFixed(0)} ms per frame`,
      },
    };
  },
};
