import type { Network, Organization } from '../domain';
import { translate, type Locale } from '../i18n';
import type { Letterhead } from './documentModel';
import { logoBytes, logoImageOf } from './logoImage';

/** The words the letterhead labels its contact lines with. */
export type LetterheadLabels = { pec: string; email: string; logo: string };

/** The identity a document is issued under, as the network stores it. */
export type IssuerIdentity = Pick<
  Network,
  'name' | 'issuerName' | 'issuerAddress' | 'issuerPec' | 'issuerEmail' | 'issuerLogo'
>;

/**
 * The letterhead of a network's documents: the issuing body's name, address, PEC, e-mail and
 * logo. Where the network has not set them, the coordinating body's own record (or the
 * network's name) stands in, so no document goes out without one.
 */
export function letterheadOf(
  network: IssuerIdentity,
  coordinator: Organization | null,
  labels: LetterheadLabels,
): Letterhead {
  const name = network.issuerName.trim() || coordinator?.name || network.name;
  const address =
    network.issuerAddress.trim() ||
    (coordinator
      ? [
          coordinator.address,
          coordinator.comune,
          coordinator.provincia && `(${coordinator.provincia})`,
        ]
          .filter(Boolean)
          .join(' ')
      : '');
  const pec = network.issuerPec.trim() || coordinator?.pec.trim() || '';
  const email = network.issuerEmail.trim() || coordinator?.email.trim() || '';
  const bytes = logoBytes(network.issuerLogo);
  const image = bytes ? logoImageOf(bytes) : null;
  return {
    name,
    lines: [
      address,
      [pec && `${labels.pec}: ${pec}`, email && `${labels.email}: ${email}`]
        .filter(Boolean)
        .join(' · '),
    ].filter(Boolean),
    logo: image
      ? { dataUrl: network.issuerLogo, ...image, description: `${labels.logo} ${name}` }
      : null,
  };
}

/** The letterhead of a network's documents in a language (its labels translated). */
export function networkLetterheadOf(
  locale: Locale,
  network: IssuerIdentity,
  coordinator: Organization | null,
): Letterhead {
  return letterheadOf(network, coordinator, {
    pec: translate(locale, 'documents.pec'),
    email: translate(locale, 'documents.email'),
    logo: translate(locale, 'documents.logo'),
  });
}

/** The address a body is written to: its PEC, else its e-mail, else none. */
export function officialAddressOf(organization: Pick<Organization, 'pec' | 'email'>): string {
  return organization.pec.trim() || organization.email.trim();
}

/** The issuing body as the sender of the network's e-mails: its PEC, else its e-mail, else the coordinating body's. */
export function issuerMailboxOf(
  network: IssuerIdentity,
  coordinator: Pick<Organization, 'name' | 'pec' | 'email'> | null,
): { name: string; address: string } {
  return {
    name: network.issuerName.trim() || coordinator?.name || network.name,
    address:
      network.issuerPec.trim() ||
      network.issuerEmail.trim() ||
      (coordinator ? officialAddressOf(coordinator) : ''),
  };
}
