/** Properties of redactQuote (fast-check): idempotent, never lets a generated contact detail through. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS } from './place';
import { redactQuote } from './redact';

const LISTS = { names: ['Sam', 'Priya', 'Jordan Lee'], schools: ['Oakfield', "St Mary's"] };

/** Ordinary words, numbers, times, dates, emoji and RTL words: none should ever be redacted. */
const SAFE = [
  'I', 'am', '14', 'at', '7pm', '7:30', 'email', 'me', 'text', 'my', 'social', 'worker', 'never', 'listens',
  'close', 'way', 'drive', 'school', 'academy', 'care', 'home', 'placement', '2024', '12/03/2024', '£20',
  '3', '10', 'year', 'Y9', '4th', 'set', '@', 'and', 'the', 'is', 'ok', 'happy', 'sad', '😀', '💙', 'مرحبا',
  'أخي', 'שלום', 'Zoë', 'café', 'e.g.', 'i.e.', 'Samuel', 'Samantha', 'streets', 'roads', 'link', 'name',
  '!', '?', ',', '.',
];
const safeWords = fc.array(fc.constantFrom(...SAFE), { maxLength: 12 });

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** UK numbers: 07 mobiles and 01/02/03 landlines, in the ways people write them. */
const phone = fc
  .tuple(fc.constantFrom('7', '1', '2', '3'), digits(9), fc.integer({ min: 0, max: 5 }))
  .map(([first, rest, style]) => {
    const n = first + rest; // national number without the 0
    const a = n.slice(0, 4);
    const b = n.slice(4);
    switch (style) {
      case 0: return `0${n}`;
      case 1: return `0${a} ${b}`;
      case 2: return `0${a}-${b.slice(0, 3)}-${b.slice(3)}`;
      case 3: return `+44 ${a} ${b}`;
      case 4: return `+44 (0)${a} ${b}`;
      default: return `(0${a}) ${b.slice(0, 3)} ${b.slice(3)}`;
    }
  });

const lower = 'abcdefghijklmnopqrstuvwxyz';
const word = (min: number, max: number) =>
  fc.array(fc.constantFrom(...lower), { minLength: min, maxLength: max }).map((c) => c.join(''));
const email = fc
  .tuple(word(1, 8), fc.option(digits(2)), word(2, 8), fc.constantFrom('com', 'co.uk', 'org', 'net'))
  .map(([local, n, domain, tld]) => `${local}${n ?? ''}@${domain}.${tld}`);

const postcode = fc
  .tuple(
    fc.constantFrom(...AREAS),
    fc.integer({ min: 1, max: 9 }),
    fc.constantFrom('', '4', 'A'),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
    fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'),
    fc.constantFrom(' ', ''),
    fc.constantFrom('upper', 'lower', 'as-is'),
  )
  .map(([area, d, extra, n, x, y, space, kase]) => {
    const code = `${area}${d}${extra}${space}${n}${x}${y}`;
    return kase === 'upper' ? code.toUpperCase() : kase === 'lower' ? code.toLowerCase() : code;
  })
  .filter((code) => !/\s(?:1st|2nd|3rd|[04-9]th)$/.test(code));

const secret = fc.oneof(
  phone.map((value) => ({ value, kind: 'phone' as const })),
  email.map((value) => ({ value, kind: 'email' as const })),
  postcode.map((value) => ({ value, kind: 'postcode' as const })),
);

const join = (words: string[]) => words.join(' ');

describe('redactQuote properties', () => {
  it('leaves text with nothing to redact unchanged', () => {
    fc.assert(
      fc.property(safeWords, (words) => {
        const text = join(words);
        expect(redactQuote(text, LISTS)).toEqual({ text, found: [] });
      }),
    );
  });

  it('never lets an inserted phone number, email or postcode through', () => {
    fc.assert(
      fc.property(safeWords, secret, safeWords, (before, { value, kind }, after) => {
        const text = join([...before, value, ...after]);
        const result = redactQuote(text, LISTS);
        expect(result.text).toBe(join([...before, `[${kind}]`, ...after]));
        expect(result.found).toEqual([kind]);
      }),
    );
  });

  it('is idempotent: redacting twice equals redacting once', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SAFE, 'Sam', "priya's", 'Oakfield School', '12 Oak Road', '@kid_x', 'www.example.com'),
      secret.map((s) => s.value),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.constantFrom(' ', '', ', '), (pieces, sep) => {
        const once = redactQuote(pieces.join(sep), LISTS).text;
        expect(redactQuote(once, LISTS).text).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never changes text outside what it redacts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const result = redactQuote(text, LISTS);
        const kept = result.text.replace(/\[(?:name|phone|email|postcode|address|link|handle|school)\]/g, '');
        // Whatever is left was in the original, in the same order.
        let at = 0;
        for (const ch of kept) {
          at = text.indexOf(ch, at);
          expect(at).toBeGreaterThanOrEqual(0);
          at += ch.length;
        }
      }),
    );
  });
});
