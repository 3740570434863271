/** Italian messages of the actions feature; keys start with `actions.`. */
export const actionsIt = {} as const satisfies Record<string, string>;

/** English messages of the actions feature. */
export const actionsEn: Record<keyof typeof actionsIt, string> = {};
