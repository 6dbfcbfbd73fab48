import { describe, expect, it } from 'vitest';
import { EMPTY_CONTACT, checkContact, toggle } from './contact-draft';

describe('checkContact', () => {
  it('asks for a way to get in touch when none is picked', () => {
    expect(checkContact(EMPTY_CONTACT)).toEqual({ ok: false, problems: ['method'] });
  });

  it('needs a phone number to text or call, and an email to email', () => {
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['text'] })).toEqual({ ok: false, problems: ['phone'] });
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['email'], phone: '07700 900123' })).toEqual({ ok: false, problems: ['email'] });
  });

  it('gives the shared schema shape with empty answers left out', () => {
    const result = checkContact({ ...EMPTY_CONTACT, methods: ['call'], phone: ' 07700 900123 ', notAtHome: true, bestTimes: ['evening'] });
    expect(result).toEqual({ ok: true, contact: { methods: ['call'], phone: '07700 900123', bestTimes: ['evening'], notAtHome: true } });
  });
});

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
