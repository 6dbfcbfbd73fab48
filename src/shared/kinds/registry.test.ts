import { describe, expect, it } from 'vitest';
import { checkPayload } from './registry';

describe('checkPayload', () => {
  it('accepts a valid rating and keeps its fields', () => {
    const result = checkPayload('rating', { statementId: 'good-care-14', answer: 'not-really', comment: 'hi', ageBand: '12-15' });
    expect(result).toEqual({ ok: true, payload: { statementId: 'good-care-14', answer: 'not-really', comment: 'hi', ageBand: '12-15' } });
  });

  it.each([
    [{ statementId: 'good-care-15', answer: 'yes' }, 'statementId: not one of the allowed values'],
    [{ statementId: 'good-care-01', answer: 'maybe' }, 'answer'],
    [{ statementId: 'good-care-01', answer: 'yes', comment: 'x'.repeat(2001) }, 'comment'],
    [{ statementId: 'good-care-01', answer: 'yes', name: 'Sam' }, 'unknown field name'],
  ])('rejects a bad rating (case %#) with a reason naming the field', (payload, field) => {
    const result = checkPayload('rating', payload);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(field);
  });

  it('rejects an unknown kind, including names inherited from Object', () => {
    expect(checkPayload('poem', {})).toEqual({ ok: false, reason: 'Unknown kind "poem".' });
    expect(checkPayload('toString', {}).ok).toBe(false);
  });
});
