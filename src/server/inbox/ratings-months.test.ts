import { describe, expect, it } from 'vitest';
import { NOT_GIVEN } from '../../shared/inbox/ratings-wire';
import { addMonths, monthSpan, monthsBetween } from './ratings-months';
import { parseRatingsQuery } from './ratings-query';
import { trendSpan } from './ratings-trend';

const noFilters = { from: null, to: null, careStatus: null, ageBand: null, statement: null };

describe('month arithmetic', () => {
  it('counts and lists months across year ends, both ends included', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-03')).toEqual(['2025-03']);
    expect(monthsBetween('2025-04', '2025-03')).toEqual([]);
    expect(monthSpan('2024-11', '2025-02')).toBe(4);
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-12', 13)).toBe('2026-01');
  });
});

describe('trendSpan', () => {
  it('uses the filter months where given, else the first and last months that hold answers', () => {
    expect(trendSpan(noFilters, ['2025-02', '2025-05'])).toEqual({ from: '2025-02', to: '2025-05' });
    expect(trendSpan({ ...noFilters, from: '2025-01' }, ['2025-02', '2025-05'])).toEqual({ from: '2025-01', to: '2025-05' });
    expect(trendSpan({ ...noFilters, from: '2030-01', to: '2030-02' }, [])).toEqual({ from: '2030-01', to: '2030-02' });
    expect(trendSpan({ ...noFilters, from: '2030-01' }, [])).toBeNull();
  });

  it('keeps the newest 240 months when a device clock stretched the span', () => {
    expect(trendSpan(noFilters, ['1970-01', '2025-06'])).toEqual({ from: '2005-07', to: '2025-06' });
    expect(monthSpan('2005-07', '2025-06')).toBe(240);
  });
});

describe('parseRatingsQuery', () => {
  it('treats empty values as not given and echoes the rest', () => {
    expect(parseRatingsQuery({ from: '2025-01', to: '', careStatus: NOT_GIVEN, ageBand: '' })).toEqual({
      ok: true,
      filters: { ...noFilters, from: '2025-01', careStatus: NOT_GIVEN },
    });
    expect(parseRatingsQuery(undefined)).toEqual({ ok: true, filters: noFilters });
  });

  it('refuses a span longer than 240 months but takes exactly 240', () => {
    expect(parseRatingsQuery({ from: '2005-07', to: '2025-06' }).ok).toBe(true);
    expect(parseRatingsQuery({ from: '2005-06', to: '2025-06' })).toEqual({ ok: false, error: expect.stringMatching(/at most 240 months/) });
  });
});
