/**
 * Plain-words helpers: turn a locale namespace into sentences and words, and score them with the
 * Flesch-Kincaid grade (Kincaid et al., 1975):
 *
 *   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 *
 * Syllables come from the `syllable` package. Sentences and words are counted here, the same way
 * for the grade and for the "15 words at most" rule, so the two checks always agree.
 */
import { syllable } from 'syllable';

export interface Entry {
  /** Dotted key inside the namespace, for example `priorities.home.weWill.0`. */
  readonly key: string;
  readonly value: string;
}

export interface Sentence {
  readonly key: string;
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

/** Every string value, with its dotted key. Keys starting with `_` (notes for editors) are skipped. */
export function flattenStrings(value: unknown, prefix = ''): Entry[] {
  if (typeof value === 'string') return [{ key: prefix, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => flattenStrings(item, join(prefix, String(index))));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !key.startsWith('_'))
      .flatMap(([key, item]) => flattenStrings(item, join(prefix, key)));
  }
  return [];
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** Removes i18next machinery: `{{placeholders}}`, `$t(nested.keys)` and `<0>…</0>` tags (their words stay). */
export function cleanText(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .replace(/<\/?[\w-]+\s*\/?>/g, ' ');
}

/** Splits on . ! ? … (when followed by a space, a quote or the end) and on line breaks. */
export function splitSentences(text: string): string[] {
  return cleanText(text)
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

export function sentencesOf(entries: readonly Entry[]): Sentence[] {
  return entries.flatMap(({ key, value }) =>
    splitSentences(value).map((text) => ({ key, text, words: wordsOf(text) })),
  );
}

/**
 * Flesch-Kincaid grade of a whole namespace. Syllables per word count every word. Words per sentence
 * count only sentences of 3 words or more, so that labels such as "Skip" or "Send now" neither pull
 * the grade down nor make it absurd; if there are none, every sentence counts.
 */
export function fleschKincaid(sentences: readonly Sentence[]): GradeResult {
  const words = sentences.flatMap((sentence) => sentence.words);
  const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
  if (words.length === 0) return { grade: 0, sentences: 0, words: 0, syllables: 0 };
  const real = sentences.filter((sentence) => sentence.words.length >= 3);
  const counted = real.length > 0 ? real : sentences;
  const countedWords = counted.reduce((sum, sentence) => sum + sentence.words.length, 0);
  const raw = 0.39 * (countedWords / counted.length) + 11.8 * (syllables / words.length) - 15.59;
  return { grade: Math.max(0, Math.round(raw * 10) / 10), sentences: counted.length, words: words.length, syllables };
}

export interface JargonWord {
  readonly word: string;
  readonly say: string;
}

/** Whole-word, case-insensitive; spaces in a phrase also match hyphens; a plural "s" still matches (so "placements" is caught, "replacement" is not). */
export function jargonPattern(word: string): RegExp {
  const escaped = word
    .trim()
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\u00a0-]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}s?(?![\\p{L}\\p{N}])`, 'iu');
}

export interface JargonHit {
  readonly key: string;
  readonly word: string;
  readonly say: string;
}

export function findJargon(entries: readonly Entry[], jargon: readonly JargonWord[]): JargonHit[] {
  const patterns = jargon.map((item) => ({ ...item, pattern: jargonPattern(item.word) }));
  return entries.flatMap(({ key, value }) => {
    const text = cleanText(value);
    return patterns.filter(({ pattern }) => pattern.test(text)).map(({ word, say }) => ({ key, word, say }));
  });
}
