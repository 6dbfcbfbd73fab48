/**
 * Keyword lists that suggest a comment's themes, one file per language: locales/<lang>/theme-keywords.json,
 * `{ "<themeId>": ["word", "two words", "stem*"] }`. "other" has no list: it is what a comment gets when
 * nothing else matched.
 */
import { OTHER_THEME, THEME_IDS, type ThemeId } from './codebook';

export type KeywordTheme = Exclude<ThemeId, typeof OTHER_THEME>;
export type KeywordLists = Readonly<Partial<Record<KeywordTheme, readonly string[]>>>;

/** Words, spaces, apostrophes and hyphens, with an optional `*` at the very end for a stem. */
const KEYWORD_PATTERN = /^[\p{L}\p{M}\p{N}'’-]+(?:\s+[\p{L}\p{M}\p{N}'’-]+)*\*?$/u;

export const KEYWORD_THEMES: readonly KeywordTheme[] = THEME_IDS.filter((id): id is KeywordTheme => id !== OTHER_THEME);

function isKeywordTheme(key: string): key is KeywordTheme {
  return (KEYWORD_THEMES as readonly string[]).includes(key);
}

/**
 * Checks a language's keyword file. A typo in a theme id or a keyword would quietly stop suggesting a
 * theme, so it is an error at start-up instead.
 */
export function parseKeywordLists(json: unknown, source = 'theme keywords'): KeywordLists {
  if (!json || typeof json !== 'object' || Array.isArray(json)) throw new Error(`${source}: expected an object of theme ids`);
  const lists: Partial<Record<KeywordTheme, string[]>> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!isKeywordTheme(key)) throw new Error(`${source}: "${key}" is not a theme id that takes keywords`);
    if (!Array.isArray(value) || value.some((word) => typeof word !== 'string')) {
      throw new Error(`${source}: ${key} must be a list of strings`);
    }
    const words = (value as string[]).map((word) => word.trim());
    const bad = words.find((word) => !KEYWORD_PATTERN.test(word));
    if (bad !== undefined) throw new Error(`${source}: ${key} has a keyword that cannot be used: "${bad}"`);
    lists[key] = words;
  }
  return lists;
}

/** Every language's lists together: a comment in any language gets the themes its words suggest. */
export function mergeKeywordLists(all: readonly KeywordLists[]): KeywordLists {
  const merged: Partial<Record<KeywordTheme, string[]>> = {};
  for (const lists of all) {
    for (const theme of KEYWORD_THEMES) {
      const words = lists[theme];
      if (words) merged[theme] = [...new Set([...(merged[theme] ?? []), ...words])];
    }
  }
  return merged;
}
