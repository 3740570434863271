import type { Attachment, Meeting } from '../../../../shared/domain';
import { officialAddressOf, type OfficialDocument } from '../../../../shared/documents';
import type { Locale } from '../../../../shared/i18n';
import type { MeetingEmailParties } from '../../../../shared/meetings';
import type { MinutesDocument } from '../../../../shared/meetings/minutes/minutesDocument';
import { buildMinutesBlocks } from '../../../../shared/meetings/minutes/minutesBlocks';
import { presenterName } from '../agenda/useNetworkDirectory';
import { attachmentsOf, networkLetterhead } from '../convocation/convocationSource';
import type { MeetingRecord } from '../live/useMeetingRecord';

/** The verbale as an official document: the minutes' content with letterhead, presenters and attachments. */
export function minutesOfficialDocument(
  locale: Locale,
  minutes: MinutesDocument,
  meeting: Meeting,
  record: MeetingRecord,
  attachments: readonly Attachment[],
): OfficialDocument {
  const items = [...record.items].sort((first, second) => first.order - second.order);
  const directory = { ...record, memberships: record.memberships };
  const content = buildMinutesBlocks({
    locale,
    minutes,
    meeting,
    letterhead: record.network
      ? networkLetterhead(locale, record.network, directory)
      : { name: '', lines: [], logo: null },
    presenters: items.map((item) => presenterName(directory, item)),
    attachments: attachmentsOf(items, attachments),
    lifecycleReason:
      meeting.status === 'annullata' ? meeting.cancellationReason : meeting.postponementReason,
  });
  return record.network ? content : { ...content, letterhead: null };
}

/** Who sends the draft minutes and to whom: the bodies expected at the meeting, by PEC or e-mail. */
export function minutesEmailParties(
  locale: Locale,
  record: MeetingRecord,
  letterheadName: string,
): MeetingEmailParties | null {
  const network = record.network;
  if (!network) return null;
  const coordinator = network.coordinatingOrganizationId
    ? record.organizations.get(network.coordinatingOrganizationId)
    : undefined;
  return {
    locale,
    networkName: network.name,
    sender: {
      name: letterheadName,
      address:
        network.issuerPec.trim() ||
        network.issuerEmail.trim() ||
        (coordinator ? officialAddressOf(coordinator) : ''),
    },
    recipients: record.expected.flatMap((body) => {
      const organization = record.organizations.get(body.organizationId);
      return organization
        ? [
            {
              name: organization.name,
              address: officialAddressOf(organization),
              votingRight: body.membership?.votingRight ?? false,
            },
          ]
        : [];
    }),
  };
}
