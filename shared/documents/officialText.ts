import type { DocumentBlock, OfficialDocument } from './documentModel';

// Pictographs, skin tones, regional-indicator flags and tag characters; then, apart, the
// joiners and selectors that build emoji sequences and keycaps.
const emoji =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]/gu;
const emojiJoiners = /\u200d|\ufe0e|\ufe0f|\u20e3/gu;
// Signs of the legal trade that Unicode counts as pictographs.
const kept = new Set(['\u00a9', '\u00ae', '\u2122']);
const bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/** C0 and C1 control characters, except tab and line feed (handled as spaces and lines). */
const isControl = (character: string): boolean => {
  const code = character.charCodeAt(0);
  return (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
};

/**
 * A text fit for an official document: emoji, control characters and bidirectional overrides
 * removed, tabs and repeated spaces made one space, trimmed. Line breaks are kept.
 */
export function officialText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(emoji, (character) => (kept.has(character) ? character : ''))
    .replace(emojiJoiners, '')
    .replace(bidiControls, '')
    .split('')
    .filter((character) => !isControl(character))
    .join('')
    .replace(/[\t \u00a0]+/g, (spaces) => (spaces.includes('\u00a0') ? '\u00a0' : ' '))
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

const clean = (texts: readonly string[]): string[] => texts.map(officialText);

function cleanBlock(block: DocumentBlock): DocumentBlock {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: officialText(block.text) };
    case 'facts':
      return {
        ...block,
        facts: block.facts.map((fact) => ({
          label: officialText(fact.label),
          value: officialText(fact.value),
        })),
      };
    case 'list':
      return { ...block, items: clean(block.items) };
    case 'table':
      return {
        ...block,
        table: {
          ...block.table,
          columns: clean(block.table.columns),
          rows: block.table.rows.map(clean),
          totals: block.table.totals ? clean(block.table.totals) : null,
        },
      };
    case 'reference':
      return { ...block, lines: clean(block.lines) };
    case 'recipients':
      return {
        ...block,
        groups: block.groups.map((group) => ({
          label: officialText(group.label),
          lines: clean(group.lines),
        })),
      };
    case 'signatures':
      return {
        ...block,
        lead: clean(block.lead),
        signatures: block.signatures.map((signature) => ({
          role: officialText(signature.role),
          name: officialText(signature.name),
        })),
      };
    case 'attachments':
      return { ...block, heading: officialText(block.heading), items: clean(block.items) };
    case 'chart':
      return {
        ...block,
        chart: {
          ...block.chart,
          title: officialText(block.chart.title),
          description: officialText(block.chart.description),
          series: block.chart.series.map((series) => ({
            ...series,
            name: officialText(series.name),
          })),
          rows: block.chart.rows.map((row) => ({
            ...row,
            label: officialText(row.label),
            texts: clean(row.texts),
          })),
        },
      };
  }
}

/** The document with every text made official (see officialText); the logo is left as it is. */
export function officialDocument(document: OfficialDocument): OfficialDocument {
  return {
    ...document,
    title: officialText(document.title),
    letterhead: document.letterhead
      ? {
          ...document.letterhead,
          name: officialText(document.letterhead.name),
          lines: clean(document.letterhead.lines),
        }
      : null,
    blocks: document.blocks.map(cleanBlock),
  };
}
