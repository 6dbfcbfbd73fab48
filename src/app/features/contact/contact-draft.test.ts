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

describe('checkContact: numbers and emails someone can use', () => {
  it.each(['07700 900123', '+44 7700 900123', '(023) 8083 3000', '0800-1111-111'])('takes the phone number %s', (phone) => {
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['call'], phone }).ok).toBe(true);
  });

  it.each(['abc', '1', '0770', '07700 90012a', '1234567890123456'])('asks to check the phone number %s', (phone) => {
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['text'], phone })).toEqual({ ok: false, problems: ['phoneFormat'] });
  });

  it.each(['notanemail', 'a@b', 'me @example.org'])('asks to check the email %s', (email) => {
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['email'], email })).toEqual({ ok: false, problems: ['emailFormat'] });
  });

  it('neither checks nor sends a number that is not needed', () => {
    expect(checkContact({ ...EMPTY_CONTACT, methods: ['email'], email: 'sam@example.org', phone: 'abc' })).toEqual({
      ok: true,
      contact: { methods: ['email'], email: 'sam@example.org' },
    });
  });
});

describe('toggle', () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});
