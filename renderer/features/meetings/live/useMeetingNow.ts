import { useEffect, useState } from 'react';

/** The current instant, renewed every half minute while `ticking`, so live figures follow the clock. */
export function useMeetingNow(ticking: boolean): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!ticking) return undefined;
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, [ticking]);
  return now;
}
