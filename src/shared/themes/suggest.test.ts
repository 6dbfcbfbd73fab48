import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import englishKeywords from '../../../locales/en/theme-keywords.json';
import { ALL_STATEMENT_IDS } from '../content/statements';
import { OTHER_THEME, THEME_IDS, isThemeId, themeTarget } from './codebook';
import { KEYWORD_THEMES, type KeywordLists, mergeKeywordLists, parseKeywordLists } from './keyword-lists';
import { suggestThemes } from './suggest';

const RUNS = Number(process.env.THEMES_RUNS ?? 1000);
const EN = parseKeywordLists(englishKeywords, 'locales/en/theme-keywords.json');

const LISTS: KeywordLists = {
  'priority:home': ['foster*', 'placement', 'bedroom'],
  'priority:safe-relationships': ['social worker', 'trust*'],
  'statement:good-care-09': ['birthday*'],
  'priority:identity': ['café', 'life story'],
};

describe('suggestThemes', () => {
  it('matches whole words case-insensitively, with stems and phrases across any whitespace', () => {
    expect(suggestThemes('My FOSTER carers are kind', LISTS)).toEqual(['priority:home']);
    expect(suggestThemes('Fostering went well', LISTS)).toEqual(['priority:home']);
    expect(suggestThemes('I trusted my Social\n\t Worker', LISTS)).toEqual(['priority:safe-relationships']);
    expect(suggestThemes('my social-worker', LISTS)).toEqual(['priority:safe-relationships']);
    expect(suggestThemes('No birthday cake, and a new bedroom', LISTS)).toEqual(['priority:home', 'statement:good-care-09']);
  });

  it('does not match inside a longer word (Unicode letters count as word letters)', () => {
    expect(suggestThemes('placements', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('bedrooms', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('misplacement', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('émigré bedroomé', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('a CAFÉ. ', LISTS)).toEqual(['priority:identity']);
    expect(suggestThemes('cafés', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('social workers', LISTS)).toEqual([OTHER_THEME]);
  });

  it('does not match a phrase across punctuation', () => {
    expect(suggestThemes('I am social. Worker of the week!', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('my life, story', LISTS)).toEqual([OTHER_THEME]);
  });

  it('answers "other" when nothing matched, and never "other" beside a theme', () => {
    expect(suggestThemes('', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('Pizza on Friday', LISTS)).toEqual([OTHER_THEME]);
    expect(suggestThemes('Pizza on Friday', {})).toEqual([OTHER_THEME]);
  });

  it("adds a good-care statement's own theme and its priorities for a rating's comment", () => {
    // good-care-04 shows two priorities: safe relationships and doing it together.
    expect(suggestThemes('Pizza on Friday', LISTS, { statementId: 'good-care-04' })).toEqual([
      'priority:safe-relationships',
      'priority:do-it-together',
      'statement:good-care-04',
    ]);
    expect(suggestThemes('my bedroom', LISTS, { statementId: 'good-care-09' })).toEqual(['priority:home', 'statement:good-care-09']);
  });

  it('suggests getting ready to leave care for a leaving-care statement, and ignores an unknown one', () => {
    expect(suggestThemes('Pizza', LISTS, { statementId: 'leaving-care-03' })).toEqual(['priority:prepared-and-supported']);
    expect(suggestThemes('Pizza', LISTS, { statementId: 'not-a-statement' })).toEqual([OTHER_THEME]);
    expect(suggestThemes('Pizza', LISTS, { statementId: null })).toEqual([OTHER_THEME]);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(suggestThemes('I don’t know why I’m in care', EN)).toContain('statement:good-care-01');
    expect(suggestThemes("I don't know why I'm in care", EN)).toContain('statement:good-care-01');
  });

  it('tags sample comments with the English lists as a person would start', () => {
    expect(suggestThemes('I keep having to move to a new foster placement', EN)).toEqual(expect.arrayContaining(['priority:home']));
    expect(suggestThemes('My social worker keeps changing and nobody said goodbye', EN)).toEqual(
      expect.arrayContaining(['priority:safe-relationships', 'statement:good-care-03']),
    );
    expect(suggestThemes('They forgot my birthday again', EN)).toEqual(expect.arrayContaining(['statement:good-care-09']));
    expect(suggestThemes('I need help with my homework and GCSEs', EN)).toEqual(['priority:opportunities']);
    expect(suggestThemes('Waiting ages to see the dentist', EN)).toEqual(['priority:healthy-life']);
    expect(suggestThemes('I am scared about paying bills when I leave care', EN)).toEqual(
      expect.arrayContaining(['priority:prepared-and-supported', 'statement:good-care-14']),
    );
    expect(suggestThemes('Nobody asked me before my review meeting', EN)).toEqual(expect.arrayContaining(['priority:do-it-together']));
    expect(suggestThemes('I want to see my little brother more', EN)).toEqual(expect.arrayContaining(['statement:good-care-13']));
    expect(suggestThemes('The pizza was nice', EN)).toEqual([OTHER_THEME]);
  });
});

describe('the English keyword lists', () => {
  it('give every priority and statement some keywords, and no list to "other"', () => {
    for (const theme of KEYWORD_THEMES) expect(EN[theme]?.length ?? 0, theme).toBeGreaterThanOrEqual(5);
    expect(Object.keys(englishKeywords)).not.toContain(OTHER_THEME);
  });

  it('suggest each theme from each of its own keywords', () => {
    for (const theme of KEYWORD_THEMES) {
      for (const keyword of EN[theme] ?? []) expect(suggestThemes(`x ${keyword.replace(/\*$/, '')} x`, EN), keyword).toContain(theme);
    }
  });
});

describe('parseKeywordLists and mergeKeywordLists', () => {
  it('refuse an unknown theme id, "other", a non-list and a keyword with a stray symbol', () => {
    expect(() => parseKeywordLists({ 'priority:nope': ['a'] })).toThrow(/not a theme id/);
    expect(() => parseKeywordLists({ other: ['a'] })).toThrow(/not a theme id/);
    expect(() => parseKeywordLists({ 'priority:home': 'home' })).toThrow(/list of strings/);
    expect(() => parseKeywordLists({ 'priority:home': ['ho*me'] })).toThrow(/cannot be used/);
    expect(() => parseKeywordLists({ 'priority:home': ['(home)'] })).toThrow(/cannot be used/);
    expect(() => parseKeywordLists([])).toThrow(/object/);
  });

  it('merge languages into one list per theme without repeats', () => {
    const merged = mergeKeywordLists([{ 'priority:home': ['home', 'foster*'] }, { 'priority:home': ['hogar', 'home'], 'priority:identity': ['familia'] }]);
    expect(merged).toEqual({ 'priority:home': ['home', 'foster*', 'hogar'], 'priority:identity': ['familia'] });
    expect(suggestThemes('Mi HOGAR', merged)).toEqual(['priority:home']);
  });
});

describe('themeTarget', () => {
  it('names what each codebook id points at', () => {
    expect(themeTarget('priority:home')).toEqual({ group: 'priority', id: 'home' });
    expect(themeTarget('statement:good-care-12')).toEqual({ group: 'statement', id: 'good-care-12' });
    expect(themeTarget(OTHER_THEME)).toEqual({ group: 'other' });
    expect(THEME_IDS).toHaveLength(22);
  });
});

/** Text made of keywords, everyday words and odd characters, so runs hit and miss the lists. */
const wordArb = fc.oneof(
  fc.constantFrom(...Object.values(EN).flatMap((words) => words ?? []).map((word) => word.replace(/\*$/, ''))),
  fc.constantFrom('the', 'pizza', 'I', 'my', 'not', 'café', 'ÉCOLE', 'x', '18', "don't", 'it’s'),
  fc.string({ maxLength: 8 }),
);
const textArb = fc.array(fc.tuple(wordArb, fc.constantFrom(' ', '  ', '\n', '\t', '-', ', ', '. ', '')), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
const contextArb = fc.option(fc.record({ statementId: fc.option(fc.oneof(fc.constantFrom(...ALL_STATEMENT_IDS), fc.string({ maxLength: 12 }))) }), {
  nil: undefined,
});
/** Flips the case of ASCII letters only: Unicode case mapping can change a word's length (ß → SS). */
const flipAsciiCase = (text: string, flips: readonly boolean[]) =>
  [...text].map((char, i) => (/[a-z]/i.test(char) && flips[i % Math.max(1, flips.length)] ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char)).join('');

describe(`suggestThemes properties (${RUNS} runs each, THEMES_RUNS to change)`, () => {
  it('always answers codebook ids, in codebook order, without repeats, never empty, "other" only alone', () => {
    console.log(`themes: suggestThemes shape property, ${RUNS} runs`);
    fc.assert(
      fc.property(textArb, contextArb, (text, context) => {
        const themes = suggestThemes(text, EN, context);
        expect(themes.length).toBeGreaterThan(0);
        expect(themes.every(isThemeId)).toBe(true);
        expect(themes).toEqual(THEME_IDS.filter((id) => themes.includes(id)));
        if (themes.includes(OTHER_THEME)) expect(themes).toEqual([OTHER_THEME]);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic and ignores the case of letters', () => {
    console.log(`themes: suggestThemes case and determinism property, ${RUNS} runs`);
    fc.assert(
      fc.property(textArb, contextArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }), (text, context, flips) => {
        const themes = suggestThemes(text, EN, context);
        expect(suggestThemes(text, structuredClone(EN), context)).toEqual(themes);
        expect(suggestThemes(flipAsciiCase(text, flips), EN, context)).toEqual(themes);
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a keyword set apart by whitespace anywhere in any text', () => {
    console.log(`themes: suggestThemes keyword-anywhere property, ${RUNS} runs`);
    const keywordArb = fc.constantFrom(...KEYWORD_THEMES.flatMap((theme) => (EN[theme] ?? []).map((word) => ({ theme, word }))));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), keywordArb, fc.string({ maxLength: 40 }), (before, { theme, word }, after) => {
        expect(suggestThemes(`${before} ${word.replace(/\*$/, 's')} ${after}`, EN)).toContain(theme);
      }),
      { numRuns: RUNS },
    );
  });

  it('never fails on arbitrary keyword lists, even ones full of symbols', () => {
    console.log(`themes: suggestThemes arbitrary-lists property, ${RUNS} runs`);
    const listsArb = fc.dictionary(fc.constantFrom(...KEYWORD_THEMES), fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), listsArb, (text, lists) => {
        const themes = suggestThemes(text, lists as KeywordLists);
        expect(themes.length).toBeGreaterThan(0);
        expect(themes.every(isThemeId)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
