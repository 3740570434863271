import type { DemoDataset } from '../../../shared/demo';
import { documentDocx, letterheadOf } from '../../../shared/documents';
import type { MinutesInput } from '../../../shared/meetings/minutes/minutesDocument';
import { buildMinutesBlocks } from '../../../shared/meetings/minutes/minutesBlocks';
import { buildMinutesDocument } from '../../../shared/meetings/minutes/minutesModel';
import { isMembershipActiveOn } from '../../../shared/meetings/quorum';
import type { MeasureGroup } from '../runner/measure';
import { repeat } from '../runner/measure';

/** What the minutes tab reads for a meeting, taken from the generated rows instead of IndexedDB. */
function minutesInputOf(dataset: DemoDataset, meetingId: string): MinutesInput {
  const meeting = dataset.meetings.find((row) => row.id === meetingId);
  if (!meeting) throw new Error(`Benchmark data: meeting ${meetingId} not found.`);
  return {
    meeting,
    network: dataset.networks.find((row) => row.id === meeting.networkId) ?? null,
    items: dataset.agendaItems.filter((row) => row.meetingId === meetingId),
    attendances: dataset.attendances.filter((row) => row.meetingId === meetingId),
    memberships: dataset.memberships.filter(
      (row) => row.networkId === meeting.networkId && isMembershipActiveOn(row, meeting.date),
    ),
    organizations: new Map(dataset.organizations.map((row) => [row.id, row])),
    contacts: new Map(dataset.contacts.map((row) => [row.id, row])),
    actions: dataset.actions.filter((row) => row.originMeetingId === meetingId),
    approvedIn: null,
  };
}

/**
 * The minutes DOCX of the large meeting (40 items, 60 members), built in the Node runner: the
 * document model from the rows, then the Word file with the same code the renderer runs.
 */
export const minutesDocx: MeasureGroup = {
  name: 'minutes',
  measures: [
    {
      id: 'minutes.docx',
      title: 'minutes DOCX of the 40-item meeting',
      host: 'node',
      unit: 'ms',
      targets: [],
    },
  ],
  run: async (session) => {
    const input = minutesInputOf(session.network.dataset, session.network.largeMeetingId);
    const network = input.network;
    if (!network) throw new Error('Benchmark data: the large meeting has no network.');
    const coordinator = input.organizations.get(network.coordinatingOrganizationId ?? '') ?? null;
    const labels = { pec: 'PEC', email: 'E-mail', logo: 'Logo' };
    let bytes = 0;
    const samples = await repeat(session, 'minutes DOCX (Node)', async () => {
      const start = performance.now();
      const verbale = buildMinutesBlocks({
        locale: 'it',
        minutes: buildMinutesDocument(input),
        meeting: input.meeting,
        letterhead: letterheadOf(network, coordinator, labels),
        presenters: input.items.map(() => ''),
        attachments: [],
      });
      bytes = (await documentDocx(verbale)).byteLength;
      return performance.now() - start;
    });
    return {
      samples: { 'minutes.docx': samples },
      notes: {
        'minutes.docx': `${input.items.length} items, ${input.attendances.length} attendances, ${input.actions.length} actions; ${(bytes / 1e3).toFixed(0)} kB`,
      },
    };
  },
};
