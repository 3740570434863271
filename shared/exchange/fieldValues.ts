import {
  cellText,
  isEmptyCell,
  parseDayCell,
  parseNumberCell,
  parsePercentCell,
  type Parsed,
} from './cellValues';
import { isValidEmail, isValidPhone } from '../roster';
import { parseAmountCell } from './amountRules';
import type { GridCell } from './grid';
import type { RejectionReason } from './mergeTypes';
import type { BaseValue } from './partnerBase';
import { flagOfText, statusOfText, type FieldSpec } from './partnerFormat';
import { periodOfText } from './partnerPeriods';

/** A cell read as a field's value, or the reason it cannot be. */
export type FieldValue = { ok: true; value: BaseValue } | { ok: false; reason: RejectionReason };

/** The value of a yes-or-empty column set to yes (a contact the partner retires). */
export const retiredFlag = 'yes';

/** The longest text a record field holds (the domain's limit for free text). */
export const maxFieldText = 20_000;

function fromParsed<T extends BaseValue>(parsed: Parsed<NonNullable<T>>): FieldValue {
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, reason: parsed.problem };
}

function isFormula(cell: GridCell): boolean {
  return typeof cell === 'object' && cell !== null && cell.kind === 'formula';
}

/**
 * A returned cell as the value of its field. Formula cells are never trusted: their cached
 * result may not be what the partner saw, so they are refused with a reason.
 */
export function readFieldValue(field: FieldSpec, cell: GridCell): FieldValue {
  if (isFormula(cell)) return { ok: false, reason: 'formula' };
  switch (field.kind) {
    case 'day':
    case 'proposedDay':
      return fromParsed(parseDayCell(cell));
    case 'number':
      return fromParsed(parseNumberCell(cell));
    case 'percent': {
      const parsed = parsePercentCell(cell);
      if (!parsed.ok) return { ok: false, reason: parsed.problem };
      if (parsed.value === null) return { ok: false, reason: 'required' };
      const rounded = Math.round(parsed.value);
      return rounded < 0 || rounded > 100
        ? { ok: false, reason: 'outOfRange' }
        : { ok: true, value: rounded };
    }
    case 'status': {
      if (isEmptyCell(cell)) return { ok: false, reason: 'required' };
      const status = statusOfText(cellText(cell));
      return status ? { ok: true, value: status } : { ok: false, reason: 'invalidStatus' };
    }
    case 'flag': {
      const flag = flagOfText(cellText(cell));
      if (flag === null) return { ok: false, reason: 'invalidFlag' };
      return { ok: true, value: flag ? retiredFlag : null };
    }
    case 'period': {
      // A period the sheet names in words is compared as Regia keeps it; any other text as typed.
      const text = cellText(cell).trim();
      return { ok: true, value: periodOfText(text) ?? text };
    }
    case 'email':
    case 'phone': {
      // The roster's own rules, so that what a partner writes could be typed in Regia's form too.
      const text = cellText(cell).trim();
      if (text === '') return { ok: true, value: '' };
      if (field.kind === 'email')
        return isValidEmail(text)
          ? { ok: true, value: text }
          : { ok: false, reason: 'invalidEmail' };
      return isValidPhone(text) ? { ok: true, value: text } : { ok: false, reason: 'invalidPhone' };
    }
    case 'amount': {
      const amount = parseAmountCell(cell);
      return amount.ok ? { ok: true, value: amount.cents } : { ok: false, reason: amount.reason };
    }
    case 'text':
    case 'requiredText':
    case 'note': {
      const text = cellText(cell).trim();
      if (text.length > maxFieldText) return { ok: false, reason: 'tooLong' };
      if (field.kind === 'requiredText' && text === '') return { ok: false, reason: 'required' };
      return { ok: true, value: text };
    }
  }
}

/** Two field values are the same when equal, with empty text and nothing counting as one. */
export function sameValue(first: BaseValue, second: BaseValue): boolean {
  const normalize = (value: BaseValue): BaseValue => {
    const trimmed = typeof value === 'string' ? value.trim() : value;
    return trimmed === '' ? null : trimmed;
  };
  return normalize(first) === normalize(second);
}
