/**
 * Time zones whose clocks change in different ways: Rome and New York move at night by an hour,
 * Santiago moves at midnight (so some local midnights do not exist), Lord Howe by half an hour,
 * Auckland is ahead of UTC by half a day, Kolkata has no daylight saving, plus UTC itself.
 */
export const timeZones = [
  'Europe/Rome',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'UTC',
] as const;

/** Runs a function with the process's local time zone set to `timeZone`, then restores it. */
export function inTimeZone<T>(timeZone: string, run: () => T): T {
  const previous = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return run();
  } finally {
    if (previous === undefined) delete process.env.TZ;
    else process.env.TZ = previous;
  }
}
