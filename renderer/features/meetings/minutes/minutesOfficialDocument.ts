import type { Attachment, Meeting } from '../../../../shared/domain';
import type { OfficialDocument } from '../../../../shared/documents';
import type { Locale } from '../../../../shared/i18n';
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
  });
  return record.network ? content : { ...content, letterhead: null };
}
