/**
 * Suggests a comment's themes from keyword lists (see keyword-lists.ts). Staff can change what this
 * suggests; it only has to be a sensible start, and the same text must always get the same themes.
 * Keywords match whole words (letters, marks and digits in any script) whatever their case; a
 * phrase's words may be apart by any whitespace or hyphens, but not by other punctuation, so a phrase
 * never spans two sentences.
 */
import { PRIORITIES } from '../content/promise';
import { LEAVING_CARE_IDS, STATEMENT_IDS } from '../content/statements';
import { OTHER_THEME, THEME_IDS, type ThemeId } from './codebook';
import { KEYWORD_THEMES, type KeywordLists, type KeywordTheme } from './keyword-lists';

/** What else is known about the comment: a rating's comment belongs to a statement. */
export interface SuggestContext {
  statementId?: string | null | undefined;
}

/** A run of letters, marks and digits: a word, in any script. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPACE_OR_HYPHEN = /^[\s-]+$/u;

interface Token {
  word: string;
  /** What stood between this word and the one before it. */
  gapBefore: string;
}

/** Lower case, one form of each accented letter, and curly apostrophes as straight ones ("I’m" typed on a phone). */
function normalise(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], gapBefore: text.slice(end, match.index) });
    end = match.index + match[0].length;
  }
  return tokens;
}

/** A keyword as words to find in a row; `stem` lets the last word go on ("foster*" finds "fostering"). */
interface Keyword {
  theme: KeywordTheme;
  tokens: Token[];
  stem: boolean;
}

/** Words apart by whitespace or a hyphen in a keyword are apart by any whitespace or hyphens in the text. */
function gapMatches(keywordGap: string, textGap: string): boolean {
  return SPACE_OR_HYPHEN.test(keywordGap) ? SPACE_OR_HYPHEN.test(textGap) : keywordGap === textGap;
}

function matchesAt(keyword: Keyword, text: readonly Token[], start: number): boolean {
  const last = keyword.tokens.length - 1;
  return keyword.tokens.every((token, i) => {
    const found = text[start + i];
    if (!found) return false;
    if (i > 0 && !gapMatches(token.gapBefore, found.gapBefore)) return false;
    return i === last && keyword.stem ? found.word.startsWith(token.word) : found.word === token.word;
  });
}

interface CompiledLists {
  /** Keywords by their first word, for all but one-word stems. */
  byFirstWord: Map<string, Keyword[]>;
  oneWordStems: { theme: KeywordTheme; prefix: string }[];
}

const compiled = new WeakMap<KeywordLists, CompiledLists>();

/** Keywords made ready to match, once per lists object. Anything that is not a usable keyword is skipped. */
function compile(lists: KeywordLists): CompiledLists {
  const cached = compiled.get(lists);
  if (cached) return cached;
  const result: CompiledLists = { byFirstWord: new Map(), oneWordStems: [] };
  for (const theme of KEYWORD_THEMES) {
    const words = Object.hasOwn(lists, theme) ? lists[theme] : undefined;
    for (const raw of Array.isArray(words) ? words : []) {
      if (typeof raw !== 'string') continue;
      const trimmed = normalise(raw).trim();
      const stem = trimmed.endsWith('*');
      const tokens = tokenise(stem ? trimmed.slice(0, -1) : trimmed);
      const first = tokens[0];
      if (!first) continue;
      const keyword = { theme, tokens, stem };
      if (stem && tokens.length === 1) result.oneWordStems.push({ theme, prefix: first.word });
      else result.byFirstWord.set(first.word, [...(result.byFirstWord.get(first.word) ?? []), keyword]);
    }
  }
  compiled.set(lists, result);
  return result;
}

function keywordThemes(text: string, lists: KeywordLists): Set<ThemeId> {
  const { byFirstWord, oneWordStems } = compile(lists);
  const tokens = tokenise(normalise(text));
  const found = new Set<ThemeId>();
  tokens.forEach((token, start) => {
    for (const keyword of byFirstWord.get(token.word) ?? []) if (matchesAt(keyword, tokens, start)) found.add(keyword.theme);
    for (const { theme, prefix } of oneWordStems) if (token.word.startsWith(prefix)) found.add(theme);
  });
  return found;
}

/** A good-care statement names itself and the priorities it shows; leaving-care ones the last priority. */
function contextThemes(context: SuggestContext | undefined): Set<ThemeId> {
  const themes = new Set<ThemeId>();
  const statementId = context?.statementId;
  if (!statementId) return themes;
  const goodCare = STATEMENT_IDS.find((id) => id === statementId);
  if (goodCare) {
    themes.add(`statement:${goodCare}`);
    for (const priority of PRIORITIES) if (priority.goodCare.includes(goodCare)) themes.add(`priority:${priority.id}`);
  } else if ((LEAVING_CARE_IDS as readonly string[]).includes(statementId)) {
    themes.add('priority:prepared-and-supported');
  }
  return themes;
}

/**
 * The themes a comment's words (and its statement, for a rating) suggest, in codebook order. Never
 * empty: "other" when nothing matched.
 */
export function suggestThemes(text: string, keywordLists: KeywordLists, context?: SuggestContext): ThemeId[] {
  const found = new Set([...contextThemes(context), ...keywordThemes(text, keywordLists)]);
  if (found.size === 0) return [OTHER_THEME];
  return THEME_IDS.filter((id) => found.has(id));
}
