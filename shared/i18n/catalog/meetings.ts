/** Italian messages of the meetings feature; keys start with `meetings.`. */
export const meetingsIt = {} as const satisfies Record<string, string>;

/** English messages of the meetings feature. */
export const meetingsEn: Record<keyof typeof meetingsIt, string> = {};
