/**
 * The keyword lists of every language the app speaks, merged: a comment gets the themes its words
 * suggest in whichever language it was written. Adding a language is one line in LANGUAGES.
 */
import english from '../../../locales/en/theme-keywords.json';
import { type KeywordLists, mergeKeywordLists, parseKeywordLists } from '../../shared/themes/keyword-lists';

const LANGUAGES: Readonly<Record<string, unknown>> = {
  en: english,
};

export const THEME_KEYWORDS: KeywordLists = mergeKeywordLists(
  Object.entries(LANGUAGES).map(([language, json]) => parseKeywordLists(json, `locales/${language}/theme-keywords.json`)),
);
