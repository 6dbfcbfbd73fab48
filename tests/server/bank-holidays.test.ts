import { describe, expect, it } from 'vitest';
import { listAdvocateRequests } from '../../src/server/inbox/requests-repository';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, isIsoDate } from '../../src/shared/inbox/bank-holidays';
import { advocateRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

describe('the England and Wales bank holiday list', () => {
  it('holds only real weekdays, in order, with no repeats', () => {
    for (const date of ENGLAND_AND_WALES_BANK_HOLIDAYS) {
      expect(isIsoDate(date), date).toBe(true);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      expect(weekday === 0 || weekday === 6, `${date} falls on a weekend`).toBe(false);
    }
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
    expect(new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
  });

  it('tells real dates from near misses', () => {
    expect(['2026-02-28', '2028-02-29'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', ''].some(isIsoDate)).toBe(false);
  });
});

describe.each(dialects)('the advocate clock skips configured bank holidays [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  it(`[${dialect}] a request received on Christmas Eve 2026 is due after Christmas, Boxing Day's substitute and the weekend`, async () => {
    const item = advocateRequestItem();
    await syncItems(ctx.current.app, [item]);
    // Thursday 24 December 2026, 10:00 in London (GMT): 25th and 28th are bank holidays, 26th–27th the weekend.
    await ctx.current.handle.db.updateTable('items').set({ received_at: '2026-12-24T10:00:00.000Z' }).where('id', '=', item.id).execute();
    const db = ctx.current.handle.db;
    const [withHolidays] = await listAdvocateRequests(db, { holidays: new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS) });
    const [without] = await listAdvocateRequests(db, { holidays: new Set() });
    const [scottish] = await listAdvocateRequests(db, { holidays: new Set(['2026-12-25', '2026-12-28', '2026-12-29']) });
    expect(withHolidays?.dueBy).toBe('2026-12-29T10:00:00.000Z');
    expect(without?.dueBy).toBe('2026-12-25T10:00:00.000Z');
    expect(scottish?.dueBy).toBe('2026-12-30T10:00:00.000Z');
  });
});
