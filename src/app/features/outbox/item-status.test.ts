import { describe, expect, it } from 'vitest';
import type { OutboxItem, SentReceipt } from './outbox-db';
import { itemStatus } from './item-status';

const waiting = (id: string, rejected = false): OutboxItem => ({
  id,
  kind: 'rating',
  createdAt: '2026-11-23T10:00:00.000Z',
  payload: {},
  state: rejected ? 'rejected' : 'queued',
  attempts: 0,
  ...(rejected ? { reason: 'nope' } : {}),
});
const sent = (id: string): SentReceipt => ({ id, kind: 'rating', label: 'answer', sentAt: '2026-11-23T10:05:00.000Z' });

describe('itemStatus', () => {
  it('follows one item from saved to sent', () => {
    expect(itemStatus('a', [waiting('a')], [])).toEqual({ state: 'saved' });
    expect(itemStatus('a', [], [sent('a')])).toEqual({ state: 'sent', sentAt: '2026-11-23T10:05:00.000Z' });
  });

  it('shows a rejected item with its reason, and knows nothing of other ids', () => {
    expect(itemStatus('a', [waiting('a', true)], [])).toEqual({ state: 'rejected', reason: 'nope' });
    expect(itemStatus('b', [waiting('a')], [sent('c')])).toEqual({ state: 'unknown' });
  });
});
