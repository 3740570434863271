import { useEffect, useState } from 'react';
import type { ComuneIndex } from '../../../../shared/roster';
import { loadComuneIndex } from './comuneIndex';

/** ISTAT's municipalities, once loaded; null until then. */
export function useComuneIndex(): ComuneIndex | null {
  const [index, setIndex] = useState<ComuneIndex | null>(null);
  useEffect(() => {
    let active = true;
    loadComuneIndex().then(
      (loaded) => {
        if (active) setIndex(loaded);
      },
      (error: unknown) => console.error(error),
    );
    return () => {
      active = false;
    };
  }, []);
  return index;
}
