// The speaker view's 24-hour clock and its notes font sizes, without a browser.
import { describe, expect, it } from 'vitest';
import { to24Hour } from '../../src/client/speaker-view-zh.js';
import { NOTES_SIZES, stepSize } from '../../src/client/speaker-view-tools.js';

describe('speaker view polish', () => {
  it('turns the plugin’s 12-hour clock into 24-hour time', () => {
    expect(to24Hour('09:05 PM')).toBe('21:05');
    // Current ICU writes a narrow no-break space before AM/PM.
    expect(to24Hour('09:05\u202fAM')).toBe('09:05');
    expect(to24Hour('12:30 AM')).toBe('00:30');
    expect(to24Hour('12:30 PM')).toBe('12:30');
    expect(to24Hour('0:00 AM')).toBe('00:00');
    expect(to24Hour('讲稿备注')).toBe('讲稿备注');
    expect(to24Hour('21:05')).toBe('21:05');
  });

  it('steps the notes size within its range', () => {
    expect(stepSize(1.2, 1)).toBe(1.4);
    expect(stepSize(1.2, -1)).toBe(1);
    expect(stepSize(NOTES_SIZES[0], -1)).toBe(NOTES_SIZES[0]);
    expect(stepSize(NOTES_SIZES.at(-1)!, 1)).toBe(NOTES_SIZES.at(-1));
    // A size that is not one of the steps starts from the smallest.
    expect(stepSize(5, 1)).toBe(NOTES_SIZES[1]);
  });
});
