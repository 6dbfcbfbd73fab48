import fc from 'fast-check';
import { SYNC_MAX_BODY_BYTES, SYNC_MAX_ITEMS } from '../../../src/shared/sync/envelope';
import { badItemArb, notAnItemArb, unknownKind, wrongValue } from './bad-items';
import { edgeText, idArb, longGrapheme, ratingPayloadArb, textField, validItemArb, type WireItem } from './items';

/** One request to send: the raw body, its content type, and how many times to send it. */
export interface BodyCase {
  label: string;
  body: string | Buffer;
  contentType: string | undefined;
  sends: 1 | 2;
}

type Raw = Omit<BodyCase, 'contentType' | 'sends'>;
const wrap = (items: unknown): string => JSON.stringify({ items });
const raw = (label: string) => (body: string | Buffer): Raw => ({ label, body });

const validBatch = fc.array(validItemArb, { minLength: 1, maxLength: 8 });

const malformed: fc.Arbitrary<Raw> = fc.oneof(
  fc.tuple(validBatch, fc.double({ min: 0, max: 1, noNaN: true })).map(([items, at]) => {
    const text = wrap(items);
    return raw('malformed: truncated')(text.slice(0, Math.floor(at * (text.length - 1))));
  }),
  fc.tuple(validBatch, fc.oneof(edgeText, fc.constantFrom(',', '}', ']', '{}', 'null', '\u0000', ' x', '//'))).map(([items, tail]) => raw('malformed: trailing garbage')(wrap(items) + tail)),
  fc.string({ unit: 'binary', maxLength: 200 }).map(raw('malformed: random text')),
  edgeText.map(raw('malformed: random text')),
  fc.constantFrom('', ' ', '{', '{"items":', '{"items":[', '{"items":[1,]}', "{'items':[]}", '{items:[]}', '{"items":[]', 'NaN', 'undefined', '{"items":[0x1]}', '{"items":[.5]}', '{"items":["\\x41"]}', '{"items":["\\ud800"]}', '\uFEFF{"items":[]}', '{"items":[]}\u0000', '{"__proto__":{"x":1},"items":[]}', '{"items":[],"constructor":{"prototype":{"x":1}}}', '{"items":[{"__proto__":null}]}').map(raw('malformed: fixed')),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => raw('malformed: invalid utf-8')(Buffer.concat([Buffer.from('{"items":[{"id":"'), Buffer.from(bytes), Buffer.from([0xff, 0xc0, 0x80, 0xed, 0xa0, 0x80]), Buffer.from('"}]}')]))),
);

const wrongTop: fc.Arbitrary<Raw> = fc.oneof(
  wrongValue.map((items) => raw('wrong type: items')(wrap(items))),
  validBatch.map((items) => raw('wrong type: items as object')(wrap(Object.fromEntries(items.map((item, i) => [String(i), item]))))),
  validBatch.map((items) => raw('wrong type: top-level array')(JSON.stringify(items))),
  fc.oneof(wrongValue, fc.constant({ Items: [] }), fc.constant({ item: [] }), fc.constant({})).map((value) => raw('wrong type: top level')(JSON.stringify(value) ?? 'null')),
  fc.tuple(validBatch, wrongValue).map(([items, extra]) => raw('wrong type: extra top-level key')(JSON.stringify({ items, extra, Items: extra }))),
);

/** Huge strings in every place; some push the body over the limit. */
const huge: fc.Arbitrary<Raw> = fc
  .record({
    size: fc.oneof(fc.integer({ min: 2_000, max: 200_000 }), fc.integer({ min: 900_000, max: 1_100_000 })),
    fill: fc.constantFrom('a', '€', '😀', '\u0301', '\\', '"', '\u0000'),
    place: fc.constantFrom('comment', 'id', 'kind', 'createdAt', 'payload', 'item', 'padding'),
    item: validItemArb,
  })
  .map(({ size, fill, place, item }) => {
    const big = fill.repeat(Math.ceil(size / fill.length));
    const spoilt: Record<string, unknown> = { ...item };
    if (place === 'comment') spoilt.payload = { ...(item.payload as object), comment: big };
    else if (place === 'item') return raw('huge string')(wrap([item, big]));
    else if (place === 'padding') return raw('huge string')(JSON.stringify({ items: [item], padding: big }));
    else spoilt[place] = big;
    return raw('huge string')(wrap([spoilt]));
  });

/** A body whose size lands within a few bytes of the limit, either side. */
const nearLimit: fc.Arbitrary<Raw> = fc.tuple(validItemArb, fc.integer({ min: -8, max: 8 })).map(([item, delta]) => {
  const head = `{"items":[${JSON.stringify(item)}],"pad":"`;
  const padding = Math.max(0, SYNC_MAX_BODY_BYTES + delta - Buffer.byteLength(head) - 2);
  return raw('near the byte limit')(`${head}${'p'.repeat(padding)}"}`);
});

const deep: fc.Arbitrary<Raw> = fc
  .record({
    depth: fc.oneof(fc.integer({ min: 5_000, max: 20_000 }), fc.integer({ min: 20_000, max: 150_000 })),
    shape: fc.constantFrom('array', 'object'),
    place: fc.constantFrom('payload', 'item', 'items', 'top', 'unbalanced'),
    item: validItemArb,
  })
  .map(({ depth, shape, place, item }) => {
    const [open, close] = shape === 'array' ? ['[', ']'] : ['{"a":', '}'];
    const nested = `${open.repeat(depth)}0${close.repeat(depth)}`;
    const envelope = JSON.stringify({ ...item, payload: '@' }).replace('"payload":"@"', `"payload":${nested}`);
    switch (place) {
      case 'payload':
        return raw('deep nesting')(`{"items":[${envelope}]}`);
      case 'item':
        return raw('deep nesting')(`{"items":[${JSON.stringify(item)},${nested}]}`);
      case 'items':
        return raw('deep nesting')(`{"items":${nested}}`);
      case 'top':
        return raw('deep nesting')(nested);
      default:
        return raw('deep nesting')(`{"items":[${open.repeat(depth)}]}`);
    }
  });

const unknownKinds: fc.Arbitrary<Raw> = fc
  .array(fc.tuple(validItemArb, unknownKind), { minLength: 1, maxLength: 10 })
  .map((pairs) => raw('unknown kinds')(wrap(pairs.map(([item, kind]) => ({ ...item, kind })))));

/** The same id more than once in one batch, with the same body and with changed ones. */
const duplicates: fc.Arbitrary<Raw> = fc
  .record({
    items: fc.array(validItemArb, { minLength: 1, maxLength: 6 }),
    repeats: fc.array(fc.record({ pick: fc.nat(), change: fc.constantFrom('same', 'same', 'answer', 'createdAt', 'kind', 'keyOrder', 'invalid') }), { minLength: 1, maxLength: 10 }),
    seed: fc.nat(),
  })
  .map(({ items, repeats, seed }) => {
    const out: unknown[] = [...items];
    for (const { pick, change } of repeats) {
      const item = items[pick % items.length] as WireItem;
      const payload = item.payload as Record<string, unknown>;
      if (change === 'same') out.push(JSON.parse(JSON.stringify(item)));
      else if (change === 'answer') out.push({ ...item, payload: { ...payload, answer: payload.answer === 'yes' ? 'skip' : 'yes' } });
      else if (change === 'createdAt') out.push({ ...item, createdAt: '2001-01-01T00:00:00.000Z' });
      else if (change === 'kind') out.push({ ...item, kind: item.kind === 'rating' ? 'say-something' : 'rating' });
      else if (change === 'keyOrder') out.push({ payload: Object.fromEntries(Object.entries(payload).reverse()), createdAt: item.createdAt, kind: item.kind, id: item.id });
      else out.push({ ...item, payload: 42 });
    }
    // A fixed, seed-driven rotation so a repeat can come before the original.
    const shift = seed % out.length;
    return raw('duplicate ids')(wrap([...out.slice(shift), ...out.slice(0, shift)]));
  });

/** More items than allowed (and exactly the limit), built from one template with counted ids. */
const bigBatch: fc.Arbitrary<Raw> = fc
  .record({ count: fc.oneof(fc.constant(SYNC_MAX_ITEMS), fc.integer({ min: SYNC_MAX_ITEMS + 1, max: 900 })), id: idArb, payload: ratingPayloadArb, filler: fc.boolean() })
  .map(({ count, id, payload, filler }) => {
    const prefix = id.slice(0, 24);
    const items = Array.from({ length: count }, (_, i) =>
      filler ? i : { id: `${prefix}${i.toString(16).padStart(12, '0')}`, kind: 'rating', createdAt: '2026-11-23T10:00:00.000Z', payload: { ...payload, comment: undefined } },
    );
    return raw(count > SYNC_MAX_ITEMS ? 'oversized batch' : 'batch at the limit')(wrap(items));
  });

const mixed: fc.Arbitrary<Raw> = fc
  .array(fc.oneof({ arbitrary: validItemArb, weight: 4 }, { arbitrary: badItemArb, weight: 3 }, { arbitrary: notAnItemArb, weight: 1 }), { maxLength: 40 })
  .map((items) => raw('valid and bad items mixed')(wrap(items)));

const unicode: fc.Arbitrary<Raw> = fc
  .array(fc.tuple(validItemArb, fc.oneof(edgeText, longGrapheme)), { minLength: 1, maxLength: 5 })
  .map((pairs) => raw('unicode edge cases')(wrap(pairs.map(([item, text]) => ({ ...item, payload: { ...(item.payload as object), [textField(item.kind)]: text } })))));

const contentType = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 30 },
  { arbitrary: fc.constantFrom('application/json; charset=utf-8', 'Application/JSON', 'application/json;charset=UTF-8'), weight: 2 },
  { arbitrary: fc.constantFrom(undefined, '', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', 'application/jsonx', 'application/vnd.api+json', '*/*', 'application/json, text/plain', '\u00e9/\u00e9'), weight: 3 },
);

export const bodyCaseArb: fc.Arbitrary<BodyCase> = fc
  .tuple(
    fc.oneof(
      { arbitrary: validBatch.map((items) => raw('valid items')(wrap(items))), weight: 6 },
      { arbitrary: mixed, weight: 6 },
      { arbitrary: duplicates, weight: 4 },
      { arbitrary: malformed, weight: 4 },
      { arbitrary: wrongTop, weight: 3 },
      { arbitrary: unicode, weight: 3 },
      { arbitrary: unknownKinds, weight: 2 },
      { arbitrary: deep, weight: 2 },
      { arbitrary: huge, weight: 2 },
      { arbitrary: nearLimit, weight: 1 },
      { arbitrary: bigBatch, weight: 1 },
    ),
    contentType,
    fc.oneof({ arbitrary: fc.constant(1 as const), weight: 5 }, { arbitrary: fc.constant(2 as const), weight: 1 }),
  )
  .map(([rawCase, type, sends]) => ({ ...rawCase, contentType: type, sends }));
