/** Italian messages of the map feature; keys start with `map.`. */
export const mapIt = {} as const satisfies Record<string, string>;

/** English messages of the map feature. */
export const mapEn: Record<keyof typeof mapIt, string> = {};
