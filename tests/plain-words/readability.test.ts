import { describe, expect, it } from 'vitest';
import {
  cleanText,
  findJargon,
  fleschKincaid,
  flattenStrings,
  jargonPattern,
  sentencesOf,
  splitSentences,
  wordsOf,
} from './readability';

describe('flattenStrings', () => {
  it('gives every string with a dotted key, skipping keys that start with _', () => {
    const json = { title: 'Hi', _note: 'for editors', list: ['One', 'Two'], deep: { _x: 'no', y: 'Yes' }, n: 3 };
    expect(flattenStrings(json)).toEqual([
      { key: 'title', value: 'Hi' },
      { key: 'list.0', value: 'One' },
      { key: 'list.1', value: 'Two' },
      { key: 'deep.y', value: 'Yes' },
    ]);
  });
});

describe('sentences and words', () => {
  it('strips placeholders, nested keys and tags', () => {
    expect(wordsOf(cleanText('{{count}} things are <1>not</1> sent $t(common:yet).'))).toEqual([
      'things',
      'are',
      'not',
      'sent',
    ]);
  });

  it('splits on . ! ? and line breaks, but not inside numbers or on an ellipsis word', () => {
    expect(splitSentences('Call 999. Is it safe? Yes!\nGo on')).toEqual(['Call 999', 'Is it safe', 'Yes', 'Go on']);
    expect(splitSentences('Version 1.5 is here')).toEqual(['Version 1.5 is here']);
    expect(splitSentences('Sending…')).toEqual(['Sending']);
  });

  it('counts a phone number as words', () => {
    expect(wordsOf('Call Childline on 0800 1111')).toHaveLength(5);
  });
});

describe('fleschKincaid', () => {
  const grade = (...texts: string[]) =>
    fleschKincaid(sentencesOf(texts.map((value, index) => ({ key: String(index), value })))).grade;

  it('gives short labels a sane grade, never below 0', () => {
    expect(grade('Skip')).toBe(0);
    expect(grade('Send now')).toBe(0);
    expect(grade('Sent', 'Skip', 'Yes, mostly')).toBe(0);
    expect(grade()).toBe(0);
  });

  it('does not let short labels hide long sentences', () => {
    const long = 'We will ensure that our care leavers offer is of high quality and reflects their needs.';
    const entries = [long, 'Skip', 'Sent', 'Send now', 'Back'].map((value, index) => ({ key: String(index), value }));
    const result = fleschKincaid(sentencesOf(entries));
    expect(result.sentences).toBe(1);
    expect(result.words).toBe(21);
    expect(result.grade).toBeGreaterThan(4);
  });

  it('scores plain text low and council text high', () => {
    expect(grade('I feel listened to.', 'My birthdays are remembered.', 'I am hugged if I ask to be.')).toBeLessThan(4);
    expect(
      grade(
        'We will improve our performance as a partnership in understanding and supporting emotional wellbeing.',
      ),
    ).toBeGreaterThan(12);
  });
});

describe('jargon', () => {
  const list = [
    { word: 'placement', say: 'home' },
    { word: 'looked after', say: 'in care' },
    { word: 'LAC', say: 'in care' },
  ];

  it('matches whole words, any case, plurals and hyphens', () => {
    expect(jargonPattern('placement').test('Your Placements')).toBe(true);
    expect(jargonPattern('placement').test('a replacement phone')).toBe(false);
    expect(jargonPattern('looked after').test('a looked-after child')).toBe(true);
    expect(jargonPattern('LAC').test('shoe laces and black')).toBe(false);
  });

  it('names the key and the word', () => {
    const entries = flattenStrings({ a: { b: 'You are Looked After.' }, c: 'Fine words.' });
    expect(findJargon(entries, list)).toEqual([{ key: 'a.b', word: 'looked after', say: 'in care' }]);
  });
});
