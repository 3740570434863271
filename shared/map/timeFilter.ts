/** Whether something valid from `from` to `to` (inclusive, either open) holds on a day; every day when there is none. */
export function isActiveOn(from: string | null, to: string | null, day: string | null): boolean {
  if (day === null) return true;
  return (from === null || from <= day) && (to === null || to >= day);
}

/** Whether something that started on `start` had started by a day; always when there is no day. */
export function hasStartedBy(start: string | null, day: string | null): boolean {
  return day === null || start === null || start <= day;
}
