/** Italian messages of the meetings feature; keys start with `meetings.`. */
export const meetingsIt = {
  'meetings.notFound': 'Seduta non trovata',
  'meetings.sections': 'Sezioni della seduta',
  'meetings.tab.agenda': 'Ordine del giorno',
  'meetings.tab.live': 'Seduta in corso',
  'meetings.tab.minutes': 'Verbale',
  'meetings.tab.followUp': 'Azioni decise',
} as const satisfies Record<string, string>;

/** English messages of the meetings feature. */
export const meetingsEn: Record<keyof typeof meetingsIt, string> = {
  'meetings.notFound': 'Meeting not found',
  'meetings.sections': 'Meeting sections',
  'meetings.tab.agenda': 'Agenda',
  'meetings.tab.live': 'Live meeting',
  'meetings.tab.minutes': 'Minutes',
  'meetings.tab.followUp': 'Actions decided',
};
