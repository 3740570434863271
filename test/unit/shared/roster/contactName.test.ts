import { describe, expect, it } from 'vitest';
import { contactFullName } from '../../../../shared/roster';

describe('a contact’s full name', () => {
  it('is the first name, then the last name', () => {
    expect(contactFullName({ firstName: 'Giulia', lastName: 'Rossi' })).toBe('Giulia Rossi');
  });

  it('leaves out an empty or blank part without a stray space', () => {
    expect(contactFullName({ firstName: '', lastName: 'Rossi' })).toBe('Rossi');
    expect(contactFullName({ firstName: 'Giulia', lastName: '  ' })).toBe('Giulia');
    expect(contactFullName({ firstName: ' Giulia ', lastName: 'Rossi ' })).toBe('Giulia Rossi');
  });
});
