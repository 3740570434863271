import { useEffect, useRef, useState } from 'react';
import type { MapMeasures, MapModel } from '../../../shared/map';
import type { MeasuresRequest, MeasuresResult } from './workerMessages';

/**
 * The measures of the map shown, computed in a worker once `ready` (the layout has settled, so
 * the two do not compete for the processor); null until the current map's measures arrive.
 */
export function useMapMeasures(model: MapModel | null, ready: boolean): MapMeasures | null {
  const [result, setResult] = useState<{ model: MapModel; measures: MapMeasures } | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const requestRef = useRef(0);
  const requestedRef = useRef<MapModel | null>(null);

  useEffect(() => {
    if (!model || !ready || requestedRef.current === model) return;
    requestedRef.current = model;
    // A request still running is for a map no longer shown: drop its worker rather than wait.
    workerRef.current?.terminate();
    const worker = new Worker(new URL('./measures.worker.ts', import.meta.url), { type: 'module' });
    workerRef.current = worker;
    requestRef.current += 1;
    const requestId = requestRef.current;
    worker.onmessage = (event: MessageEvent<MeasuresResult>) => {
      if (event.data.requestId !== requestId) return;
      setResult({ model, measures: event.data.measures });
      worker.terminate();
      if (workerRef.current === worker) workerRef.current = null;
    };
    const request: MeasuresRequest = { requestId, model };
    worker.postMessage(request);
  }, [model, ready]);

  useEffect(
    () => () => {
      workerRef.current?.terminate();
      workerRef.current = null;
      requestedRef.current = null;
    },
    [],
  );

  return result && result.model === model ? result.measures : null;
}
