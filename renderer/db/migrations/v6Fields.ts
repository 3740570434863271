/**
 * The fields that version 6 adds to existing rows, with the value an older row gets. Frozen: once
 * version 6 ships, this list never changes (a later field belongs to a later version's list).
 */
export const version6Fields = {
  networks: {
    majorityRule: 'semplice',
    secondCallQuorumRule: null,
    maxProxiesPerBody: 1,
    proxiesCountForQuorum: true,
    issuerName: '',
    issuerAddress: '',
    issuerPec: '',
    issuerEmail: '',
    issuerLogo: '',
    issuerPlace: '',
    presidentName: '',
    secretaryName: '',
  },
  meetings: {
    guests: [],
    secondCall: false,
    protocolNumber: '',
    protocolDate: null,
    secondCallDate: null,
    secondCallTime: null,
    cancellationReason: '',
    cancelledAt: null,
    postponedFromDate: null,
    postponementReason: '',
    postponedAt: null,
  },
  agendaItems: { recurring: false, carriedFromItemId: null },
  attendances: {
    mode: 'inPresenza',
    people: [],
    delegaAttachmentId: null,
    proxyOrganizationId: null,
  },
  exchangeBatches: { fingerprint: null },
  projects: { costItems: [], costPlan: [], cofinancingSources: [] },
  expenditures: { date: null, documentReference: '', costItemId: null },
  indicators: { aggregation: 'sum', breakdownDimensions: [], partnerTargets: [] },
  indicatorValues: { breakdowns: [] },
} as const satisfies Record<string, Record<string, unknown>>;

/** The fields that version 6 adds inside an agenda item's recorded decision (when it has one). */
export const version6DecisionFields = {
  method: 'conteggio',
  rollCall: [],
  outcomeReason: '',
} as const satisfies Record<string, unknown>;
