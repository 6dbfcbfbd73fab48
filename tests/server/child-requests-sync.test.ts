import { describe, expect, it } from 'vitest';
import { advocateRequestItem, saySomethingItem, talkRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

describe.each(dialects)('POST /api/v1/sync for advocate requests, messages and talk requests [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  const tables = {
    'advocate-request': 'advocate_requests',
    'say-something': 'messages',
    'talk-request': 'talk_requests',
  } as const;

  async function rowsFor(kind: keyof typeof tables, id: string) {
    const { db } = ctx.current.handle;
    const items = await db.selectFrom('items').select(['id', 'kind']).where('id', '=', id).execute();
    const rows = await db.selectFrom(tables[kind]).selectAll().where('item_id', '=', id).execute();
    return { items, rows };
  }

  it(`[${dialect}] stores an advocate request once, with topics and contact as JSON and status new`, async () => {
    const sent = advocateRequestItem({}, '2026-11-23T10:00:00.000Z');
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'stored' }]);
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'duplicate' }]);

    const { items, rows } = await rowsFor('advocate-request', sent.id);
    expect(items).toEqual([{ id: sent.id, kind: 'advocate-request' }]);
    expect(rows).toHaveLength(1);
    const row = rows[0] as (typeof rows)[number];
    expect(row).toMatchObject({
      details: sent.payload.details,
      needs: sent.payload.needs,
      urgency: 'this-week',
      care_status: 'in-care',
      age_band: '12-15',
      created_at: sent.createdAt,
      status: 'new',
      status_changed_at: null,
    });
    expect(JSON.parse(row.topics)).toEqual(sent.payload.topics);
    expect(JSON.parse(row.contact)).toEqual(sent.payload.contact);
  });

  it(`[${dialect}] stores an advocate request with only the required fields, leaving the rest null`, async () => {
    const sent = advocateRequestItem();
    sent.payload = { topics: [], contact: { methods: ['email'], email: 'a@example.org' } };
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'stored' }]);
    const { rows } = await rowsFor('advocate-request', sent.id);
    expect(rows).toEqual([
      expect.objectContaining({ topics: '[]', details: null, needs: null, urgency: null, care_status: null, age_band: null }),
    ]);
  });

  it(`[${dialect}] stores a say-something message once`, async () => {
    const sent = saySomethingItem({ type: 'problem', text: 'My room is cold.' });
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'stored' }]);
    expect(await syncItems(ctx.current.app, [sent, sent])).toEqual([
      { id: sent.id, status: 'duplicate' },
      { id: sent.id, status: 'duplicate' },
    ]);
    const { items, rows } = await rowsFor('say-something', sent.id);
    expect(items).toHaveLength(1);
    expect(rows).toEqual([
      {
        item_id: sent.id,
        type: 'problem',
        text: 'My room is cold.',
        care_status: null,
        age_band: 'under-12',
        created_at: sent.createdAt,
      },
    ]);
  });

  it(`[${dialect}] stores a talk request once, with contact as JSON and status new`, async () => {
    const sent = talkRequestItem();
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'stored' }]);
    expect(await syncItems(ctx.current.app, [sent])).toEqual([{ id: sent.id, status: 'duplicate' }]);
    const { items, rows } = await rowsFor('talk-request', sent.id);
    expect(items).toHaveLength(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ text: sent.payload.text, urgency: 'today', care_status: 'care-leaver', status: 'new' });
    expect(JSON.parse(rows[0]?.contact ?? 'null')).toEqual(sent.payload.contact);
  });

  it(`[${dialect}] stores a mixed batch in the right tables and rejects bad payloads without a row`, async () => {
    const good = [advocateRequestItem(), saySomethingItem(), talkRequestItem()];
    const noPhone = advocateRequestItem({ contact: { methods: ['call'] } });
    const emptyText = saySomethingItem({ text: '' });
    const withName = { ...talkRequestItem(), payload: { ...talkRequestItem().payload, name: 'Sam' } };
    const results = await syncItems(ctx.current.app, [...good, noPhone, emptyText, withName]);
    expect(results.slice(0, 3)).toEqual(good.map((g) => ({ id: g.id, status: 'stored' })));
    expect(results.slice(3).map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(results[3]?.reason).toMatch(/phone/);
    expect(results[5]?.reason).toMatch(/name/);

    for (const [i, kind] of (['advocate-request', 'say-something', 'talk-request'] as const).entries()) {
      expect((await rowsFor(kind, good[i]?.id ?? '')).rows).toHaveLength(1);
    }
    expect((await rowsFor('advocate-request', noPhone.id)).items).toEqual([]);
    expect((await rowsFor('say-something', emptyText.id)).items).toEqual([]);
    expect((await rowsFor('talk-request', withName.id)).items).toEqual([]);
  });

  it(`[${dialect}] rejects an id already used for a different body and keeps the first row`, async () => {
    const first = talkRequestItem({ text: 'first' });
    await syncItems(ctx.current.app, [first]);
    const changed = { ...first, payload: { ...first.payload, text: 'changed' } };
    const [result] = await syncItems(ctx.current.app, [changed]);
    expect(result).toMatchObject({ id: first.id, status: 'rejected' });
    const { rows } = await rowsFor('talk-request', first.id);
    expect(rows.map((r) => r.text)).toEqual(['first']);
  });
});
