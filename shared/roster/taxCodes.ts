// Check digits of Italian tax identifiers, as published by the Agenzia delle Entrate:
// the partita IVA (11 digits, Luhn-like) and the codice fiscale (16 characters for a person,
// or the 11-digit numeric code of a legal entity, which follows the partita IVA rule).

const elevenDigits = /^\d{11}$/;
const omocodeDigit = '[0-9LMNPQRSTUV]';
const personalCodePattern = new RegExp(
  `^[A-Z]{6}${omocodeDigit}{2}[ABCDEHLMPRST]${omocodeDigit}{2}[A-Z]${omocodeDigit}{3}[A-Z]$`,
);

/** Values of the characters in odd positions (1st, 3rd, …), indexed A–Z; digits 0–9 take A–J's values. */
const oddPositionValues = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

function compact(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check digit (0–9) that completes the first ten digits of a partita IVA. */
export function partitaIvaCheckDigit(firstTenDigits: string): number {
  if (!/^\d{10}$/.test(firstTenDigits)) {
    throw new Error(`A partita IVA check digit needs exactly ten digits, got "${firstTenDigits}".`);
  }
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const digit = Number(firstTenDigits[index]);
    if (index % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** Whether the value is an 11-digit partita IVA with a correct check digit (spaces ignored). */
export function isValidPartitaIva(value: string): boolean {
  const digits = compact(value);
  if (!elevenDigits.test(digits) || /^0+$/.test(digits)) return false;
  return partitaIvaCheckDigit(digits.slice(0, 10)) === Number(digits[10]);
}

function characterValue(character: string, oddPosition: boolean): number {
  const isDigit = character >= '0' && character <= '9';
  const index = isDigit
    ? character.charCodeAt(0) - '0'.charCodeAt(0)
    : character.charCodeAt(0) - 'A'.charCodeAt(0);
  if (!oddPosition) return index;
  const value = oddPositionValues[index];
  if (value === undefined) throw new Error(`"${character}" cannot appear in a codice fiscale.`);
  return value;
}

/** The check character (A–Z) that completes the first fifteen characters of a personal codice fiscale. */
export function codiceFiscaleCheckCharacter(firstFifteen: string): string {
  const characters = compact(firstFifteen);
  if (!/^[A-Z0-9]{15}$/.test(characters)) {
    throw new Error(
      `A codice fiscale check character needs fifteen letters or digits, got "${firstFifteen}".`,
    );
  }
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    // Positions are counted from 1, so index 0 is the first odd position.
    sum += characterValue(characters.charAt(index), index % 2 === 0);
  }
  return String.fromCharCode('A'.charCodeAt(0) + (sum % 26));
}

/**
 * Whether the value is a valid codice fiscale: a 16-character personal code (omocodia letters
 * allowed) with the right check character, or an 11-digit numeric code of a legal entity.
 */
export function isValidCodiceFiscale(value: string): boolean {
  const code = compact(value);
  if (elevenDigits.test(code)) return isValidPartitaIva(code);
  if (!personalCodePattern.test(code)) return false;
  return codiceFiscaleCheckCharacter(code.slice(0, 15)) === code.charAt(15);
}
