import type { RedactionTerm, RedactionTermKind, RedactionTermsResponse } from '../../../shared/inbox/export-wire';
import { request } from '../../api';

export const wordListsApi = {
  list: () => request<RedactionTermsResponse>('GET', '/inbox/redaction-terms'),
  add: (kind: RedactionTermKind, term: string) => request<RedactionTerm>('POST', '/inbox/redaction-terms', { kind, term }),
  remove: (id: number) => request<void>('DELETE', `/inbox/redaction-terms/${id}`),
};
