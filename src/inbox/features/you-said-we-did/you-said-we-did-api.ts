import type { YouSaidWeDidAdminList, YouSaidWeDidChanged, YouSaidWeDidDraft } from '../../../shared/inbox/you-said-we-did-wire';
import { request } from '../../api';

const BASE = '/inbox/you-said-we-did';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const youSaidWeDidApi = {
  list: () => request<YouSaidWeDidAdminList>('GET', BASE),
  create: (draft: YouSaidWeDidDraft) => request<YouSaidWeDidChanged>('POST', BASE, draft),
  update: (id: string, draft: YouSaidWeDidDraft) => request<YouSaidWeDidChanged>('PUT', one(id), draft),
  publish: (id: string) => request<YouSaidWeDidChanged>('POST', `${one(id)}/publish`),
  unpublish: (id: string) => request<YouSaidWeDidChanged>('POST', `${one(id)}/unpublish`),
};
