import type { LayoutInput, MapMeasures, MapModel, Positions } from '../../../shared/map';

/** Asks the layout worker to lay out a map. */
export type LayoutRequest = { requestId: number; input: LayoutInput };

/** The layout worker's answer: positions so far, and whether it has finished. */
export type LayoutProgress = {
  requestId: number;
  positions: Positions;
  done: number;
  final: boolean;
};

/** Asks the measures worker to measure a map. */
export type MeasuresRequest = { requestId: number; model: MapModel };

/** The measures worker's answer. */
export type MeasuresResult = { requestId: number; measures: MapMeasures };
