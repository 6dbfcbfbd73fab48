import fc from 'fast-check';
import { edgeText, textField, unicodeEdge, validItemArb, type WireItem } from './items';

const FIELDS = ['id', 'kind', 'createdAt', 'payload'] as const;

/** A value of some JSON type, small. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(''),
  edgeText,
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.array(edgeText, { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export const unknownKind = fc.oneof(
  fc.constantFrom('poem', 'RATING', 'rating ', ' rating', 'Rating', 'say_something', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__', 'prototype', 'x'.repeat(64), 'rating\u0000'),
  unicodeEdge,
  edgeText.filter((kind) => kind.length > 0),
  fc.string({ minLength: 1, maxLength: 64 }),
);

const notAUuid = fc.oneof(
  fc.constantFrom('', '0', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g', '{6f1c0f4e-9d3b-4c1a-8f6e-2b7a9c3d1e5f}', '6f1c0f4e9d3b4c1a8f6e2b7a9c3d1e5f'),
  fc.uuid({ version: [9, 12, 15] }),
  fc.uuid({ version: 4 }).map((id) => ` ${id}`),
  fc.uuid({ version: 4 }).map((id) => `${id}\u0000`),
  fc.uuid({ version: 4 }).map((id) => `${id}${'x'.repeat(100)}`),
  edgeText,
);

const badCreatedAt = fc.constantFrom(
  '2026-02-30T10:00:00Z',
  '2026-11-23',
  '2026-11-23T10:00:00',
  '2026-11-23T24:00:00Z',
  '2026-11-23T10:00:60Z',
  `2026-11-23T10:00:00.${'1'.repeat(60)}Z`,
  '2026-11-23T10:00:00+24:00',
  'yesterday',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
);

/** A way to spoil a valid item, as data so a counterexample prints readably. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('set' as const), field: fc.constantFrom(...FIELDS), value: wrongValue }),
  fc.record({ op: fc.constant('omit' as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({ op: fc.constant('set' as const), field: fc.constant('kind'), value: unknownKind }),
  fc.record({ op: fc.constant('set' as const), field: fc.constant('id'), value: notAUuid }),
  fc.record({ op: fc.constant('set' as const), field: fc.constant('createdAt'), value: badCreatedAt }),
  fc.record({ op: fc.constant('set' as const), field: fc.constant('kind'), value: fc.constantFrom('rating', 'advocate-request', 'say-something', 'talk-request') }),
  fc.record({ op: fc.constant('payloadSet' as const), at: fc.nat(), value: wrongValue }),
  fc.record({ op: fc.constant('payloadSet' as const), at: fc.nat(), value: edgeText }),
  fc.record({ op: fc.constant('payloadDrop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('payloadAdd' as const), key: fc.constantFrom('name', 'dateOfBirth', 'age', 'x', ''), value: wrongValue }),
  fc.record({ op: fc.constant('payloadText' as const), size: fc.integer({ min: 2_001, max: 5_000 }), fill: fc.constantFrom('a', '😀', '\u0000') }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function applyMutation(item: WireItem, m: Mutation): unknown {
  const copy: Record<string, unknown> = { ...item };
  const payload = { ...(item.payload as Record<string, unknown>) };
  const keys = Object.keys(payload);
  switch (m.op) {
    case 'set':
      copy[m.field] = m.value;
      return copy;
    case 'omit':
      delete copy[m.field];
      return copy;
    case 'payloadSet':
      payload[keys[m.at % keys.length] ?? 'x'] = m.value;
      return { ...copy, payload };
    case 'payloadDrop':
      delete payload[keys[m.at % keys.length] ?? 'x'];
      return { ...copy, payload };
    case 'payloadAdd':
      return { ...copy, payload: { ...payload, [m.key]: m.value } };
    case 'payloadText': {
      return { ...copy, payload: { ...payload, [textField(item.kind)]: m.fill.repeat(m.size) } };
    }
  }
}

/** An item that is wrong in one way (some mutations happen to leave it valid, which is fine). */
export const badItemArb: fc.Arbitrary<unknown> = fc.tuple(validItemArb, mutation).map(([item, m]) => applyMutation(item, m));

/** Something in the items array that is not an item at all. */
export const notAnItemArb: fc.Arbitrary<unknown> = fc.oneof(
  wrongValue,
  fc.constant({}),
  fc.constant([]),
  validItemArb.map((item) => [item]),
  validItemArb.map((item) => Object.values(item)),
);
