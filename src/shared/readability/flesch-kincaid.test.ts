import { describe, expect, it } from 'vitest';
import { fleschKincaid, readabilityOf, sentencesOfText, splitSentences, syllablesOf, wordsOf } from './flesch-kincaid';

describe('readabilityOf', () => {
  it('scores a known long sentence by the Flesch-Kincaid formula', () => {
    // 7 words, 16 syllables (yes-ter-day the chil-dren vis-it-ed the li-bra-ry to-geth-er), 1 sentence:
    // 0.39 × 7 + 11.8 × 16/7 − 15.59 = 14.11
    expect(readabilityOf('Yesterday the children visited the library together.')).toEqual({
      grade: 14.1,
      sentences: 1,
      words: 7,
      syllables: 16,
      longestSentenceWords: 7,
    });
  });

  it('scores known plain text low, and finds its longest sentence', () => {
    // 25 words, 29 syllables, 3 sentences: 0.39 × 25/3 + 11.8 × 29/25 − 15.59 = 1.35
    const text = 'You told us the wifi at home was too slow. We asked every home to get faster wifi. Now it is fixed in nine homes.';
    expect(readabilityOf(text)).toMatchObject({ grade: 1.3, sentences: 3, words: 25, syllables: 29, longestSentenceWords: 10 });
    // 13 words, 15 syllables, 2 sentences: 0.39 × 6.5 + 11.8 × 15/13 − 15.59 = 0.56
    expect(readabilityOf('We fixed the wifi. It works in every room of the house now.')).toMatchObject({ grade: 0.6, longestSentenceWords: 9 });
  });

  it('reads several pieces together, each as its own sentences', () => {
    const together = readabilityOf('Faster wifi', 'We fixed the wifi. It works in every room of the house now.');
    expect(together.words).toBe(15);
    // "Faster wifi" is a label: it adds syllables but does not count as a short sentence.
    expect(together.sentences).toBe(2);
  });

  it('is safe on empty text, spaces and punctuation alone', () => {
    const nothing = { grade: 0, sentences: 0, words: 0, syllables: 0, longestSentenceWords: 0 };
    expect(readabilityOf('')).toEqual(nothing);
    expect(readabilityOf('   \n\n ... !? —')).toEqual(nothing);
    expect(readabilityOf()).toEqual(nothing);
  });

  it('never goes below 0', () => {
    expect(readabilityOf('I am OK. We can go.').grade).toBe(0);
  });
});

describe('counting', () => {
  it('splits on . ! ? and line breaks, but not inside numbers', () => {
    expect(splitSentences('Call 999. Is it safe? Yes!\nGo on')).toEqual(['Call 999', 'Is it safe', 'Yes', 'Go on']);
    expect(splitSentences('Version 1.5 is here')).toEqual(['Version 1.5 is here']);
  });

  it('counts words without edge punctuation and a number as one syllable', () => {
    expect(wordsOf('"Hello," she said — twice.')).toEqual(['Hello', 'she', 'said', 'twice']);
    expect(syllablesOf('0800')).toBe(1);
  });

  it('lets long sentences set the average even among labels', () => {
    const sentences = sentencesOfText('Skip\nWe will ensure that our care leavers offer is of high quality.');
    expect(fleschKincaid(sentences).sentences).toBe(1);
  });
});
