/**
 * What a quote can be redacted of (PRODUCT.md, "Data the system keeps": anonymised exports). Each kind
 * is replaced by a bracketed placeholder such as `[phone]`.
 */
export const KINDS = ['name', 'phone', 'email', 'postcode', 'address', 'link', 'handle', 'school'] as const;

export type Kind = (typeof KINDS)[number];

/** A stretch of the original text to replace, [start, end) in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly kind: Kind;
}

export function placeholder(kind: Kind): string {
  return `[${kind}]`;
}

/** Placeholders already in the text: never matched again, so redacting twice equals redacting once. */
export const PLACEHOLDER_RE = new RegExp(`\\[(?:${KINDS.join('|')})\\]`, 'g');

/** Letters or digits in any script, for word boundaries that work beyond ASCII. */
export const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** Runs a global regex over text, turning each match (that `accept` allows) into a span. */
export function spansOf(
  text: string,
  re: RegExp,
  kind: Kind,
  accept: (match: RegExpExecArray) => { start: number; end: number } | null = (m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }),
): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(re)) {
    const range = accept(match as RegExpExecArray);
    if (range && range.end > range.start) spans.push({ ...range, kind });
  }
  return spans;
}

export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
