/** Italian messages of the roster feature; keys start with `roster.`. */
export const rosterIt = {} as const satisfies Record<string, string>;

/** English messages of the roster feature. */
export const rosterEn: Record<keyof typeof rosterIt, string> = {};
