import type { Contact } from '../domain';

/** What identifies a person in free text and in records. */
export type ErasedPerson = {
  /** The contact's id: rows and changes about this record lose their values. */
  contactId: string;
  /** Texts that name the person (full name both ways round, e-mail, phone), in lower case. */
  needles: string[];
};

/** What replaces a person's name, e-mail or phone found in other text. */
export const erasedText = '[dato cancellato]';

/** The fields of a row or a recorded change that hold a person's values. */
const personalFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'role',
  'notes',
  'searchWords',
  'before',
  'after',
  'value',
  'base',
  'sheet',
] as const;

const normalize = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The texts that name a contact; a phone also without its spaces and separators. */
export function personNeedles(
  contact: Pick<Contact, 'firstName' | 'lastName' | 'email' | 'phone'>,
): string[] {
  const first = normalize(contact.firstName);
  const last = normalize(contact.lastName);
  const names = first ? [`${first} ${last}`, `${last} ${first}`] : [last];
  const phone = normalize(contact.phone);
  const phoneDigits = phone.replace(/[^\d+]/g, '');
  const candidates = [...names, normalize(contact.email), phone, phoneDigits];
  // Very short texts would erase unrelated words (a two-letter surname, a partial number).
  return [...new Set(candidates.filter((text) => text.length >= 4))];
}

function scrubText(text: string, needles: string[]): string {
  let lower = text.toLowerCase();
  if (!needles.some((needle) => lower.includes(needle))) return text;
  let result = text;
  for (const needle of needles) {
    let index = lower.indexOf(needle);
    while (index !== -1) {
      result = result.slice(0, index) + erasedText + result.slice(index + needle.length);
      lower = result.toLowerCase();
      index = lower.indexOf(needle, index + erasedText.length);
    }
  }
  return result;
}

function isAboutPerson(record: Record<string, unknown>, contactId: string): boolean {
  return record.id === contactId || record.recordId === contactId;
}

/**
 * A value with the person erased: texts naming them have those words replaced, and any record or
 * recorded change about their contact (a snapshot row, an audit entry, an applied change) loses
 * its personal fields. Bytes are left alone. Returns the same value when nothing changed.
 */
export function scrubPersonalData(value: unknown, person: ErasedPerson): unknown {
  if (typeof value === 'string') return scrubText(value, person.needles);
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item: unknown) => {
      const scrubbed = scrubPersonalData(item, person);
      if (scrubbed !== item) changed = true;
      return scrubbed;
    });
    return changed ? items : value;
  }
  const record = value as Record<string, unknown>;
  const aboutPerson = isAboutPerson(record, person.contactId);
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(record)) {
    let next: unknown;
    if (aboutPerson && (personalFields as readonly string[]).includes(key)) {
      next = Array.isArray(field) ? [] : typeof field === 'string' ? '' : null;
      if (JSON.stringify(next) === JSON.stringify(field)) next = field;
    } else {
      next = scrubPersonalData(field, person);
    }
    if (next !== field) changed = true;
    copy[key] = next;
  }
  return changed ? copy : value;
}

/** The contact that stays in place of an erased person, so references to it keep working. */
export function anonymisedContact(contact: Contact, label: string, now: Date): Contact {
  const at = now.toISOString();
  return {
    ...contact,
    firstName: '',
    lastName: label,
    role: '',
    email: '',
    phone: '',
    notes: '',
    searchWords: [],
    updatedAt: at,
    archivedAt: contact.archivedAt ?? at,
    rev: contact.rev + 1,
  };
}
