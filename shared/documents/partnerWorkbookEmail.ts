import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import { translate, type Locale } from '../i18n';
import type { EmailAddress, EmailAttachment, EmailDraft } from './emailDraft';

/** What the e-mail sending a partner its update workbook is made from. */
export type PartnerWorkbookEmailInput = {
  locale: Locale;
  networkName: string;
  /** The issuing body, with its PEC or e-mail. */
  sender: EmailAddress;
  /** The partner body and the address it is written to (its PEC, else its e-mail, else ''). */
  partner: EmailAddress;
  /** The partner's contacts (referenti) who fill the workbook in. */
  contacts: readonly EmailAddress[];
  /** The day the workbook is due back (ISO date), or null. */
  returnBy: string | null;
  workbook: EmailAttachment;
};

const dateLocales = { it: italian, en: enGB } as const;

function withAddress(mailboxes: readonly EmailAddress[]): EmailAddress[] {
  const seen = new Set<string>();
  return mailboxes.flatMap((mailbox) => {
    const key = mailbox.address.trim().toLowerCase();
    if (key === '' || seen.has(key)) return [];
    seen.add(key);
    return [{ name: mailbox.name, address: mailbox.address.trim() }];
  });
}

/**
 * The e-mail draft that sends a partner its update workbook: to the body's PEC or e-mail with its
 * contacts in copy (to the contacts when the body has no address), a short Italian covering text
 * with the return date, and the workbook attached.
 */
export function partnerWorkbookEmail(input: PartnerWorkbookEmailInput): EmailDraft {
  const { locale } = input;
  const [body, ...contacts] = withAddress([input.partner, ...input.contacts]);
  const official = input.partner.address.trim() !== '';
  const to = official && body ? [body] : withAddress(input.contacts);
  return {
    from: input.sender,
    to,
    cc: official ? contacts : [],
    subject: translate(locale, 'documents.mail.workbookSubject', {
      network: input.networkName,
      partner: input.partner.name,
    }),
    body: translate(locale, 'documents.mail.workbookBody', {
      partner: input.partner.name,
      network: input.networkName,
      returnBy: input.returnBy
        ? translate(locale, 'documents.mail.returnByPart', {
            date: format(parseISO(input.returnBy), 'd MMMM yyyy', {
              locale: dateLocales[locale],
            }),
          })
        : '',
      sender: input.sender.name,
    }),
    attachments: [input.workbook],
  };
}
