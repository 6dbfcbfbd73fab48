/**
 * Plain words (PRODUCT.md): every child-facing namespace in locales/en has a Flesch-Kincaid grade of
 * 4.0 or less, no sentence over 15 words, and none of the words in jargon.json (except words.json,
 * which explains them). inbox*.json are for staff and theme-keywords.json is a keyword list for the
 * server: neither is read by children, so neither is checked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_GRADE, TARGET_SENTENCE_WORDS } from '../../src/shared/readability/plain-words-targets';
import jargonList from './jargon.json' with { type: 'json' };
import { type JargonWord, findJargon, fleschKincaid, flattenStrings, sentencesOf } from './readability';

const MAX_GRADE = TARGET_GRADE;
const MAX_WORDS = TARGET_SENTENCE_WORDS;
/** Namespaces children never read: staff text, and the keyword lists that suggest comment themes. */
const isNotForChildren = (name: string) => name === 'inbox' || name.startsWith('inbox-') || name === 'theme-keywords';
/** The one namespace allowed to use (and explain) jargon. */
const GLOSSARY_NAMESPACE = 'words';

const localeDir = join(import.meta.dirname, '../../locales/en');
const jargon: readonly JargonWord[] = jargonList.words;

const namespaces = readdirSync(localeDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .filter((name) => !isNotForChildren(name))
  .sort();

function load(namespace: string) {
  const json: unknown = JSON.parse(readFileSync(join(localeDir, `${namespace}.json`), 'utf8'));
  const entries = flattenStrings(json);
  return { entries, sentences: sentencesOf(entries) };
}

describe('plain words', () => {
  it('finds the child-facing namespaces', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect(namespaces).not.toContain('inbox');
  });

  it('keeps a jargon list', () => {
    expect(jargon.length).toBeGreaterThan(10);
  });

  describe.each(namespaces)('%s', (namespace) => {
    const { entries, sentences } = load(namespace);

    it(`has a Flesch-Kincaid grade of ${MAX_GRADE.toFixed(1)} or less`, () => {
      const result = fleschKincaid(sentences);
      console.log(`plain words: ${namespace} FK grade ${result.grade.toFixed(1)} (${result.sentences} sentences)`);
      expect(result.grade, `${namespace}: Flesch-Kincaid grade ${result.grade} is above ${MAX_GRADE}`).toBeLessThanOrEqual(
        MAX_GRADE,
      );
    });

    it(`has no sentence over ${MAX_WORDS} words`, () => {
      const long = sentences
        .filter((sentence) => sentence.words.length > MAX_WORDS)
        .map((sentence) => `${namespace}:${sentence.key} (${sentence.words.length} words): "${sentence.text}"`);
      expect(long, `sentences over ${MAX_WORDS} words`).toEqual([]);
    });

    it.skipIf(namespace === GLOSSARY_NAMESPACE)('uses no jargon', () => {
      const hits = findJargon(entries, jargon).map(
        (hit) => `${namespace}:${hit.key} uses "${hit.word}" (say: ${hit.say})`,
      );
      expect(hits, 'jargon outside words.json').toEqual([]);
    });
  });
});
