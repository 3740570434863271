// Formats of the ways to reach an organization or a person. They are deliberately practical:
// they catch typing mistakes (a missing @, letters in a phone number) without rejecting the
// real-world variety of Italian numbers and addresses.

const emailPattern =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const phoneCharacters = /^\+?[0-9 ./()-]+$/;
const hostLabel = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const websitePattern = new RegExp(
  `^(?:https?://)?(?:${hostLabel}\\.)+[a-z]{2,63}(?::\\d{1,5})?(?:[/?#][^\\s]*)?$`,
  'i',
);
const provinciaPattern = /^[A-Z]{2}$/;

/** Whether the value is one e-mail address (a PEC address is one too). */
export function isValidEmail(value: string): boolean {
  const address = value.trim();
  if (address.length > 254 || !emailPattern.test(address)) return false;
  const [localPart = ''] = address.split('@');
  return (
    localPart.length <= 64 &&
    !localPart.startsWith('.') &&
    !localPart.endsWith('.') &&
    !localPart.includes('..')
  );
}

/**
 * Whether the value is a phone number: digits with the usual separators, an optional leading
 * +, and between 6 and 15 digits (the longest international number).
 */
export function isValidPhone(value: string): boolean {
  const number = value.trim();
  if (!phoneCharacters.test(number)) return false;
  const digits = number.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 15;
}

/** Whether the value is a web address, with or without `http(s)://` (`www.comune.segrate.mi.it`). */
export function isValidWebsite(value: string): boolean {
  return websitePattern.test(value.trim());
}

/** A web address that can be opened: `https://` added when the user wrote none. */
export function websiteUrl(value: string): string {
  const address = value.trim();
  return /^https?:\/\//i.test(address) ? address : `https://${address}`;
}

/** Whether the value is the two-letter sigla of a provincia (`MI`), in capitals. */
export function isValidProvinciaSigla(value: string): boolean {
  return provinciaPattern.test(value);
}
