/** Raised when a record to change does not exist. */
export class RecordNotFoundError extends Error {
  constructor(
    readonly table: string,
    readonly id: string,
  ) {
    super(`Record ${id} non trovato in ${table}`);
    this.name = 'RecordNotFoundError';
  }
}
