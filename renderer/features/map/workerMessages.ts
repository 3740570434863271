import type { Coordinates, LayoutInput, MapMeasures, MapModel } from '../../../shared/map';

/** Asks the layout worker to lay out a map. */
export type LayoutRequest = { requestId: number; input: LayoutInput };

/** The layout worker's answer: coordinates of the input's nodes so far, and whether it has finished. */
export type LayoutProgress = {
  requestId: number;
  coordinates: Coordinates;
  /** Iterations run so far. */
  done: number;
  final: boolean;
};

/** Asks the measures worker to measure a map. */
export type MeasuresRequest = { requestId: number; model: MapModel };

/** The measures worker's answer. */
export type MeasuresResult = { requestId: number; measures: MapMeasures };
