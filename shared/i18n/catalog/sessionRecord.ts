/**
 * Italian messages of the meeting's record: presence and quorum, guests, deleghe and proxies,
 * votes and the approval of the minutes; keys start with `presence.`, `vote.`, `approval.`,
 * `minutes.record.` or extend `live.quorumRule.`.
 */
export const sessionRecordIt = {
  'live.quorumRule.unTerzo': 'Un terzo degli enti con diritto di voto',
  'live.quorumRule.nessuno': 'Nessun quorum',
  'presence.moment': 'alle {time}',
  'presence.momentUnset': 'ora di apertura da registrare',
  'presence.arrivalFromOpening': "dall'apertura",
  'presence.openingNeedsTime': 'Scrivi l’ora di apertura: la seduta non è di oggi',
  'presence.closingNeedsTime': 'Scrivi l’ora di chiusura: la seduta non è di oggi',
} as const satisfies Record<string, string>;

/** English messages of the meeting's record. */
export const sessionRecordEn: Record<keyof typeof sessionRecordIt, string> = {
  'live.quorumRule.unTerzo': 'One third of voting members',
  'live.quorumRule.nessuno': 'No quorum',
  'presence.moment': 'at {time}',
  'presence.momentUnset': 'opening time to be recorded',
  'presence.arrivalFromOpening': 'from the opening',
  'presence.openingNeedsTime': 'Type the opening time: the meeting is not today',
  'presence.closingNeedsTime': 'Type the closing time: the meeting is not today',
};
