import { describe, expect, it } from 'vitest';
import { addWorkingDays, advocateRequestDueBy, isOverdue } from '../../src/shared/inbox/working-days';

const due = (iso: string, days = 1, holidays?: string[]) =>
  addWorkingDays(new Date(iso), days, holidays ? { holidays: new Set(holidays) } : {}).toISOString();

// 2026-11-23 is a Monday. In November the UK is on GMT (UTC+0); in July on BST (UTC+1).
describe('addWorkingDays (1 working day, Monday to Friday, Europe/London)', () => {
  it.each([
    ['Monday 10:00 → Tuesday 10:00', '2026-11-23T10:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['Thursday 16:30 → Friday 16:30', '2026-11-26T16:30:00.000Z', '2026-11-27T16:30:00.000Z'],
    ['Friday 15:00 → Monday 15:00', '2026-11-27T15:00:00.000Z', '2026-11-30T15:00:00.000Z'],
    ['Friday 23:59 → Monday 23:59', '2026-11-27T23:59:00.000Z', '2026-11-30T23:59:00.000Z'],
    // Received at the weekend: the clock starts on Monday, so it is due by the end of Monday.
    ['Saturday 10:00 → end of Monday', '2026-11-28T10:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ['Saturday 00:00 → end of Monday', '2026-11-28T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    ['Sunday 23:59 → end of Monday', '2026-11-29T23:59:59.999Z', '2026-12-01T00:00:00.000Z'],
  ])('%s', (_name, receivedAt, expected) => {
    expect(due(receivedAt)).toBe(expected);
  });

  it('keeps milliseconds', () => {
    expect(due('2026-11-24T08:07:06.543Z')).toBe('2026-11-25T08:07:06.543Z');
  });

  it('reads weekdays in UK time: 23:30 UTC on a summer Friday is already Saturday in London', () => {
    // Friday 23:30 BST is still Friday → Monday 23:30 BST.
    expect(due('2026-07-03T22:30:00.000Z')).toBe('2026-07-06T22:30:00.000Z');
    // Saturday 00:30 BST → end of Monday, i.e. Tuesday 00:00 BST = Monday 23:00 UTC.
    expect(due('2026-07-03T23:30:00.000Z')).toBe('2026-07-06T23:00:00.000Z');
  });

  it('keeps the wall-clock time across the change to winter time (Sunday 25 October 2026)', () => {
    // Friday 10:00 BST (09:00 UTC) → Monday 10:00 GMT (10:00 UTC).
    expect(due('2026-10-23T09:00:00.000Z')).toBe('2026-10-26T10:00:00.000Z');
    // And into summer time (Sunday 29 March 2026): Friday 10:00 GMT → Monday 10:00 BST.
    expect(due('2026-03-27T10:00:00.000Z')).toBe('2026-03-30T09:00:00.000Z');
  });

  it('skips holidays when given them (bank holidays come later)', () => {
    // Thursday 24 December; Friday 25 and Monday 28 December are bank holidays in 2026.
    expect(due('2026-12-24T11:00:00.000Z', 1, ['2026-12-25', '2026-12-28'])).toBe('2026-12-29T11:00:00.000Z');
    // Received on a holiday: due by the end of the next working day.
    expect(due('2026-12-25T11:00:00.000Z', 1, ['2026-12-25', '2026-12-28'])).toBe('2026-12-30T00:00:00.000Z');
    // Without the list, only weekends are skipped.
    expect(due('2026-12-24T11:00:00.000Z')).toBe('2026-12-25T11:00:00.000Z');
  });

  it('adds several working days, and 0 days moves a weekend time to the start of Monday', () => {
    expect(due('2026-11-26T10:00:00.000Z', 3)).toBe('2026-12-01T10:00:00.000Z');
    expect(due('2026-11-23T10:00:00.000Z', 5)).toBe('2026-11-30T10:00:00.000Z');
    expect(due('2026-11-25T10:00:00.000Z', 0)).toBe('2026-11-25T10:00:00.000Z');
    expect(due('2026-11-28T10:00:00.000Z', 0)).toBe('2026-11-30T00:00:00.000Z');
  });

  it('works in another time zone when asked', () => {
    // Friday 20:00 in New York (EST, UTC-5) is Saturday 01:00 UTC; still Friday there → Monday 20:00 EST.
    const result = addWorkingDays(new Date('2026-11-28T01:00:00.000Z'), 1, { timeZone: 'America/New_York' });
    expect(result.toISOString()).toBe('2026-12-01T01:00:00.000Z');
  });

  it('refuses an invalid date or a negative or fractional number of days', () => {
    expect(() => addWorkingDays(new Date('not a date'), 1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(), 0.5)).toThrow(RangeError);
  });

  it('does not change the date it is given', () => {
    const from = new Date('2026-11-27T15:00:00.000Z');
    addWorkingDays(from, 1);
    expect(from.toISOString()).toBe('2026-11-27T15:00:00.000Z');
  });
});

describe('advocateRequestDueBy and isOverdue', () => {
  it('gives an ISO deadline 1 working day after receipt', () => {
    expect(advocateRequestDueBy('2026-11-27T15:00:00.000Z')).toBe('2026-11-30T15:00:00.000Z');
  });

  it('calls a new request overdue only after its deadline; contacted or closed ones never', () => {
    const dueBy = '2026-11-30T15:00:00.000Z';
    expect(isOverdue({ dueBy, status: 'new' }, new Date('2026-11-30T14:59:59.999Z'))).toBe(false);
    expect(isOverdue({ dueBy, status: 'new' }, new Date('2026-11-30T15:00:00.000Z'))).toBe(false);
    expect(isOverdue({ dueBy, status: 'new' }, new Date('2026-11-30T15:00:00.001Z'))).toBe(true);
    expect(isOverdue({ dueBy, status: 'contacted' }, new Date('2026-12-05T00:00:00.000Z'))).toBe(false);
    expect(isOverdue({ dueBy, status: 'closed' }, new Date('2026-12-05T00:00:00.000Z'))).toBe(false);
  });
});
