/** Values substituted into `{name}` placeholders and selected on by `{name, plural, …}`. */
export type MessageParams = Record<string, string | number>;

type Branch = { selector: string; body: string };

const pluralHead = /^\s*(\w+)\s*,\s*plural\s*,/;
const numberPlaceholder = /^\s*(\w+)\s*,\s*number\s*$/;
const selectorPattern = /^\s*(=\d+(?:\.\d+)?|zero|one|two|few|many|other)\s*\{/;

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const numberFormatByLocale = new Map<string, Intl.NumberFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormatByLocale.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormatByLocale.set(locale, format);
  }
  return format;
}

/** The index of the `}` closing the `{` at `open`, or -1 when it is never closed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    else if (text[index] === '}') {
      depth--;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** The `selector {body}` pairs of a plural's options, or undefined when they do not parse. */
function parseBranches(options: string): Branch[] | undefined {
  const branches: Branch[] = [];
  let rest = options;
  while (rest.trim() !== '') {
    const match = selectorPattern.exec(rest);
    if (!match) return undefined;
    const open = match[0].length - 1;
    const close = closingBrace(rest, open);
    if (close < 0) return undefined;
    branches.push({ selector: match[1], body: rest.slice(open + 1, close) });
    rest = rest.slice(close + 1);
  }
  return branches.some((branch) => branch.selector === 'other') ? branches : undefined;
}

/** A number to select on: numbers as they are, strings only when they are plain digits. */
function countOf(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}

/** Replaces `#` outside nested `{…}` with the formatted count (nested plurals have their own `#`). */
function replaceHash(body: string, formatted: string): string {
  let result = '';
  let depth = 0;
  for (const character of body) {
    if (character === '{') depth++;
    else if (character === '}') depth--;
    result += character === '#' && depth === 0 ? formatted : character;
  }
  return result;
}

function formatPlural(
  name: string,
  options: string,
  params: MessageParams,
  locale: string,
): string | undefined {
  if (!Object.hasOwn(params, name)) return undefined;
  const branches = parseBranches(options);
  if (!branches) return undefined;
  const value = params[name];
  const count = countOf(value);
  const exact =
    count === undefined ? undefined : branches.find((branch) => branch.selector === `=${count}`);
  const category = count === undefined ? 'other' : pluralRules(locale).select(count);
  const chosen =
    exact ??
    branches.find((branch) => branch.selector === category) ??
    branches.find((branch) => branch.selector === 'other');
  if (!chosen) return undefined;
  const formatted = count === undefined ? String(value) : numberFormat(locale).format(count);
  return formatMessage(replaceHash(chosen.body, formatted), params, locale);
}

/**
 * Fills a message template: `{name}` takes the parameter as it is, `{name, number}` formats it
 * for the locale (`12.345`), and
 * `{count, plural, =0 {…} one {# …} other {# …}}` picks the branch for the number by the
 * locale's plural rules, `#` being the number formatted for the locale. Apostrophes are
 * ordinary text (Italian needs them), unlike full ICU where they quote.
 */
export function formatMessage(template: string, params: MessageParams, locale: string): string {
  let result = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open < 0) break;
    const close = closingBrace(template, open);
    if (close < 0) break;
    result += template.slice(index, open);
    const inner = template.slice(open + 1, close);
    const placeholder = template.slice(open, close + 1);
    const plural = pluralHead.exec(inner);
    const number = numberPlaceholder.exec(inner);
    if (number && Object.hasOwn(params, number[1])) {
      const value = params[number[1]];
      const count = countOf(value);
      result += count === undefined ? String(value) : numberFormat(locale).format(count);
    } else if (plural) {
      const options = inner.slice(plural[0].length);
      result += formatPlural(plural[1], options, params, locale) ?? placeholder;
    } else if (/^\w+$/.test(inner) && Object.hasOwn(params, inner)) {
      result += String(params[inner]);
    } else {
      result += placeholder;
    }
    index = close + 1;
  }
  return result + template.slice(index);
}
