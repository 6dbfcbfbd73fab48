import { randomUUID } from 'node:crypto';
import type { AdvocateRequestPayload } from '../../src/shared/kinds/advocate-request';
import type { SaySomethingPayload, TalkRequestPayload } from '../../src/shared/kinds/say-something';

/** A sync item of any kind, as a device sends it. */
export interface KindItem<P> {
  id: string;
  kind: string;
  createdAt: string;
  payload: P;
}

function item<P>(kind: string, payload: P, createdAt?: string): KindItem<P> {
  return { id: randomUUID(), kind, createdAt: createdAt ?? new Date().toISOString(), payload };
}

export function advocateRequestItem(overrides: Partial<AdvocateRequestPayload> = {}, createdAt?: string) {
  const payload: AdvocateRequestPayload = {
    topics: ['where-i-live', 'school'],
    details: 'I want to move closer to my school.',
    contact: {
      methods: ['text', 'call'],
      phone: '07700 900123',
      safeToLeaveMessage: 'no',
      bestTimes: ['afternoon', 'evening'],
      notAtHome: true,
    },
    needs: 'Please text first.',
    urgency: 'this-week',
    careStatus: 'in-care',
    ageBand: '12-15',
    ...overrides,
  };
  return item('advocate-request', payload, createdAt);
}

export function saySomethingItem(overrides: Partial<SaySomethingPayload> = {}, createdAt?: string) {
  const payload: SaySomethingPayload = { type: 'idea', text: 'More trips in the holidays.', ageBand: 'under-12', ...overrides };
  return item('say-something', payload, createdAt);
}

export function talkRequestItem(overrides: Partial<TalkRequestPayload> = {}, createdAt?: string) {
  const payload: TalkRequestPayload = {
    text: 'I want to talk about my family time.',
    contact: { methods: ['email'], email: 'talk-to-me@example.org', bestTimes: ['any-time'] },
    urgency: 'today',
    careStatus: 'care-leaver',
    ...overrides,
  };
  return item('talk-request', payload, createdAt);
}

/** Items one minute apart from `start`, oldest first. */
export function minutesApart(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.parse(start) + i * 60_000).toISOString());
}
