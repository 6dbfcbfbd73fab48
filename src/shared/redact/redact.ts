/**
 * Redacts a child's comment before it can be quoted in an anonymised export (PRODUCT.md, "Data the system
 * keeps"). Everything that could identify or reach a child is replaced by a placeholder such as `[phone]`.
 * A second staff member still reads every quote before it leaves.
 */
import { findEmails, findHandles, findLinks, findPhones } from './contact';
import { type Kind, PLACEHOLDER_RE, type Span, placeholder } from './kinds';
import { findNames, findSchools } from './lists';
import { findAddresses, findPostcodes } from './place';

export { KINDS, type Kind } from './kinds';

export interface RedactLists {
  /** Names staff keep for this council: children, carers, workers. */
  readonly names: readonly string[];
  /** School names staff keep for this council. */
  readonly schools: readonly string[];
}

export interface Redacted {
  readonly text: string;
  /** Each kind that was redacted, once (in the order found: by position, for a single pass). */
  readonly found: Kind[];
}

/** When two matches overlap and are the same length, the earlier kind in this list wins. */
const PRIORITY: readonly Kind[] = ['email', 'link', 'phone', 'address', 'postcode', 'school', 'handle', 'name'];

function candidates(text: string, lists: RedactLists): Span[] {
  return [
    ...findEmails(text),
    ...findLinks(text),
    ...findPhones(text),
    ...findAddresses(text),
    ...findPostcodes(text),
    ...findSchools(text, lists.schools),
    ...findHandles(text),
    ...findNames(text, lists.names),
  ];
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keeps the longest match wherever matches overlap; placeholders already in the text are left alone. */
function choose(text: string, spans: Span[]): Span[] {
  const taken: { start: number; end: number }[] = [...text.matchAll(PLACEHOLDER_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const ordered = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start,
  );
  const chosen: Span[] = [];
  for (const span of ordered) {
    if (taken.some((t) => overlaps(t, span))) continue;
    taken.push(span);
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function redactOnce(text: string, lists: RedactLists, found: Kind[]): string {
  const chosen = choose(text, candidates(text, lists));
  let out = '';
  let at = 0;
  for (const span of chosen) {
    out += text.slice(at, span.start) + placeholder(span.kind);
    at = span.end;
    if (!found.includes(span.kind)) found.push(span.kind);
  }
  return out + text.slice(at);
}

/** Each pass can only turn text into placeholders, so this settles; the cap is a guard, not a limit hit. */
const MAX_PASSES = 8;

/**
 * Redacts a quote. Passes repeat until nothing changes, because a placeholder can expose a new word
 * boundary ("07700900123sam" → "[phone]sam"): so redacting twice always equals redacting once.
 */
export function redactQuote(text: string, lists: RedactLists): Redacted {
  const found: Kind[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = redactOnce(current, lists, found);
    if (next === current) break;
    current = next;
  }
  return { text: current, found };
}
