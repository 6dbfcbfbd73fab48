import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import promise from '../../../locales/en/promise.json';
import statements from '../../../locales/en/statements.json';
import words from '../../../locales/en/words.json';
import { GLOSSARY_IDS, glossaryKey, isGlossaryId } from './glossary';
import {
  LEAVING_CARE_DRAFT,
  PARENT_POINT_IDS,
  PARENT_WORD,
  PRIORITIES,
  PRIORITY_IDS,
  parentPointKey,
  prioritiesForStatement,
  priorityById,
  priorityKey,
} from './promise';
import { ALL_STATEMENT_IDS, LEAVING_CARE_IDS, STATEMENT_IDS } from './statements';

async function english() {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { promise, words, statements } }, interpolation: { escapeValue: false } });
  return i18n;
}

describe('promise structure', () => {
  it('has the 7 priorities in the plan order, each once', () => {
    expect(PRIORITIES.map((priority) => priority.id)).toEqual([...PRIORITY_IDS]);
    expect(PRIORITY_IDS).toHaveLength(7);
    expect(priorityById('home').id).toBe('home');
  });

  it('puts every statement under at least one priority', () => {
    for (const id of [...STATEMENT_IDS, ...LEAVING_CARE_IDS]) {
      expect(prioritiesForStatement(id), id).not.toEqual([]);
    }
    expect(prioritiesForStatement('good-care-14')).toContain('prepared-and-supported');
  });

  it('names only known statements and words, with no repeats', () => {
    for (const priority of PRIORITIES) {
      expect(STATEMENT_IDS).toEqual(expect.arrayContaining([...priority.goodCare]));
      expect(LEAVING_CARE_IDS).toEqual(expect.arrayContaining([...priority.leavingCare]));
      expect(priority.words.every(isGlossaryId), priority.id).toBe(true);
      expect(new Set(priority.goodCare).size).toBe(priority.goodCare.length);
      expect(new Set(priority.leavingCare).size).toBe(priority.leavingCare.length);
      expect(new Set(priority.words).size).toBe(priority.words.length);
    }
    expect(isGlossaryId(PARENT_WORD)).toBe(true);
  });

  it('has the 12 good council parent points', () => {
    expect(PARENT_POINT_IDS).toHaveLength(12);
    expect(new Set(PARENT_POINT_IDS).size).toBe(12);
  });

  it('keeps the leaving-care statements marked as drafts until the council reviews them', () => {
    expect(typeof LEAVING_CARE_DRAFT).toBe('boolean');
  });
});

describe('English text for the promise', () => {
  it('has text for every priority: a title, 1-3 "You said" and 2-4 "We will"', async () => {
    const i18n = await english();
    for (const id of PRIORITY_IDS) {
      expect(i18n.t(priorityKey(id, 'title'))).not.toBe(`priorities.${id}.title`);
      const youSaid = i18n.t(priorityKey(id, 'youSaid'), { returnObjects: true }) as unknown;
      const weWill = i18n.t(priorityKey(id, 'weWill'), { returnObjects: true }) as unknown;
      expect(Array.isArray(youSaid) && youSaid.length >= 1 && youSaid.length <= 3, `${id}.youSaid`).toBe(true);
      expect(Array.isArray(weWill) && weWill.length >= 2 && weWill.length <= 4, `${id}.weWill`).toBe(true);
    }
    expect(Object.keys(promise.priorities).sort()).toEqual([...PRIORITY_IDS].sort());
  });

  it('has text for every parent point, and the headings', async () => {
    const i18n = await english();
    for (const id of PARENT_POINT_IDS) {
      expect(i18n.exists(parentPointKey(id)), id).toBe(true);
    }
    expect(Object.keys(promise.parent).sort()).toEqual(['intro', ...PARENT_POINT_IDS].sort());
    for (const heading of ['youSaid', 'weWill', 'parent', 'words'] as const) {
      expect(promise.headings[heading]).toBeTruthy();
    }
  });

  it('never says "corporate parent" outside Words explained', () => {
    expect(JSON.stringify(promise)).not.toMatch(/corporate/i);
  });
});

describe('English text for words explained and statements', () => {
  it('has a term and a meaning for every word, and no others', async () => {
    const i18n = await english();
    for (const id of GLOSSARY_IDS) {
      expect(i18n.exists(glossaryKey(id, 'term')), id).toBe(true);
      expect(i18n.exists(glossaryKey(id, 'meaning')), id).toBe(true);
    }
    expect(Object.keys(words).sort()).toEqual(['intro', 'title', ...GLOSSARY_IDS].sort());
  });

  it('has text for every statement, and no others', () => {
    expect(Object.keys(statements).sort()).toEqual([...ALL_STATEMENT_IDS].sort());
  });
});
