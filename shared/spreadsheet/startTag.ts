/** The start tag itself within a region (up to the first '>' outside quotes). */
export function startTagText(region: string): string {
  const firstEnd = region.indexOf('>');
  if (firstEnd < 0) return region;
  const head = region.slice(0, firstEnd);
  // The common case: no quote left open before the first '>'.
  if (!head.includes("'") && (head.split('"').length - 1) % 2 === 0) return head;
  let quote = '';
  for (let index = 0; index < region.length; index += 1) {
    const character = region.charAt(index);
    if (quote !== '') {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '>') return region.slice(0, index);
  }
  return region;
}

/** Whether a start tag closes itself (`<c r="A1"/>`). */
export function isSelfClosing(region: string): boolean {
  return startTagText(region).trimEnd().endsWith('/');
}
