import { strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runMapImportJob } from '../../../../../shared/map';
import {
  readMapFileInWorker,
  type MapImportWorkerHandle,
} from '../../../../../renderer/features/map/importInWorker';
import type { MapImportWorkerRequest } from '../../../../../renderer/features/map/importWorker';
import { sparseFarRightWorkbook } from '../../../../fixtures/hostile/boundsFiles';

type StandInWorker = MapImportWorkerHandle & {
  requests: MapImportWorkerRequest[];
  terminated: boolean;
};

// Node has no Web Worker: the stand-in either runs the worker's own job on what it is sent, as
// the real one does, or never answers, as the real one on a file that keeps SheetJS busy.
function standInWorker(answers: boolean): StandInWorker {
  const worker: StandInWorker = {
    requests: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(request) {
      worker.requests.push(request);
      if (!answers) return;
      const data = runMapImportJob(request.name, request.bytes);
      queueMicrotask(() => worker.onmessage?.(new MessageEvent('message', { data })));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('reading a map file in a Web Worker', () => {
  it('answers Gephi tables as read by the worker, and stops the worker', async () => {
    const worker = standInWorker(true);
    const csv = strToU8('Id,Label\n1,Comune di Segrate\n2,AFOL Metropolitana\n');
    const result = await readMapFileInWorker('nodi.csv', csv, 5_000, () => worker);
    expect(worker.requests).toEqual([{ name: 'nodi.csv', bytes: csv }]);
    expect(result.ok && result.file?.format).toBe('gephi');
    if (result.ok && result.file?.format === 'gephi')
      expect(result.file.gephi.nodes?.rows).toHaveLength(2);
    expect(worker.terminated).toBe(true);
  });

  it('answers a Kumu workbook of far-right cells with the column limit it broke, not an error', async () => {
    const result = await readMapFileInWorker('mappa.xlsx', sparseFarRightWorkbook(), 5_000, () =>
      standInWorker(true),
    );
    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'tooManyColumns', params: { cell: 'XFD1' } },
    });
  });

  it('answers that a file is no map with an empty result', async () => {
    const result = await readMapFileInWorker('nota.csv', strToU8('a;b\n1;2\n'), 5_000, () =>
      standInWorker(true),
    );
    expect(result).toEqual({ ok: true, file: null });
  });

  describe('when the worker never answers', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives up at the time limit with the time-out problem and stops the worker', async () => {
      const worker = standInWorker(false);
      let settled = false;
      const reading = readMapFileInWorker(
        'mappa.xlsx',
        new Uint8Array([80, 75]),
        5_000,
        () => worker,
      ).then((result) => {
        settled = true;
        return result;
      });
      await vi.advanceTimersByTimeAsync(4_999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await reading).toEqual({
        ok: false,
        problem: { code: 'timeout', params: { seconds: 5 } },
      });
      expect(worker.terminated).toBe(true);
    });
  });
});
