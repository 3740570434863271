import { useCallback, useEffect, useRef, useState } from 'react';
import type { Positions } from '../../../shared/map';
import { useRegia } from '../../app/RegiaContext';
import { readLayoutCache, writeLayoutCache } from './layoutCache';

const writeDelay = 800;

/** The positions kept from the last opening (null while reading), and a debounced way to keep new ones. */
export function useLayoutCache(networkId: string): {
  initial: Positions | null;
  keep: (positions: Positions) => void;
} {
  const { db } = useRegia();
  const [initial, setInitial] = useState<Positions | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Positions | null>(null);

  useEffect(() => {
    let live = true;
    readLayoutCache(db, networkId)
      .catch(() => ({}))
      .then((positions) => {
        if (live) setInitial(positions);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [db, networkId]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const positions = pending.current;
    pending.current = null;
    // Losing the working layout only costs a new layout at the next opening: not worth a message.
    if (positions) void writeLayoutCache(db, networkId, positions).catch(() => undefined);
  }, [db, networkId]);

  useEffect(() => flush, [flush]);

  const keep = useCallback(
    (positions: Positions) => {
      pending.current = positions;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, writeDelay);
    },
    [flush],
  );
  return { initial, keep };
}
