import { useEffect, useState } from 'react';
import { todayIsoDate } from './formatting';

/** Today (`yyyy-MM-dd`, the user's calendar), checked every minute so an open page turns over at midnight. */
export function useToday(): string {
  const [today, setToday] = useState(todayIsoDate);
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIsoDate()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
