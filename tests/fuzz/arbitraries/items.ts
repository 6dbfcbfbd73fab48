import fc from 'fast-check';
import { ALL_STATEMENT_IDS, ANSWERS } from '../../../src/shared/content/statements';
import { ADVOCATE_TOPICS } from '../../../src/shared/kinds/advocate-request';
import { BEST_TIMES, CONTACT_METHODS, MESSAGE_SAFETY, URGENCIES } from '../../../src/shared/kinds/contact';
import { AGE_BANDS, CARE_STATUSES, FREE_TEXT_MAX_CHARS } from '../../../src/shared/kinds/profile';
import { SAY_TYPES } from '../../../src/shared/kinds/say-something';

/** An item as a device would send it (or a near miss of one). */
export interface WireItem {
  id: unknown;
  kind: unknown;
  createdAt: unknown;
  payload: unknown;
}

/** The free-text field of each kind. */
export function textField(kind: unknown): 'comment' | 'details' | 'text' {
  return kind === 'rating' ? 'comment' : kind === 'advocate-request' ? 'details' : 'text';
}

/** Strings that have broken text handling somewhere before. */
export const unicodeEdge = fc.constantFrom(
  '\uD800', // lone high surrogate
  '\uDFFF', // lone low surrogate
  'a\uDC00\uD83D', // reversed pair
  '\u0000', // NUL (PostgreSQL text cannot hold it)
  'x\u0000y',
  '\u200F\u202E\u2067', // RTL mark, RTL override, RTL isolate
  '\u200E\u202D',
  '\uFEFF', // byte order mark
  '\u2028\u2029', // line/paragraph separators (invalid in old JS string literals)
  '\uFFFE\uFFFF', // non-characters
  '😀',
  '👩‍👩‍👧‍👦', // ZWJ family
  '🏳️‍🌈',
  '🇬🇧🇺🇦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  '"\\/\b\f\n\r\t',
  '</script><!--',
  "'; DROP TABLE items; --",
  '\u0085\u00A0\u3000',
);

/** One very long grapheme cluster: a base letter with many combining marks, or a long ZWJ chain. */
export const longGrapheme = fc.tuple(fc.integer({ min: 50, max: 2_100 }), fc.boolean()).map(([count, zwj]) =>
  zwj ? Array.from({ length: Math.ceil(count / 3) }, () => '👩').join('\u200D') : `e${'\u0301'.repeat(count)}`,
);

/** Text mixing the edge cases with ordinary and random code points (including lone surrogates). */
export const edgeText = fc
  .array(
    fc.oneof(
      { arbitrary: unicodeEdge, weight: 3 },
      { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 2 },
      { arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }), weight: 1 },
      { arbitrary: longGrapheme, weight: 1 },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

/** Free text a valid payload may carry: no NUL, at most `max` UTF-16 units (a cut may leave a lone surrogate). */
export function validText(max: number, minLength = 0) {
  return edgeText
    .map((text) => text.replaceAll('\u0000', '').slice(0, max))
    .filter((text) => text.length >= minLength);
}

const profile = { careStatus: fc.constantFrom(...CARE_STATUSES), ageBand: fc.constantFrom(...AGE_BANDS) };

export const contactArb = fc
  .record(
    {
      methods: fc.subarray([...CONTACT_METHODS], { minLength: 1 }),
      phone: fc.tuple(fc.constantFrom('07', '+44 ', '٠٧'), fc.string({ unit: 'grapheme', maxLength: 20 })).map(([a, b]) => (a + b).replaceAll('\u0000', '').slice(0, 30)),
      email: fc.tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom('example.org', 'bücher.example')).map(([a, b]) => `x${a}@${b}`.replaceAll('\u0000', '').slice(0, 254)),
      safeToLeaveMessage: fc.constantFrom(...MESSAGE_SAFETY),
      bestTimes: fc.subarray([...BEST_TIMES]),
      notAtHome: fc.boolean(),
    },
    { requiredKeys: ['methods', 'phone', 'email'] },
  )
  .map(({ methods, phone, email, ...rest }) => ({
    methods,
    ...(methods.some((m) => m !== 'email') ? { phone } : {}),
    ...(methods.includes('email') ? { email } : {}),
    ...rest,
  }));

export const ratingPayloadArb = fc.record(
  { statementId: fc.constantFrom(...ALL_STATEMENT_IDS), answer: fc.constantFrom(...ANSWERS), comment: validText(FREE_TEXT_MAX_CHARS), ...profile },
  { requiredKeys: ['statementId', 'answer'] },
);

export const advocatePayloadArb = fc.record(
  {
    topics: fc.subarray([...ADVOCATE_TOPICS]),
    details: validText(FREE_TEXT_MAX_CHARS),
    contact: contactArb,
    needs: validText(500),
    urgency: fc.constantFrom(...URGENCIES),
    ...profile,
  },
  { requiredKeys: ['topics', 'contact'] },
);

export const sayPayloadArb = fc.record(
  { type: fc.constantFrom(...SAY_TYPES), text: validText(FREE_TEXT_MAX_CHARS, 1), ...profile },
  { requiredKeys: ['type', 'text'] },
);

export const talkPayloadArb = fc.record(
  { text: validText(FREE_TEXT_MAX_CHARS), contact: contactArb, urgency: fc.constantFrom(...URGENCIES), ...profile },
  { requiredKeys: ['contact'] },
);

/** A few fixed ids that many runs share, so later requests meet ids stored by earlier ones. */
export const pooledIdArb = fc.nat(15).map((n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`);

/** Ids the envelope accepts; mostly unbiased so that runs rarely share an id by chance. */
export const idArb = fc.oneof(
  { arbitrary: fc.noBias(fc.uuid({ version: 4 })), weight: 20 },
  { arbitrary: fc.noBias(fc.uuid()).map((id) => id.toUpperCase()), weight: 1 },
  { arbitrary: pooledIdArb, weight: 1 },
);

const isoDate = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true });
export const createdAtArb = fc.oneof(
  { arbitrary: isoDate.map((d) => d.toISOString()), weight: 5 },
  {
    arbitrary: fc
      .tuple(isoDate, fc.constantFrom('+00:00', '+14:00', '-12:00', '+23:59', '-23:59', '+05:30'))
      .map(([d, offset]) => d.toISOString().slice(0, 19) + offset),
    weight: 1,
  },
);

export const validItemArb: fc.Arbitrary<WireItem> = fc
  .tuple(
    idArb,
    createdAtArb,
    fc.oneof(
      ratingPayloadArb.map((payload) => ['rating', payload] as const),
      advocatePayloadArb.map((payload) => ['advocate-request', payload] as const),
      sayPayloadArb.map((payload) => ['say-something', payload] as const),
      talkPayloadArb.map((payload) => ['talk-request', payload] as const),
    ),
  )
  .map(([id, createdAt, [kind, payload]]) => ({ id, kind, createdAt, payload }));
