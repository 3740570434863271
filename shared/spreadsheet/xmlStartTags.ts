/** Called for each start tag found: its local name and the text after it up to the next '<'. */
export type StartTagListener = (localName: string, region: string) => void;

/** A consumer of inflated XML arriving in pieces. */
export type XmlChunkSink = (chunk: Uint8Array, final: boolean) => void;

// A start tag's attributes are read from the whole text up to the next '<' rather than up to the
// first '>', so a '>' inside a quoted value can hide nothing from the scan.
const regionCap = 64 * 1024;

/**
 * Finds the start tags whose local name `names` matches in XML that arrives in pieces, without
 * ever holding more than one piece and the unfinished tag at its end: the cheap pass that tells
 * how large a sheet is before a parser builds it.
 */
export function xmlStartTagSink(names: RegExp, onTag: StartTagListener): XmlChunkSink {
  const tag = new RegExp(`<(?:[\\w.-]+:)?(${names.source})(?=[\\s/>])([^<]*)`, 'g');
  let carry = '';
  // Byte for byte: tags and references are ASCII, and any bytes at all decode, so a part that
  // is not text cannot stop the scan (nor hide from it).
  const decoder = new TextDecoder('latin1');
  return (chunk, final) => {
    const text = carry + decoder.decode(chunk);
    const cut = final ? text.length : text.lastIndexOf('<');
    const complete = cut < 0 ? '' : text.slice(0, cut);
    carry = cut < 0 ? '' : text.slice(cut);
    if (carry.length > regionCap) carry = carry.slice(0, regionCap);
    for (const match of complete.matchAll(tag)) onTag(match[1] ?? '', match[2] ?? '');
  };
}

const attributePatterns = new Map<string, RegExp>();

/** The values of every `name="…"` attribute in a tag's region (all of them: the largest wins). */
export function attributeValues(region: string, name: string): string[] {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[\\s:])${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
    attributePatterns.set(name, pattern);
  }
  if (!region.includes(name)) return [];
  return [...region.matchAll(pattern)].map((match) => match[1] ?? match[2] ?? '');
}
