/** Detectors for ways to reach someone: phone numbers, emails, links and social handles. */
import { type Span, WORD_CHAR, spansOf } from './kinds';

/**
 * UK phone numbers: 07… mobiles and 01/02/03 landlines (10 or 11 digits), or +44 / 0044 forms, including
 * "+44 (0)7…". Digits may be split by one space, dash or bracket at a time.
 */
const SEP = '(?:[ \\t\\-\\u2013.]?\\)?[ \\t\\-\\u2013]?)';
const PHONE_RE = new RegExp(
  `(?<![\\p{N}+])(?:(?:\\+|00)44${SEP}(?:\\(0\\)${SEP})?|\\(?0${SEP})[1237](?:${SEP}\\p{N}){8,9}(?!\\p{N})`,
  'gu',
);

function phoneDigitsOk(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (digits.startsWith('0044')) digits = digits.slice(4);
  else if (raw.trimStart().startsWith('+')) digits = digits.slice(2);
  if (digits.startsWith('0')) digits = digits.slice(1);
  return /^[1237]\d{8,9}$/.test(digits);
}

export function findPhones(text: string): Span[] {
  return spansOf(text, PHONE_RE, 'phone', (m) =>
    phoneDigitsOk(m[0]) ? { start: m.index, end: m.index + m[0].length } : null,
  );
}

const EMAIL_RE = new RegExp(
  `(?<!${WORD_CHAR}|[.+%])[A-Za-z0-9][A-Za-z0-9._%+-]*@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}(?!${WORD_CHAR})`,
  'gu',
);
/** Spelled-out emails: "sam at gmail dot com". Needs "dot" + a common ending, so "at" alone is never taken. */
const SPELLED_EMAIL_RE =
  /(?<![\p{L}\p{N}_])[\p{L}\p{N}._-]+\s*(?:\(at\)|\[at\]|\bat\b)\s*[\p{L}\p{N}-]+\s*(?:\(dot\)|\[dot\]|\bdot\b|\.)\s*(?:com|net|org|co\s*(?:\.|dot)\s*uk)(?![\p{L}\p{N}_])/giu;

export function findEmails(text: string): Span[] {
  return [...spansOf(text, EMAIL_RE, 'email'), ...spansOf(text, SPELLED_EMAIL_RE, 'email')];
}

const TLDS = [
  'com', 'co\\.uk', 'org\\.uk', 'gov\\.uk', 'sch\\.uk', 'ac\\.uk', 'uk', 'org', 'net', 'io', 'me', 'tv',
  'app', 'gg', 'ly', 'be', 'info', 'biz', 'xyz', 'co', 'ie', 'us', 'live', 'site', 'online',
];
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
const URL_RE = new RegExp(
  [
    // With a scheme or www: anything up to the next space.
    `(?<![\\p{L}\\p{N}_@.])(?:https?:\\/\\/|www\\.)[^\\s<>"]+`,
    // Bare domains with a known ending, with an optional path: "tiktok.com/@x", "bit.ly/abc".
    `(?<![\\p{L}\\p{N}_@.\\-])(?:${LABEL}\\.)+(?:${TLDS.join('|')})(?![\\p{L}\\p{N}_\\-])(?:[/?#][^\\s<>"]*)?`,
  ].join('|'),
  'giu',
);

export function findLinks(text: string): Span[] {
  return spansOf(text, URL_RE, 'link', (m) => {
    const trimmed = m[0].replace(/[.,!?;:)'"’\]]+$/u, '');
    return { start: m.index, end: m.index + trimmed.length };
  });
}

/** @handles (Instagram, TikTok, Snapchat, X): at least one letter, so "@ 7" or "@7" is left alone. */
const HANDLE_RE = /(?<![\p{L}\p{N}_@.])@(?=[\w.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}_])/gu;

export function findHandles(text: string): Span[] {
  return spansOf(text, HANDLE_RE, 'handle');
}
