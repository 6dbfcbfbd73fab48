import { describe, expect, it } from 'vitest';
import { ALWAYS_HEARD, CHILDLINE, councilOutOfHours, dialable } from './helplines';

describe('helplines', () => {
  it('dials digits only, keeping a leading + for an international number', () => {
    expect(CHILDLINE.dial).toBe('08001111');
    expect(ALWAYS_HEARD.dial).toBe('08088005792');
    expect(dialable(' +44 (0)1234-567 890 ')).toBe('+4401234567890');
  });

  it('leaves the council out-of-hours line out unless the council set a number', () => {
    expect(councilOutOfHours({})).toBeUndefined();
    expect(councilOutOfHours({ VITE_COUNCIL_OUT_OF_HOURS_PHONE: '   ' })).toBeUndefined();
    expect(councilOutOfHours({ VITE_COUNCIL_OUT_OF_HOURS_PHONE: 'none' })).toBeUndefined();
  });

  it('uses the council number as written, with an optional name', () => {
    expect(councilOutOfHours({ VITE_COUNCIL_OUT_OF_HOURS_PHONE: '01234 567890' })).toEqual({ shown: '01234 567890', dial: '01234567890' });
    expect(
      councilOutOfHours({ VITE_COUNCIL_OUT_OF_HOURS_PHONE: '01234 567890', VITE_COUNCIL_OUT_OF_HOURS_NAME: ' Anytown Emergency Duty Team ' }),
    ).toEqual({ shown: '01234 567890', dial: '01234567890', name: 'Anytown Emergency Duty Team' });
  });
});
