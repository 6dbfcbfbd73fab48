import { describe, expect, it } from 'vitest';
import { endBound, parsePeriod, periodDetail } from './export-period';

describe('export period', () => {
  it('reads whole months, an empty field as no limit, and refuses anything else', () => {
    expect(parsePeriod({ from: '2025-01', to: '2025-03' })).toEqual({ from: '2025-01', to: '2025-03' });
    expect(parsePeriod({ from: '', to: '2025-03' })).toEqual({ from: null, to: '2025-03' });
    expect(parsePeriod(undefined)).toEqual({ from: null, to: null });
    for (const bad of [{ from: '2025-00' }, { to: '2025-1' }, { from: '2025-03', to: '2025-02' }, { from: ['2025-01'] }, { to: '2025-01-01' }]) {
      expect(parsePeriod(bad)).toBeUndefined();
    }
  });

  it('bounds a period by the month after its last, and not at all after 9999-12', () => {
    expect(endBound('2025-03')).toBe('2025-04');
    expect(endBound('2025-12')).toBe('2026-01');
    expect(endBound('0999-12')).toBe('1000-01');
    expect(endBound('9999-12')).toBeNull();
    expect('2025-12-31T23:59:59.999Z' < (endBound('2025-12') ?? '')).toBe(true);
  });

  it('describes a period with its months only', () => {
    expect(periodDetail({ from: null, to: '2025-03' })).toBe('from=start;to=2025-03');
  });
});
