// The measures module alone, not the map's index: the worker then loads no spreadsheet or i18n code.
import { computeMapMeasures } from '../../../shared/map/measures';
import type { MeasuresRequest, MeasuresResult } from './workerMessages';

// Betweenness on thousands of nodes takes a second or more: it runs here, not on the page.
self.onmessage = (event: MessageEvent<MeasuresRequest>) => {
  const { requestId, model } = event.data;
  const message: MeasuresResult = { requestId, measures: computeMapMeasures(model) };
  self.postMessage(message);
};
