import type { SaveFilesResult } from '../../../../shared/contract';
import {
  emailDraftEml,
  officialAddressOf,
  partnerWorkbookEmail,
  type EmailAddress,
} from '../../../../shared/documents';
import type { Locale } from '../../../../shared/i18n';
import { contactFullName } from '../../../../shared/roster';
import { bridge } from '../../../bridge';
import type { PartnerWorkbookFile } from './exportWorkbooks';

/** What every partner's e-mail draft shares. */
export type WorkbookDraftSetting = {
  locale: Locale;
  networkName: string;
  sender: EmailAddress;
  returnBy: string;
  /** The title of the dialog that saves several drafts. */
  title: string;
  /** The zip a browser downloads several drafts in. */
  archiveName: string;
};

const encoder = new TextEncoder();

/** The `.eml` draft of one partner's workbook: named after the workbook. */
export function workbookDraftFile(
  setting: WorkbookDraftSetting,
  workbook: PartnerWorkbookFile,
): { name: string; bytes: Uint8Array } {
  const draft = partnerWorkbookEmail({
    locale: setting.locale,
    networkName: setting.networkName,
    sender: setting.sender,
    partner: { name: workbook.partner.name, address: officialAddressOf(workbook.partner) },
    contacts: workbook.contacts
      .filter((contact) => !contact.archivedAt)
      .map((contact) => ({ name: contactFullName(contact), address: contact.email })),
    returnBy: setting.returnBy,
    workbook: { fileName: workbook.name, bytes: workbook.bytes },
  });
  return {
    name: workbook.name.replace(/\.xlsx$/i, '') + '.eml',
    bytes: encoder.encode(emailDraftEml(draft)),
  };
}

/** The partners whose draft has no recipient yet: no PEC, e-mail or contact with an e-mail. */
export function partnersWithoutAddress(workbooks: readonly PartnerWorkbookFile[]): string[] {
  return workbooks
    .filter(
      (workbook) =>
        officialAddressOf(workbook.partner) === '' &&
        !workbook.contacts.some((contact) => !contact.archivedAt && contact.email.trim() !== ''),
    )
    .map((workbook) => workbook.partner.name);
}

/**
 * Hands the partners' workbooks over as e-mail drafts, one per partner with its workbook
 * attached: a single draft opens in the mail program (downloads in a browser); several are saved
 * together (a folder on the desktop, one zip in a browser) rather than opening a window each.
 */
export async function deliverAsEmailDrafts(
  setting: WorkbookDraftSetting,
  workbooks: readonly PartnerWorkbookFile[],
): Promise<SaveFilesResult> {
  const drafts = workbooks.map((workbook) => workbookDraftFile(setting, workbook));
  const [single] = drafts;
  if (drafts.length === 1 && single) {
    const opened = await bridge.openEmailDraft(single);
    return { saved: opened, location: opened ? single.name : null, count: opened ? 1 : 0 };
  }
  return bridge.saveFiles({
    title: setting.title,
    archiveName: setting.archiveName,
    files: drafts,
  });
}
