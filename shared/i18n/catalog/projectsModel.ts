/**
 * Italian messages of the project model as Regione funds it (several capofila, voci di spesa, the
 * expense register, beneficiary breakdowns); keys start with `projects.`.
 */
export const projectsModelIt = {
  'projects.field.isLead': 'Capofila',
  'projects.field.leads': 'Enti capofila',
} as const satisfies Record<string, string>;

/** English messages of the project model. */
export const projectsModelEn: Record<keyof typeof projectsModelIt, string> = {
  'projects.field.isLead': 'Lead',
  'projects.field.leads': 'Lead organizations',
};
