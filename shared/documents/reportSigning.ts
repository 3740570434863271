import { format, parseISO } from 'date-fns';
import { enGB, it as italian } from 'date-fns/locale';
import type { Network } from '../domain';
import { translate, type Locale } from '../i18n';
import type { DocumentBlock } from './documentModel';

/** The signature block that closes a report: place and date, then who signs it. */
export type ReportSigning = Extract<DocumentBlock, { kind: 'signatures' }>;

/** The part of a network's identity a report is signed with. */
export type ReportSignatories = Pick<Network, 'issuerPlace' | 'presidentName' | 'secretaryName'>;

/**
 * The signature block of a project report from the network's identity: "Milano, 6 dicembre 2026",
 * then the president of the cabina di regia and its technical secretariat, each with a line to
 * sign on where no name is set.
 */
export function reportSigning(
  locale: Locale,
  signatories: ReportSignatories,
  today: string,
): ReportSigning {
  const day = format(parseISO(today), 'd MMMM yyyy', {
    locale: locale === 'it' ? italian : enGB,
  });
  const place = signatories.issuerPlace.trim();
  return {
    kind: 'signatures',
    lead: [place ? translate(locale, 'documents.placeAndDate', { place, date: day }) : day],
    signatures: [
      {
        role: translate(locale, 'projects.report.signPresident'),
        name: signatories.presidentName.trim(),
      },
      {
        role: translate(locale, 'projects.report.signSecretary'),
        name: signatories.secretaryName.trim(),
      },
    ],
  };
}
