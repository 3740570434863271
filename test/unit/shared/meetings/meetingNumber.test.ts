import { describe, expect, it } from 'vitest';
import { nextMeetingNumber } from '../../../../shared/meetings';

describe('meeting number within the year', () => {
  it('starts at 1 and follows the highest number so far', () => {
    expect(nextMeetingNumber([])).toBe(1);
    expect(nextMeetingNumber([1, 2, 3])).toBe(4);
    expect(nextMeetingNumber([3, 1])).toBe(4);
  });
});
