/**
 * Reading grade of plain text, the one implementation used by the plain-words test (child-facing
 * locales) and by the inbox editor ("You said, we did"). Flesch-Kincaid grade (Kincaid et al., 1975):
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables come from the `syllable` package. Sentences and words are counted here, the same way
 * for the grade and for the "15 words at most" rule, so the two checks always agree.
 */
import { syllable } from 'syllable';

export interface Sentence {
  readonly text: string;
  readonly words: readonly string[];
}

export interface GradeResult {
  /** Flesch-Kincaid grade, rounded to one decimal place, never below 0. */
  readonly grade: number;
  /** Sentences of 3 words or more: the ones that set the average sentence length. */
  readonly sentences: number;
  readonly words: number;
  readonly syllables: number;
}

export interface Readability extends GradeResult {
  /** Words in the longest sentence (any sentence, labels included); 0 for empty text. */
  readonly longestSentenceWords: number;
}

/** Splits on . ! ? … (when followed by a space, a quote or the end) and on line breaks. */
export function splitSentences(text: string): string[] {
  return text
    .split(/[.!?…]+(?=[\s"'”’)\]]|$)|\r?\n/)
    .map((part) => part.trim())
    .filter((part) => wordsOf(part).length > 0);
}

/** Words: runs of non-space characters holding a letter or a digit, with edge punctuation removed. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[\s\u00a0/–—]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Syllables in one word; a number such as 999 or 0800 counts as one. */
export function syllablesOf(word: string): number {
  return Math.max(1, syllable(word));
}

export function sentencesOfText(text: string): Sentence[] {
  return splitSentences(text).map((part) => ({ text: part, words: wordsOf(part) }));
}

/**
 * Flesch-Kincaid grade of a set of sentences. Syllables per word count every word. Words per
 * sentence count only sentences of 3 words or more, so that labels such as "Skip" or "Send now"
 * neither pull the grade down nor make it absurd; if there are none, every sentence counts.
 */
export function fleschKincaid(sentences: readonly Pick<Sentence, 'words'>[]): GradeResult {
  const words = sentences.flatMap((sentence) => sentence.words);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  if (words.length === 0) return { grade: 0, sentences: 0, words: 0, syllables: 0 };
  const real = sentences.filter((sentence) => sentence.words.length >= 3);
  const counted = real.length > 0 ? real : sentences;
  const countedWords = counted.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const raw = 0.39 * (countedWords / counted.length) + 11.8 * (syllables / words.length) - 15.59;
  return { grade: Math.max(0, Math.round(raw * 10) / 10), sentences: counted.length, words: words.length, syllables };
}

/** Grade and longest sentence of one or more pieces of text read together (say a title and its text). */
export function readabilityOf(...texts: readonly string[]): Readability {
  const sentences = texts.flatMap(sentencesOfText);
  const longestSentenceWords = sentences.reduce((longest, sentence) => Math.max(longest, sentence.words.length), 0);
  return { ...fleschKincaid(sentences), longestSentenceWords };
}
