import {
  fieldValueOf,
  sameValue,
  type BaseValue,
  type FieldChange,
} from '../../../../shared/exchange';

/** Raised when Regia's records changed between the review and the confirmation. */
export class StaleImportError extends Error {
  constructor() {
    super('I dati sono cambiati dopo la revisione');
    this.name = 'StaleImportError';
  }
}

/** Refuses the import when a record is gone or no longer holds what the review showed. */
export function checkUnchanged(record: object | undefined, changes: readonly FieldChange[]): void {
  if (
    !record ||
    changes.some((change) => !sameValue(fieldValueOf(record, change.field), change.from))
  ) {
    throw new StaleImportError();
  }
}

/** The values the changes write, by field. */
export function targetValues(changes: readonly FieldChange[]): Map<string, BaseValue> {
  return new Map(changes.map((change) => [change.field, change.to]));
}

/** The values before the changes, by field, as the batch keeps them for the undo. */
export function valuesBefore(changes: readonly FieldChange[]): Record<string, BaseValue> {
  return Object.fromEntries(changes.map((change) => [change.field, change.from]));
}

/** The values after the changes, by field. */
export function valuesAfter(changes: readonly FieldChange[]): Record<string, BaseValue> {
  return Object.fromEntries(changes.map((change) => [change.field, change.to]));
}
