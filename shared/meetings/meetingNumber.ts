/** The number of the next meeting within a year: one more than the highest so far, starting at 1. */
export function nextMeetingNumber(numbersInYear: readonly number[]): number {
  return numbersInYear.reduce((highest, number) => Math.max(highest, number), 0) + 1;
}
