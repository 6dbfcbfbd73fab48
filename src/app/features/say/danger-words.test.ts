import { describe, expect, it } from 'vitest';
import say from '../../../../locales/en/say.json';
import { mentionsDanger } from './danger-words';

const WORDS = say.dangerWords;

describe('mentionsDanger', () => {
  it.each(['He hit me last night', 'I feel UNSAFE at home', 'i want to kill myself', 'Someone hurt me.'])('finds danger in "%s"', (text) => {
    expect(mentionsDanger(text, WORDS)).toBe(true);
  });

  it.each(['We had a white cake', 'The hut was nice', 'Can we have a games night?', ''])('finds none in "%s"', (text) => {
    expect(mentionsDanger(text, WORDS)).toBe(false);
  });

  it('matches whole words only, and ignores empty entries', () => {
    expect(mentionsDanger('shit happens', ['hit'])).toBe(false);
    expect(mentionsDanger('anything', ['', '  '])).toBe(false);
  });
});
