import type { QuoteCandidatesResponse, QuoteStatus, QuotesResponse } from '../../../shared/inbox/export-wire';
import { request } from '../../api';

export const quotesApi = {
  list: () => request<QuotesResponse>('GET', '/inbox/quotes'),
  /** Each candidate shown is audited, so this is asked for on purpose, never on page load. */
  candidates: () => request<QuoteCandidatesResponse>('GET', '/inbox/quotes/candidates'),
  ask: (itemId: string) => request<{ id: number; redactedText: string; status: QuoteStatus }>('POST', '/inbox/quotes', { itemId }),
  decide: (id: number, decision: 'approve' | 'reject') =>
    request<{ id: number; status: QuoteStatus; decidedAt: string }>('POST', `/inbox/quotes/${id}/${decision}`, {}),
};
