/** Italian messages of the projects feature; keys start with `projects.`. */
export const projectsIt = {} as const satisfies Record<string, string>;

/** English messages of the projects feature. */
export const projectsEn: Record<keyof typeof projectsIt, string> = {};
