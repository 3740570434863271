import {
  fflateGzip,
  type ChunkSink,
  type Compressor,
  type CompressorFactory,
} from '../../shared/backup';

// Pieces of text (256 KB each, see BackupWriter) allowed to wait for the engine's compressor
// before the writer pauses: a few megabytes, however far the reads run ahead.
const maxWaitingPieces = 8;

/**
 * gzip by the engine itself (CompressionStream, native zlib: several times faster than gzip in
 * JavaScript), its compressed bytes handed to the sink as they come. The writer pauses on
 * `drained` whenever more than a few pieces of text are waiting.
 */
export const nativeGzip: CompressorFactory = (sink: ChunkSink): Compressor => {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const waiting: Promise<void>[] = [];
  let unsettled = 0;
  let failure: Error | null = null;
  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error(String(error));
  };
  const reading = (async (): Promise<void> => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      sink(value);
    }
  })();
  reading.catch(fail);
  let closing: Promise<void> = Promise.resolve();
  return {
    push(text, final) {
      unsettled += 1;
      const written = writer.write(text).finally(() => {
        unsettled -= 1;
      });
      written.catch(fail);
      waiting.push(written);
      if (final) {
        closing = writer.close();
        closing.catch(fail);
      }
    },
    get backlogged() {
      return unsettled > maxWaitingPieces;
    },
    async drained() {
      while (unsettled > maxWaitingPieces / 2 && failure === null) {
        const oldest = waiting.shift();
        if (!oldest) break;
        await oldest.catch(fail);
      }
      if (failure !== null) throw failure;
    },
    async done() {
      await Promise.allSettled([...waiting.splice(0), closing, reading]);
      if (failure !== null) throw failure;
    },
  };
};

/** The fastest gzip this host has: its own where it offers CompressionStream, else fflate's. */
export function fastestGzip(): CompressorFactory {
  return typeof CompressionStream === 'function' ? nativeGzip : fflateGzip;
}
