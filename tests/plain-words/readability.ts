/**
 * Plain-words helpers: turn a locale namespace into sentences and words, and score them with the
 * Flesch-Kincaid grade. Counting and scoring live in src/shared/readability, the one implementation
 * the inbox editor uses too; this file adds what only locales need (keys, i18next markup, jargon).
 */
import { splitSentences as splitPlainSentences, wordsOf } from '../../src/shared/readability/flesch-kincaid';

export { type GradeResult, fleschKincaid, syllablesOf, wordsOf } from '../../src/shared/readability/flesch-kincaid';

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

/** Splits on . ! ? … (when followed by a space, a quote or the end) and on line breaks, after removing i18next markup. */
export function splitSentences(text: string): string[] {
  return splitPlainSentences(cleanText(text));
}

export function sentencesOf(entries: readonly Entry[]): Sentence[] {
  return entries.flatMap(({ key, value }) =>
    splitSentences(value).map((text) => ({ key, text, words: wordsOf(text) })),
  );
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
