import { describe, expect, it } from 'vitest';
import type { OutboxItem, SentReceipt } from '../outbox/outbox-db';
import { latestRatingStatus } from './rating-status';

const waiting = (id: string, statementId: string, answer: string, createdAt: string, rejected = false): OutboxItem => ({
  id,
  kind: 'rating',
  createdAt,
  payload: { statementId, answer },
  state: rejected ? 'rejected' : 'queued',
  attempts: 0,
  ...(rejected ? { reason: 'bad' } : {}),
});

const sent = (id: string, statementId: string, answer: string, createdAt: string): SentReceipt => ({
  id,
  kind: 'rating',
  createdAt,
  payload: { statementId, answer },
  sentAt: '2026-11-23T12:00:00.000Z',
});

describe('latestRatingStatus', () => {
  it('is none when the statement was never rated', () => {
    expect(latestRatingStatus('good-care-01', [waiting('a', 'good-care-02', 'yes', '2026-01-01')], [])).toEqual({ state: 'none' });
  });

  it('shows the newest answer, whether it waits or was sent', () => {
    const older = sent('a', 'good-care-01', 'yes', '2026-01-01T00:00:00Z');
    const newer = waiting('b', 'good-care-01', 'sometimes', '2026-01-02T00:00:00Z');
    expect(latestRatingStatus('good-care-01', [newer], [older])).toEqual({ state: 'saved', answer: 'sometimes' });
    const newest = sent('c', 'good-care-01', 'not-really', '2026-01-03T00:00:00Z');
    expect(latestRatingStatus('good-care-01', [newer], [older, newest])).toEqual({
      state: 'sent',
      answer: 'not-really',
      sentAt: '2026-11-23T12:00:00.000Z',
    });
  });

  it('says when the newest answer was rejected, with its reason', () => {
    expect(latestRatingStatus('good-care-05', [waiting('a', 'good-care-05', 'yes', '2026-01-01', true)], [])).toEqual({
      state: 'rejected',
      answer: 'yes',
      reason: 'bad',
    });
  });
});
