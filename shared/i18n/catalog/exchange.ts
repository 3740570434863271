/** Italian messages of the exchange feature; keys start with `exchange.`. */
export const exchangeIt = {} as const satisfies Record<string, string>;

/** English messages of the exchange feature. */
export const exchangeEn: Record<keyof typeof exchangeIt, string> = {};
