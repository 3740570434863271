// Characters XML 1.0 cannot carry at all; spreadsheet programs write them as `_xHHHH_`.
const forbiddenInXml = /[^\t\n\r -\uD7FF\uD800-\uDFFF\uE000-\uFFFD]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hexCode = (character: string): string =>
  `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Escapes the characters XML gives a meaning to, for element text and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * A cell text as OOXML stores it: a literal `_xHHHH_` is protected with `_x005F_` (as Excel
 * does), characters XML cannot hold and carriage returns (which an XML reader would turn into
 * line feeds) become `_xHHHH_`, lone surrogates are dropped, and the rest is XML-escaped.
 */
export function cellTextXml(text: string): string {
  const encoded = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(loneSurrogate, '')
    .replace(forbiddenInXml, hexCode)
    .replaceAll('\r', '_x000D_');
  return escapeXml(encoded);
}

/** The column letters of a zero-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** An A1 reference from zero-based column and one-based row. */
export function cellReference(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** An XML element with attributes and optional content; attributes with undefined values are left out. */
export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  content?: string,
): string {
  const attributeText = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return content === undefined
    ? `<${name}${attributeText}/>`
    : `<${name}${attributeText}>${content}</${name}>`;
}
