/** Detectors for names and schools from the staff-kept lists. */
import { type Span, escapeRegExp, spansOf } from './kinds';

const BEFORE = '(?<![\\p{L}\\p{N}_])';
const AFTER = '(?![\\p{L}\\p{N}_])';

/** A list entry as a pattern: any case, any run of spaces, any apostrophe, "St"/"St."/"Saint". */
function entryPattern(entry: string): string {
  return entry
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (/^(?:st\.?|saint)$/i.test(word)) return '(?:St\\.?|Saint)';
      return word
        .split(/['’]/)
        .map((part) => escapeRegExp(part))
        .join("['’]?");
    })
    .join('\\s+');
}

function clean(list: readonly string[]): string[] {
  const entries = list.map((e) => e.trim()).filter((e) => e.length > 0 && /[\p{L}\p{N}]/u.test(e));
  // Longest first, so "Sam Jones" wins over "Sam".
  return [...new Set(entries)].sort((a, b) => b.length - a.length);
}

/** Names: whole words, any case. A possessive "'s" is kept outside the placeholder: "[name]'s mum". */
export function findNames(text: string, names: readonly string[]): Span[] {
  const entries = clean(names);
  if (entries.length === 0) return [];
  const re = new RegExp(`${BEFORE}(?:${entries.map(entryPattern).join('|')})${AFTER}`, 'giu');
  return spansOf(text, re, 'name');
}

const SCHOOL_WORDS = '(?:(?:Primary|Secondary|High|Junior|Infant|Grammar|Community|Catholic|C\\s*of\\s*E)\\s+)?';
const SCHOOL_SUFFIX =
  `(?:\\s+${SCHOOL_WORDS}(?:School|Academy|College|Sixth\\s+Form)` +
  `|\\s+(?:High|Primary|Juniors?|Infants?|Grammar)(?:\\s+School)?)?`;

/** Schools: a listed name, with "School", "Academy", "College" (or "High School" …) after it if present. */
export function findSchools(text: string, schools: readonly string[]): Span[] {
  const entries = clean(schools);
  if (entries.length === 0) return [];
  const re = new RegExp(`${BEFORE}(?:${entries.map(entryPattern).join('|')})${SCHOOL_SUFFIX}${AFTER}`, 'giu');
  return spansOf(text, re, 'school');
}
