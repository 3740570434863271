/** Italian messages of the live meeting and the minutes; keys start with `live.` or `minutes.`. */
export const minutesIt = {} as const satisfies Record<string, string>;

/** English messages of the live meeting and the minutes. */
export const minutesEn: Record<keyof typeof minutesIt, string> = {};
